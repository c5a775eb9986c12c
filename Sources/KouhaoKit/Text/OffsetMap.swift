/// Maps offsets in normalized text back to the text as read.
///
/// Normalization mostly keeps lengths (全角 `６` → `6`, 繁体 `個` → `个`), and then the map is
/// the identity and costs nothing. Where a character expands or contracts (`㈠` → `(一)`),
/// every normalized unit remembers where its source segment starts.
/// 例：after `㈠四风` normalizes to `(一)四风`, normalized offset 3 (四) maps back to source offset 1.
///
/// A map may also skip source text (a soft line break joined, an HTML tag, page furniture):
/// then every unit also remembers where its segment ends, so that a range never reaches into
/// the skipped text after it. 例：after `三农\n工作` is joined to `三农工作`, the range 0..<2 (三农)
/// maps to 0..<2, not 0..<3.
public struct OffsetMap: Hashable, Sendable {
    /// Source UTF-16 offset of each normalized unit's segment start; nil for the identity.
    let starts: [Int32]?
    /// Source UTF-16 offset where each unit's segment ends, when segments are not contiguous
    /// (source text was skipped); nil when each segment ends where the next one starts.
    let ends: [Int32]?
    /// Length of the source text in UTF-16 units.
    let sourceCount: Int

    init(starts: [Int32]?, sourceCount: Int) {
        self.starts = starts
        self.ends = nil
        self.sourceCount = sourceCount
    }

    init(starts: [Int32], ends: [Int32], sourceCount: Int) {
        precondition(starts.count == ends.count, "one end per start")
        self.starts = starts
        self.ends = ends
        self.sourceCount = sourceCount
    }

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
        if let ends {
            guard range.upperBound > range.lowerBound else { return lower..<lower }
            return lower..<max(lower, Int(ends[range.upperBound - 1]))
        }
        var end = range.upperBound
        if end > range.lowerBound {
            let last = starts[end - 1]
            while end < starts.count, starts[end] == last { end += 1 }
        }
        return lower..<max(lower, sourceOffset(of: end))
    }

    /// The first unit whose segment starts at or after source offset `x` (the count when none
    /// does): the inverse of ``sourceOffset(of:)``.
    /// 例：after `三农\n工作` is joined to `三农工作`, source offset 3 (工) → 2, and 2 (the
    /// dropped line break) → 2 as well.
    /// - Complexity: O(1) for the identity, O(log n) otherwise.
    public func offset(ofSource x: Int) -> Int {
        guard let starts else { return x }
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(starts[mid]) < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
