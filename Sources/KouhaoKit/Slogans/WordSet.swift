/// A set of short words compared by their UTF-16 units — no Unicode normalization on every
/// lookup, unlike `Set<String>` (the lexicon is looked up for every candidate). Words of up to
/// four units (nearly all) are packed into one integer each, so a lookup allocates nothing.
///
/// 例：`let units: WordSet = ["个", "项", "大"]; units.contains("项")` → true.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    /// Words of 1…4 units, packed (index: length − 1).
    private let packed: [Set<UInt64>]
    /// Longer words.
    private let long: Set<[UInt16]>
    /// The longest word, in UTF-16 units.
    let maxLength: Int

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    init<S: Sequence>(_ elements: S) where S.Element == String {
        var packed = [Set<UInt64>](repeating: [], count: 4)
        var long = Set<[UInt16]>()
        var maxLength = 0
        for word in elements {
            let units = Array(word.utf16)
            maxLength = max(maxLength, units.count)
            if units.isEmpty { continue }
            if units.count <= 4 { packed[units.count - 1].insert(Self.pack(units[...])) } else { long.insert(units) }
        }
        self.packed = packed
        self.long = long
        self.maxLength = maxLength
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
        guard n > 0, n <= maxLength else { return false }
        if n <= 4 { return packed[n - 1].contains(Self.pack(units)) }
        return long.contains(Array(units))
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
