/// From offsets in the text as read to offsets in the normalized text: the inverse of
/// ``NormalizedText/sourceRange(of:)``.
extension NormalizedText {
    /// The normalized UTF-16 range of a source range in code points (what slogan mentions
    /// carry). A normalized unit belongs to the range when its source segment starts inside it.
    /// 例：for `㈠四风`, normalized `(一)四风`, the source range 1..<3 (四风) maps to 3..<5.
    /// - Complexity: O(1) when reading and normalization kept lengths, O(log n) otherwise.
    public func normalizedRange(ofSourceCodePoints range: Range<Int>) -> Range<Int> {
        var a = source.utf16Offset(codePoint: range.lowerBound)
        var b = source.utf16Offset(codePoint: range.upperBound)
        if !reading.isIdentity {
            let read = reading.textRange(ofSourceUTF16: a..<b)
            (a, b) = (read.lowerBound, read.upperBound)
        }
        guard let starts = map.starts else { return a..<b }
        func firstAtOrAfter(_ x: Int) -> Int {
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if Int(starts[mid]) < x { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lower = firstAtOrAfter(a)
        return lower..<max(lower, firstAtOrAfter(b))
    }
}
