/// One line of a text, as the line joiner sees it: where it starts and ends, where its
/// content ends without trailing white space, and how it ends.
///
/// Lines end at `\n`, `\r\n`, `\r`, U+2028, U+2029 and the form feed `\f` that PDF text
/// extraction puts between pages (a page break ends a line too).
/// 例：`推进“三农”工作  \r\n` is one line with content 0..<8 and terminator 10..<12.
struct TextLine {
    /// Offset of the first unit. 例：0.
    var start: Int
    /// End of the content without trailing spaces, tabs, U+3000 (≥ `contentStart`).
    var contentEnd: Int
    /// Offset of the first unit after leading white space (indentation).
    var contentStart: Int
    /// End of the line before its terminator.
    var end: Int
    /// End of the terminator (the start of the next line).
    var next: Int
    /// Whether the terminator is (or holds) a form feed: a page ends here.
    var endsPage: Bool

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { contentStart >= contentEnd }
    /// Whether the line starts with white space before its content (an indented paragraph start).
    var isIndented: Bool { contentStart > start }

    /// Splits `units` into lines.
    /// - Complexity: O(n).
    static func lines(of units: UnsafeBufferPointer<UInt16>) -> [TextLine] {
        var lines: [TextLine] = []
        let n = units.count
        var start = 0
        while start < n || (start == n && lines.isEmpty) {
            var end = start
            while end < n, !isTerminator(units[end]) { end += 1 }
            var next = end
            var endsPage = false
            if next < n {
                if units[next] == 0x0D, next + 1 < n, units[next + 1] == 0x0A { next += 2 } else {
                    endsPage = units[next] == 0x0C
                    next += 1
                }
            }
            var contentStart = start
            while contentStart < end, isBlankUnit(units[contentStart]) { contentStart += 1 }
            var contentEnd = end
            while contentEnd > contentStart, isBlankUnit(units[contentEnd - 1]) { contentEnd -= 1 }
            lines.append(TextLine(start: start, contentEnd: contentEnd, contentStart: contentStart, end: end,
                                  next: next, endsPage: endsPage))
            if next == n { break }
            start = next
        }
        return lines
    }

    @inline(__always)
    static func isTerminator(_ u: UInt16) -> Bool {
        u == 0x0A || u == 0x0D || u == 0x0C || u == 0x2028 || u == 0x2029
    }

    /// White space inside a line: space, tab, ideographic space, no-break space, vertical tab.
    @inline(__always)
    static func isBlankUnit(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x3000 || u == 0xA0 || u == 0x0B || u == 0xFEFF
    }
}
