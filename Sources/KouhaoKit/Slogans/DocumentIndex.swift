/// What the slogan engine needs to know about a document beyond its characters:
/// quotation spans, ICU word boundaries, sentence boundaries.
///
/// Built once per document in linear time. 例：for `实施“6543”工程，即…` the index knows
/// that “6543” is a quotation of length 4 and that 工程 is one ICU word.
struct DocumentIndex {
    /// A pair of matching quotation marks.
    struct Quote {
        /// Offset of the opening mark.
        var open: Int
        /// Offset of the closing mark.
        var close: Int
        /// The content between the marks.
        var content: Range<Int> { (open + 1)..<close }
    }

    let text: NormalizedText
    /// The normalized units (a copy for fast access).
    let u: [UInt16]
    /// Quotation spans, sorted by `open`.
    let quotes: [Quote]
    /// For each unit, the index in `quotes` of the innermost quotation whose content holds
    /// it, or -1.
    let quoteOf: [Int32]
    /// For each closing mark offset → quote index, via a dictionary (few quotes per document).
    let quoteClosingAt: [Int: Int]
    let quoteOpeningAt: [Int: Int]
    /// ICU word boundaries, computed on demand.
    let words: WordBoundaries

    var count: Int { u.count }

    init(text: NormalizedText, tokenizer: Tokenizer) {
        self.text = text
        let u = text.units
        self.u = u
        words = WordBoundaries(units: u, tokenizer: tokenizer)
        (quotes, quoteOf) = Self.pairQuotes(u)
        var closing: [Int: Int] = [:], opening: [Int: Int] = [:]
        for (i, q) in quotes.enumerated() {
            closing[q.close] = i
            opening[q.open] = i
        }
        quoteClosingAt = closing
        quoteOpeningAt = opening
    }

    /// Pairs quotation marks within each line: typographic pairs by kind, ASCII `"`
    /// alternately; nested pairs allowed, unmatched marks ignored.
    /// - Complexity: O(n).
    static func pairQuotes(_ u: [UInt16]) -> ([Quote], [Int32]) {
        var quotes: [Quote] = []
        var stack: [(offset: Int, mark: UInt16)] = []
        for i in 0..<u.count {
            let c = u[i]
            if CharacterClass.isLineEnd(c) {
                stack.removeAll(keepingCapacity: true)
            } else if CharacterClass.isOpeningQuote(c) {
                stack.append((i, c))
            } else if CharacterClass.isClosingQuote(c) {
                let wanted = Self.opening(for: c)
                if let k = stack.lastIndex(where: { wanted.contains($0.mark) }) {
                    quotes.append(Quote(open: stack[k].offset, close: i))
                    stack.removeSubrange(k...)
                }
            } else if c == 0x22 {
                if let k = stack.lastIndex(where: { $0.mark == 0x22 }) {
                    quotes.append(Quote(open: stack[k].offset, close: i))
                    stack.removeSubrange(k...)
                } else {
                    stack.append((i, c))
                }
            }
        }
        quotes.sort { $0.open < $1.open }
        // Innermost quote per unit: outer quotes are written first, inner ones overwrite.
        var quoteOf = [Int32](repeating: -1, count: u.count)
        var order = Array(quotes.indices)
        order.sort { (quotes[$0].close - quotes[$0].open) > (quotes[$1].close - quotes[$1].open) }
        for qi in order {
            let q = quotes[qi]
            // Long quotations (speech) are not labels: skip marking beyond 64 units so the
            // marking stays linear.
            if q.close - q.open > 64 { continue }
            for k in q.content { quoteOf[k] = Int32(qi) }
        }
        return (quotes, quoteOf)
    }

    private static func opening(for closing: UInt16) -> [UInt16] {
        switch closing {
        case 0x201D: return [0x201C]
        case 0x2019: return [0x2018]
        case 0x300D: return [0x300C]
        case 0x300F: return [0x300E]
        default: return [0x301D]
        }
    }

    // MARK: Queries

    /// The innermost short quotation containing offset `i`, if any.
    func quote(containing i: Int) -> Quote? {
        guard i >= 0, i < u.count, quoteOf[i] >= 0 else { return nil }
        return quotes[Int(quoteOf[i])]
    }

    /// The quotation closing at offset `i`.
    func quote(closingAt i: Int) -> Quote? { quoteClosingAt[i].map { quotes[$0] } }
    /// The quotation opening at offset `i`.
    func quote(openingAt i: Int) -> Quote? { quoteOpeningAt[i].map { quotes[$0] } }

    /// Whether an ICU word starts at `i`.
    func isWordStart(_ i: Int) -> Bool { words.isStart(i) }

    /// The end of the ICU word that starts at or contains `i`.
    func wordEnd(after i: Int) -> Int {
        var j = i + 1
        while j < u.count, !words.isStart(j) { j += 1 }
        return j
    }

    /// The start of the ICU word containing `i`.
    func wordStartOffset(at i: Int) -> Int {
        var j = i
        while j > 0, !words.isStart(j) { j -= 1 }
        return j
    }

    /// Whether `range` is exactly one ICU word of two or more characters (a dictionary word).
    func isSingleDictionaryWord(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, words.isStart(range.lowerBound), words.isStart(range.upperBound) else { return false }
        for k in (range.lowerBound + 1)..<range.upperBound where words.isStart(k) { return false }
        return true
    }

    /// The sentence around `range`: back to the previous 。！？ or line end, forward to the
    /// next, at most `limit` units each way.
    ///
    /// Where no sentence end is found within the limit, the window snaps to a multiple of
    /// `limit`, so that neighbouring mentions in a run-on text share one context.
    func sentence(around range: Range<Int>, limit: Int = 120) -> Range<Int> {
        var a = range.lowerBound
        let minA = max(0, (a - limit) / limit * limit)
        while a > minA, !CharacterClass.isSentenceEnd(u[a - 1]) { a -= 1 }
        var b = range.upperBound
        let maxB = min(u.count, (b + limit) / limit * limit + limit)
        while b < maxB, !CharacterClass.isSentenceEnd(u[b]) { b += 1 }
        if b < u.count, b < maxB, u[b] != 0x0A, u[b] != 0x0D { b += 1 }
        while a < b, CharacterClass.isSpace(u[a]) || u[a] == 0x0A || u[a] == 0x0D { a += 1 }
        return a..<b
    }

    /// The normalized string of a range.
    func string(_ range: Range<Int>) -> String { SourceText.string(u[range]) }

    /// The original (as-read) text of a normalized range.
    func sourceString(_ range: Range<Int>) -> String { text.sourceString(range) }

    /// Whether `range` is a quotation: its content, or the quotation with its marks.
    /// 例：true for 蓝天 in `“蓝天”“碧水”`.
    func isQuoted(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if range.count >= 2, CharacterClass.isOpeningQuote(u[range.lowerBound]), CharacterClass.isClosingQuote(u[range.upperBound - 1]) { return true }
        return range.lowerBound > 0 && range.upperBound < u.count
            && CharacterClass.isOpeningQuote(u[range.lowerBound - 1]) && CharacterClass.isClosingQuote(u[range.upperBound])
    }

    /// Whether `s` occurs at offset `i`.
    func has(_ s: [UInt16], at i: Int) -> Bool {
        guard i >= 0, i + s.count <= u.count else { return false }
        for k in 0..<s.count where u[i + k] != s[k] { return false }
        return true
    }

    /// Whether `s` ends at offset `i` (exclusive).
    func has(_ s: [UInt16], endingAt i: Int) -> Bool { has(s, at: i - s.count) }
}
