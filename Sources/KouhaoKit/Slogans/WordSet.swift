/// A set of short words compared by their UTF-16 units — no Unicode normalization on every
/// lookup, unlike `Set<String>` (the lexicon is looked up for every candidate).
///
/// 例：`let units: WordSet = ["个", "项", "大"]; units.contains("项")` → true.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let words: Set<[UInt16]>
    /// The longest word, in UTF-16 units.
    let maxLength: Int

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    init<S: Sequence>(_ elements: S) where S.Element == String {
        let units = elements.map { Array($0.utf16) }
        words = Set(units)
        maxLength = units.map(\.count).max() ?? 0
    }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(8)
        for u in word.utf16 { units.append(u); if units.count > maxLength { return false } }
        return words.contains(units)
    }

    @inline(__always)
    func contains(_ units: ArraySlice<UInt16>) -> Bool {
        units.count <= maxLength && words.contains(Array(units))
    }

    /// Whether some word is a suffix of `s` (八项规定 → 规定).
    func containsSuffix(of s: String) -> Bool {
        let units = Array(s.utf16)
        for n in 1...max(1, min(maxLength, units.count)) where words.contains(Array(units.suffix(n))) { return true }
        return false
    }

    /// Whether some word is a prefix of `s`.
    func containsPrefix(of s: String) -> Bool {
        let units = Array(s.utf16)
        for n in 1...max(1, min(maxLength, units.count)) where words.contains(Array(units.prefix(n))) { return true }
        return false
    }
}
