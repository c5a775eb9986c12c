/// The text kouhao reads in a document, with the way back to the text as read: the visible
/// text of an HTML page, soft line breaks of hard-wrapped text joined, PDF page furniture
/// dropped.
///
/// Labels, items and sentences are taken from ``text`` (so they read as one would read the
/// document); every reported offset goes back through ``map`` to ``source``, the text as read.
/// For an ordinary text file both are the same text and the map is the identity.
/// 例：for the hard-wrapped `实施“四大产\n业”工程。…` the text reads `实施“四大产业”工程。…`, and
/// the label 四大产业 maps back to the source range 3..<8, which holds its line break.
public struct ReadingText: Sendable {
    /// The text as read: the frame of every reported offset (HTML source, a PDF's extracted
    /// text, or the text file itself). 例：`<p>推进&ldquo;三农&rdquo;工作</p>` for a saved page.
    public let source: SourceText
    /// The text that is read. 例：`推进“三农”工作` for that page.
    public let text: SourceText
    /// UTF-16 offsets in ``text`` → UTF-16 offsets in ``source``.
    /// 例：in the page above, the 三 of the text (offset 3) comes from source offset 12.
    public let map: OffsetMap

    /// A text read as it is (the identity). 例：`ReadingText(SourceText("推进“三农”工作"))`.
    public init(_ source: SourceText) {
        self.source = source
        text = source
        map = OffsetMap(starts: nil, sourceCount: source.utf16.count)
    }

    /// A text derived from `source` by ``Builder``. The map must have one entry per unit of `text`.
    init(source: SourceText, text: SourceText, map: OffsetMap) {
        self.source = source
        self.text = text
        self.map = map
    }

    /// Whether the text is the source itself. 例：true for a clean text file, false after a
    /// soft line break was joined.
    public var isIdentity: Bool { map.isIdentity }

    /// The source UTF-16 range of a UTF-16 range of ``text``.
    /// 例：for `三农\n工作` read as `三农工作`, 1..<3 (农工) → 1..<4 (the line break inside).
    @inline(__always)
    public func sourceRange(utf16 range: Range<Int>) -> Range<Int> { map.sourceRange(of: range) }

    /// The UTF-16 range of ``text`` that a source UTF-16 range covers: the units whose
    /// segments start inside it.
    /// 例：for `三农\n工作` read as `三农工作`, the source range 3..<5 (工作) → 2..<4.
    public func textRange(ofSourceUTF16 range: Range<Int>) -> Range<Int> {
        let lower = map.offset(ofSource: range.lowerBound)
        return lower..<max(lower, map.offset(ofSource: range.upperBound))
    }

    /// This reading of a reading of the source: `next` must read this ``text``.
    /// 例：an HTML page's visible text, then its soft line breaks joined, is one reading of the page.
    /// - Complexity: O(n).
    public func then(_ next: ReadingText) -> ReadingText {
        precondition(next.source.utf16.count == text.utf16.count, "the next reading must read this text")
        if next.isIdentity { return ReadingText(source: source, text: next.text, map: map) }
        if isIdentity { return ReadingText(source: source, text: next.text, map: next.map) }
        let n = next.text.utf16.count
        var starts = [Int32](), ends = [Int32]()
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        for k in 0..<n {
            let inner = next.map.sourceRange(of: k..<(k + 1))
            let outer = inner.isEmpty
                ? map.sourceOffset(of: inner.lowerBound)..<map.sourceOffset(of: inner.lowerBound)
                : map.sourceRange(of: inner)
            starts.append(Int32(outer.lowerBound))
            ends.append(Int32(outer.upperBound))
        }
        return ReadingText(source: source, text: next.text,
                           map: OffsetMap(starts: starts, ends: ends, sourceCount: source.utf16.count))
    }
}

extension ReadingText {
    /// Builds a reading of a source from copied source ranges and inserted characters.
    ///
    /// 例：copying 0..<2 and 3..<5 of `三农\n工作` builds `三农工作`, the line break skipped.
    struct Builder {
        let source: SourceText
        private(set) var units: [UInt16] = []
        private var starts: [Int32] = []
        private var ends: [Int32] = []
        /// Whether anything but a straight copy of the whole source happened so far.
        private var edited = false
        private var next = 0

        init(source: SourceText) {
            self.source = source
            units.reserveCapacity(source.utf16.count)
        }

        /// Copies source units `range` as they are.
        mutating func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if range.lowerBound != next { edited = true }
            let u = source.utf16
            for k in range {
                units.append(u[k])
                starts.append(Int32(k))
                ends.append(Int32(k + 1))
            }
            next = range.upperBound
        }

        /// Appends `replacement` for the source range `range` (an entity, an inserted line
        /// break with an empty range).
        mutating func replace(_ range: Range<Int>, with replacement: [UInt16]) {
            edited = true
            for u in replacement {
                units.append(u)
                starts.append(Int32(range.lowerBound))
                ends.append(Int32(range.upperBound))
            }
            next = range.upperBound
        }

        /// Appends one unit that stands for the source range `range` (a character of an HTML
        /// page's text, or a line break inserted for a block with an empty range).
        mutating func append(_ unit: UInt16, from range: Range<Int>) {
            edited = true
            units.append(unit)
            starts.append(Int32(range.lowerBound))
            ends.append(Int32(range.upperBound))
            next = range.upperBound
        }

        /// The last unit appended, if any.
        var last: UInt16? { units.last }

        /// Removes the last unit (a space or line break that turned out not to be needed).
        mutating func removeLast() {
            units.removeLast()
            starts.removeLast()
            ends.removeLast()
            edited = true
        }

        /// The reading built. The identity when the whole source was copied unchanged.
        func finish() -> ReadingText {
            if !edited, next == source.utf16.count { return ReadingText(source) }
            return ReadingText(source: source, text: SourceText(utf16: units),
                               map: OffsetMap(starts: starts, ends: ends, sourceCount: source.utf16.count))
        }
    }
}
