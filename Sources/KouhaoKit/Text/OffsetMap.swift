/// Maps offsets in normalized text back to the text as read.
///
/// Normalization mostly keeps lengths (全角 `６` → `6`, 繁体 `個` → `个`), and then the map is
/// the identity and costs nothing. Where a character expands or contracts (`㈠` → `(一)`),
/// every normalized unit remembers where its source segment starts.
/// 例：after `㈠四风` normalizes to `(一)四风`, normalized offset 3 (四) maps back to source offset 1.
public struct OffsetMap: Hashable, Sendable {
    /// Source UTF-16 offset of each normalized unit's segment start; nil for the identity.
    let starts: [Int32]?
    /// Length of the source text in UTF-16 units.
    let sourceCount: Int

    /// Whether normalized and source offsets coincide.
    /// 例：true after `四個全面` → `四个全面`; false after `㈠四风` → `(一)四风`.
    public var isIdentity: Bool { starts == nil }

    /// The source UTF-16 offset where normalized unit `offset` comes from.
    /// 例：after `㈠四风` → `(一)四风`, offset 2 (`)`, from ㈠) → 0 and offset 3 (四) → 1.
    @inline(__always)
    public func sourceOffset(of offset: Int) -> Int {
        guard let starts else { return offset }
        return offset < starts.count ? Int(starts[offset]) : sourceCount
    }

    /// The source UTF-16 range that a normalized range comes from, widened to whole
    /// source segments.
    /// 例：after `㈠四风` → `(一)四风`, `sourceRange(of: 1..<2)` (一) → 0..<1, the whole ㈠.
    /// - Complexity: O(1), or O(segment length) when the range ends inside an expansion.
    @inline(__always)
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        guard let starts else { return range }
        let lower = sourceOffset(of: range.lowerBound)
        var end = range.upperBound
        if end > range.lowerBound {
            let last = starts[end - 1]
            while end < starts.count, starts[end] == last { end += 1 }
        }
        return lower..<max(lower, sourceOffset(of: end))
    }
}
