/// Undoes hard wrapping: joins the soft line breaks of text copied or extracted from a PDF
/// (every 30–40 characters, in the middle of words and labels) and drops its page furniture,
/// keeping the map back to the text as read.
///
/// A line break is joined when all of these hold:
/// - the text is hard-wrapped (see ``WrapWidth``) and the line before the break is full;
/// - it stands in running Chinese text: a Chinese character or Chinese punctuation on at
///   least one side (or a number cut in two: `921\n0亿元`, `53\n.4%`), and no sentence end
///   (。！？ and their ASCII forms) before it — unless a quotation opened in the paragraph is
///   still open. A full line ending with ： or ； goes on (`实施“4321”工程：\n建好…`): in
///   wrapped text a list after a colon continues the paragraph unless its items start with
///   list markers;
/// - the next line is not blank, not indented, and does not open with a list marker or heading
///   number (一、 （一） (1) 1. ① 第一章 #, see ``ListMarker``), and the line before is no
///   Markdown heading.
/// Between pages the break is judged across the furniture, which is dropped: page numbers
/// (— 3 —, - 12 -, 第3页), form feeds, running headers and footers (see ``PageFurniture``).
/// Blank lines next to furniture do not count as paragraph breaks.
///
/// Text that was never hard-wrapped has no wrap width, and comes back unchanged (the identity).
/// 例：`LineJoiner().join(SourceText(report)).text` for a report wrapped at 28 characters reads
/// `…深入实施“4321”工程，即建设四大产业集群、…` where the text as read had `…四大产业集\n群、…`.
/// - Complexity: O(n + L log L) for n units in L lines.
public struct LineJoiner: Sendable {
    /// What to undo.
    ///
    /// 例：`LineJoiner.Configuration.keep` (`--keep-lines`) reads every line as it is.
    public struct Configuration: Hashable, Sendable {
        /// Join soft line breaks. 例：with it, `四大产业集\n群` reads `四大产业集群`.
        public var joinsSoftBreaks: Bool
        /// Drop page numbers, form feeds, running headers and footers.
        /// 例：with it, a `— 3 —` line between two pages is dropped.
        public var dropsPageFurniture: Bool

        /// Both on. 例：`LineJoiner(configuration: .default)` reads a pdftotext output as paragraphs.
        public static let `default` = Configuration()
        /// Both off: the text is read line by line as it is (`--keep-lines`).
        /// 例：`LineJoiner(configuration: .keep).join(s).isIdentity` for any `s`.
        public static let keep = Configuration(joinsSoftBreaks: false, dropsPageFurniture: false)

        /// A configuration. 例：`Configuration(joinsSoftBreaks: true, dropsPageFurniture: false)`.
        public init(joinsSoftBreaks: Bool = true, dropsPageFurniture: Bool = true) {
            self.joinsSoftBreaks = joinsSoftBreaks
            self.dropsPageFurniture = dropsPageFurniture
        }
    }

    /// The configuration in use. 例：`LineJoiner().configuration == .default`.
    public var configuration: Configuration

    /// A joiner. 例：`LineJoiner(configuration: .keep)` for `--keep-lines`.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Joins the soft line breaks of `source`. 例：`LineJoiner().join(SourceText("…"))`.
    public func join(_ source: SourceText) -> ReadingText {
        join(ReadingText(source))
    }

    /// Joins the soft line breaks of a reading's text; the result maps back to its source.
    /// 例：`LineJoiner().join(htmlReading)` for a page whose paragraphs were wrapped with `<br>`.
    public func join(_ reading: ReadingText) -> ReadingText {
        guard configuration.joinsSoftBreaks || configuration.dropsPageFurniture else { return reading }
        let joined = reading.text.utf16.withUnsafeBufferPointer { join($0, text: reading.text) }
        return reading.then(joined)
    }

    private func join(_ u: UnsafeBufferPointer<UInt16>, text: SourceText) -> ReadingText {
        let lines = TextLine.lines(of: u)
        let furniture = configuration.dropsPageFurniture
            ? PageFurniture.lines(lines, in: u) : [Bool](repeating: false, count: lines.count)
        let hasFurniture = furniture.contains(true) || (configuration.dropsPageFurniture && lines.contains { $0.endsPage })
        let content = lines.indices.filter { !lines[$0].isBlank && !furniture[$0] }
        let wrap = configuration.joinsSoftBreaks
            ? WrapWidth.detect(u, lines: content.map { k in
                (lines[k].contentStart..<lines[k].contentEnd, Self.isSentenceEnd(u[lines[k].contentEnd - 1]))
            })
            : nil
        guard wrap != nil || hasFurniture else { return ReadingText(text) }

        var builder = ReadingText.Builder(source: text)
        var copied = 0            // source copied up to here
        var openQuotes = 0        // quotation depth in the paragraph so far
        // Copies up to `a`, then skips `a..<b`.
        func skip(_ a: Int, _ b: Int) {
            builder.copy(copied..<a)
            copied = max(copied, b)
        }
        for (index, k) in content.enumerated() {
            let line = lines[k]
            if index > 0 {
                let p = content[index - 1]
                let previous = lines[p]
                let between = (p + 1)..<k
                let pageBreak = previous.endsPage || between.contains { furniture[$0] || lines[$0].endsPage }
                let paragraphBreak = !pageBreak && !between.isEmpty
                if !paragraphBreak, let wrap, isSoft(previous, line, u, wrap: wrap, openQuotes: openQuotes) {
                    skip(previous.contentEnd, line.start)
                } else {
                    openQuotes = 0
                    if pageBreak, configuration.dropsPageFurniture {
                        // One line end stays between the pages; furniture and form feeds go.
                        if u[previous.end..<previous.next].contains(0x0C) || previous.next == previous.end {
                            builder.copy(copied..<previous.end)
                            builder.replace(previous.end..<previous.end, with: [0x0A])
                            copied = line.start
                        } else {
                            skip(previous.next, line.start)
                        }
                    }
                }
            } else if configuration.dropsPageFurniture, furniture[..<k].contains(true) || lines[..<k].contains(where: { $0.endsPage }) {
                skip(0, line.start)   // furniture before the first line of text
            }
            for i in line.contentStart..<line.contentEnd {
                let c = u[i]
                if c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E { openQuotes += 1 }
                else if (c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F) && openQuotes > 0 { openQuotes -= 1 }
            }
        }
        if let last = content.last, configuration.dropsPageFurniture,
           lines[(last + 1)...].contains(where: { $0.endsPage }) || furniture[(last + 1)...].contains(true) {
            skip(lines[last].next, u.count)   // furniture after the last line of text
        }
        builder.copy(copied..<u.count)
        return builder.finish()
    }

    /// Whether the break between `previous` and `line` (adjacent content lines) is soft.
    private func isSoft(_ previous: TextLine, _ line: TextLine, _ u: UnsafeBufferPointer<UInt16>,
                        wrap: WrapWidth, openQuotes: Int) -> Bool {
        guard !line.isIndented, !ListMarker.starts(u, at: line.contentStart, end: line.contentEnd),
              u[previous.contentStart] != 0x23 else { return false }
        let length = WrapWidth.length(u, previous.contentStart, previous.contentEnd, measure: wrap.measure)
        guard length >= wrap.fullLength else { return false }
        let before = u[previous.contentEnd - 1], after = u[line.contentStart]
        guard Self.isChinese(before) || Self.isChinese(after) || (Self.isNumeric(before) && Self.isNumeric(after)) else { return false }
        return !Self.endsSentence(before) || openQuotes > 0
    }

    /// 。！？；： and their ASCII and half-width forms: what ends a sentence (or a clause
    /// that may open a list), for telling wrapped text from text written one paragraph a line.
    @inline(__always)
    static func isSentenceEnd(_ c: UInt16) -> Bool {
        switch c {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x21, 0x3F, 0x3B, 0x3A, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// 。！？ and their ASCII and half-width forms: a full line that ends with one ends its
    /// sentence, and the break after it stays (the next line may start a paragraph). After ：
    /// and ； a full line goes on: a list that follows the colon stays with it, unless its items
    /// start their own lines with list markers.
    @inline(__always)
    static func endsSentence(_ c: UInt16) -> Bool {
        switch c {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// Digits and what continues a number: `.` `%` `‰`, and the full-width forms.
    @inline(__always)
    static func isNumeric(_ c: UInt16) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x25 || c == 0x2030 || (0xFF10...0xFF19).contains(c) || c == 0xFF05
    }

    /// Chinese characters and the punctuation of Chinese text (CJK blocks, full-width forms,
    /// curly quotes, dashes, ellipsis, middle dot).
    @inline(__always)
    static func isChinese(_ c: UInt16) -> Bool {
        (0x2E80...0x9FFF).contains(c) || (0xF900...0xFAFF).contains(c) || (0xFE30...0xFE4F).contains(c)
            || (0xFF00...0xFFEF).contains(c) || (0x2018...0x201D).contains(c) || c == 0x2014 || c == 0x2026 || c == 0x00B7
            || c & 0xFC00 == 0xDC00
    }
}
