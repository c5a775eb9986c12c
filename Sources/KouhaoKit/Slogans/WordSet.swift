/// A set of short words compared by their UTF-16 units — no Unicode normalization on every
/// lookup, unlike `Set<String>` (the lexicon is looked up for every candidate). Words of up to
/// four units (nearly all) are packed into one integer each, so a lookup allocates nothing.
///
/// 例：`let units: WordSet = ["个", "项", "大"]; units.contains("项")` → true.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    /// Words of 1…4 units, packed (index: length − 1).
    private let packed: [Set<UInt64>]
    /// Words of 5…8 units, packed in two integers: a lookup allocates nothing either.
    private let packedPairs: Set<PackedPair>
    /// Longer words.
    private let long: Set<[UInt16]>
    /// Bit `k` set when some word has `k` units (bit 63: some word has 63 or more): lengths
    /// no word has are answered without hashing.
    private let lengths: UInt64
    /// The longest word, in UTF-16 units.
    let maxLength: Int

    /// Two packed halves of a word of 5…8 units.
    private struct PackedPair: Hashable, Sendable {
        var head: UInt64
        var tail: UInt64
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    init<S: Sequence>(_ elements: S) where S.Element == String {
        var packed = [Set<UInt64>](repeating: [], count: 4)
        var pairs = Set<PackedPair>()
        var long = Set<[UInt16]>()
        var lengths: UInt64 = 0
        var maxLength = 0
        for word in elements {
            let units = Array(word.utf16)
            maxLength = max(maxLength, units.count)
            if units.isEmpty { continue }
            lengths |= Self.lengthBit(units.count)
            if units.count <= 4 {
                packed[units.count - 1].insert(Self.pack(units[...]))
            } else if units.count <= 8 {
                pairs.insert(Self.packPair(units[...]))
            } else {
                long.insert(units)
            }
        }
        self.packed = packed
        self.packedPairs = pairs
        self.long = long
        self.lengths = lengths
        self.maxLength = maxLength
    }

    @inline(__always)
    private static func lengthBit(_ n: Int) -> UInt64 { 1 << UInt64(min(n, 63)) }

    @inline(__always)
    private static func packPair(_ units: ArraySlice<UInt16>) -> PackedPair {
        let mid = units.startIndex + 4
        return PackedPair(head: pack(units[..<mid]), tail: pack(units[mid...]))
    }

    @inline(__always)
    private static func pack(_ units: ArraySlice<UInt16>) -> UInt64 {
        var v: UInt64 = 0
        for u in units { v = v << 16 | UInt64(u) }
        return v
    }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(8)
        for u in word.utf16 { units.append(u); if units.count > maxLength { return false } }
        return contains(units[...])
    }

    @inline(__always)
    func contains(_ units: ArraySlice<UInt16>) -> Bool {
        let n = units.count
        guard n > 0, n <= maxLength, lengths & Self.lengthBit(n) != 0 else { return false }
        if n <= 4 { return packed[n - 1].contains(Self.pack(units)) }
        if n <= 8 { return packedPairs.contains(Self.packPair(units)) }
        return long.contains(Array(units))
    }

    /// Whether some word starts at offset `i` of `u` (is a prefix of `u[i...]`).
    /// 例：in `Array("135号工程".utf16)`, `attachableHeads.hasWord(startingAt: 4, in: u)` → true (工程), at 3 (号) → false.
    @inline(__always)
    func hasWord(startingAt i: Int, in u: [UInt16]) -> Bool {
        let limit = min(maxLength, u.count - i)
        guard limit > 0 else { return false }
        for n in 1...limit where contains(u[i..<(i + n)]) { return true }
        return false
    }

    /// Whether some word is a suffix of `s` (八项规定 → 规定).
    func containsSuffix(of s: String) -> Bool {
        let units = Array(s.utf16)
        for n in 1...max(1, min(maxLength, units.count)) where contains(units.suffix(n)) { return true }
        return false
    }

    /// Whether some word is a suffix of the units `s` (as the string form does,
    /// without building a string). 例：`setHeads.containsSuffix(of: u[a..<b])` for 八项规定.
    @inline(__always)
    func containsSuffix(of s: ArraySlice<UInt16>) -> Bool {
        for n in 1...max(1, min(maxLength, s.count)) where contains(s.suffix(n)) { return true }
        return false
    }

    /// Whether some word is a prefix of `s`.
    func containsPrefix(of s: String) -> Bool {
        let units = Array(s.utf16)
        for n in 1...max(1, min(maxLength, units.count)) where contains(units.prefix(n)) { return true }
        return false
    }
}
