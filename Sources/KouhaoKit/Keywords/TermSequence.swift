/// A document as the keyword engine sees it: the token IDs of its content words in order,
/// with a break (-1) wherever punctuation, space or a stop word stands, and slogan spans
/// as single units. Internal.
///
/// 例：`通过招商引资，推进开发区建设` → 招 商 引 资 | 推进 开发 区 建设 (IDs, `|` a break).
/// - Complexity: O(n) in the length of the text: one hash and one table probe per token.
/// A class: the statistics' closures share it instead of copying a dozen arrays per call.
final class TermSequence: Sendable {
    /// Token flags.
    enum Flags {
        static let stop: UInt8 = 1
        static let nonInitial: UInt8 = 2
        static let nonFinal: UInt8 = 4
        /// A number token (digits or Chinese numerals).
        static let number: UInt8 = 8
        /// A number token of Chinese numerals (四, 两, 十二).
        static let chineseNumeral: UInt8 = 16
        /// Contains an ASCII digit.
        static let digit: UInt8 = 32
        /// A slogan unit.
        static let slogan: UInt8 = 64
        /// A measure word or unit (年, 个, 亿).
        static let unit: UInt8 = 128
    }

    /// The spelling of every distinct token, one after the other.
    let units: [UInt16]
    /// Per distinct token (ID): where its spelling starts in `units`, its length, hash,
    /// `TermHash.power(length)` and flags.
    let start: [Int32]
    let length: [Int32]
    let hash: [UInt64]
    let power: [UInt64]
    let flags: [UInt8]
    /// Per distinct token: its word class in the tokenizer's lexicon (``WordClass`` raw value;
    /// 0 for a word the lexicon does not know, a number, Latin).
    let classes: [UInt8]
    /// One ID per content token, -1 for a break. Never two breaks in a row.
    let ids: [Int32]
    /// Ranges of `ids` positions that lie in titles.
    let titles: [Range<Int>]
    /// For slogan units: what their spans' weights add to their count.
    let sloganBonus: [Int32: Double]

    /// Number of distinct tokens.
    var tokenCount: Int { start.count }

    /// The units of token `t` (its first spelling).
    @inline(__always)
    func units(of t: Int) -> ArraySlice<UInt16> {
        units[Int(start[t])..<Int(start[t] + length[t])]
    }

    /// Tokens are handled in batches, not one by one as ICU yields them: ICU's dictionary
    /// walks evict the token table from the cache, and a batch finds it warm again.
    static let batchSize = 2048

    /// The sequence of a normalized text.
    /// - Parameters:
    ///   - spans: slogan spans, in normalized UTF-16 units; each becomes one unit with its label.
    ///   - rules: the prepared stop words and shape.
    init(text: NormalizedText, tokenizer: Tokenizer, spans: [TermSpan], rules: TermRules, titles titleMode: KeywordConfiguration.Titles) {
        var builder = Builder(text: text, spans: Self.disjoint(spans), rules: rules,
                              titleRanges: Self.titleRanges(in: text.units, mode: titleMode))
        var batch: [Builder.RawToken] = []
        batch.reserveCapacity(Self.batchSize)
        tokenizer.forEachToken(in: text) { token in
            batch.append(.init(start: Int32(token.normalizedRange.lowerBound), end: Int32(token.normalizedRange.upperBound), kind: token.kind,
                               wordClass: token.wordClass))
            if batch.count == Self.batchSize {
                builder.handle(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        builder.handle(batch)
        builder.finishSpan()
        if builder.ids.last == -1 { builder.ids.removeLast() }
        units = builder.units
        start = builder.start
        length = builder.length
        hash = builder.hash
        power = builder.power
        flags = builder.flags
        classes = builder.classes
        ids = builder.ids
        titles = builder.titles
        sloganBonus = builder.sloganBonus
    }

    /// The mutable state of building a sequence.
    private struct Builder {
        struct RawToken {
            var start: Int32
            var end: Int32
            var kind: TokenKind
            var wordClass: UInt8
        }

        /// A hash slot: the hash's high half (checked before the units) and the token ID.
        struct Slot {
            var tag: UInt32
            var id: Int32
        }

        let text: [UInt16]
        let spans: [TermSpan]
        let rules: TermRules
        let titleRanges: [Range<Int>]
        var units: [UInt16] = []
        var start: [Int32] = []
        var length: [Int32] = []
        var hash: [UInt64] = []
        var power: [UInt64] = []
        var flags: [UInt8] = []
        var classes: [UInt8] = []
        var slots = [Slot](repeating: Slot(tag: 0, id: -1), count: 1024)
        var mask = 1023
        var ids: [Int32] = []
        var titles: [Range<Int>] = []
        var sloganBonus: [Int32: Double] = [:]
        var titleIndex = 0
        var spanIndex = 0
        var emittedSpan = -1
        var lastWasBreak = true
        /// The span whose tokens are being collected (its label is emitted only once it is
        /// known not to cut a word of the lexicon), its tokens, and whether it cuts one.
        var openSpan = -1
        var spanTokens: [RawToken] = []
        var spanCuts = false

        init(text: NormalizedText, spans: [TermSpan], rules: TermRules, titleRanges: [Range<Int>]) {
            self.text = text.units
            self.spans = spans
            self.rules = rules
            self.titleRanges = titleRanges
            ids.reserveCapacity(text.units.count / 2 + 1)
        }

        mutating func handle(_ batch: [RawToken]) {
            for t in batch { handle(Int(t.start)..<Int(t.end), t.kind, t.wordClass) }
        }

        @inline(__always)
        mutating func appendBreak() {
            if !lastWasBreak { ids.append(-1); lastWasBreak = true }
        }

        /// Whether a token is a word of the tokenizer's lexicon (a span must not cut it).
        @inline(__always)
        static func isLexiconWord(_ r: Range<Int>, _ wordClass: UInt8) -> Bool { wordClass != 0 && r.count >= 2 }

        @inline(__always)
        mutating func handle(_ r: Range<Int>, _ kind: TokenKind, _ wordClass: UInt8) {
            if openSpan >= 0 {
                let span = spans[openSpan].range
                if r.lowerBound < span.upperBound {
                    spanTokens.append(RawToken(start: Int32(r.lowerBound), end: Int32(r.upperBound), kind: kind, wordClass: wordClass))
                    if r.upperBound > span.upperBound, Self.isLexiconWord(r, wordClass) { spanCuts = true }
                    if r.upperBound >= span.upperBound { finishSpan() }
                    return
                }
                finishSpan()
            }
            if spanIndex < spans.count {
                // Slogan spans: every token touching a span is replaced by one unit — unless the
                // span starts or ends inside a word of the lexicon (安倍晋|三这一…, …价格同|比):
                // then it is no term, and its tokens are read as they are.
                while spanIndex < spans.count, spans[spanIndex].range.upperBound <= r.lowerBound { spanIndex += 1 }
                if spanIndex < spans.count, spans[spanIndex].range.lowerBound < r.upperBound, emittedSpan != spanIndex {
                    let span = spans[spanIndex].range
                    emittedSpan = spanIndex
                    openSpan = spanIndex
                    spanTokens.removeAll(keepingCapacity: true)
                    spanTokens.append(RawToken(start: Int32(r.lowerBound), end: Int32(r.upperBound), kind: kind, wordClass: wordClass))
                    spanCuts = Self.isLexiconWord(r, wordClass) && (r.lowerBound < span.lowerBound || r.upperBound > span.upperBound)
                    if r.upperBound >= span.upperBound { finishSpan() }
                    return
                }
            }
            plain(r, kind, wordClass)
        }

        /// Ends the open span: its label as one unit, or its tokens as they are when it cuts a word.
        mutating func finishSpan() {
            guard openSpan >= 0 else { return }
            let k = openSpan
            openSpan = -1
            if spanCuts {
                for t in spanTokens { plain(Int(t.start)..<Int(t.end), t.kind, t.wordClass) }
                return
            }
            appendBreak()
            let id = internLabel(spans[k].label)
            ids.append(id)
            if spans[k].weight > 1 { sloganBonus[id, default: 0] += spans[k].weight - 1 }
            markTitle(spans[k].range.lowerBound)
            ids.append(-1)
        }

        /// A token outside slogan spans.
        @inline(__always)
        mutating func plain(_ r: Range<Int>, _ kind: TokenKind, _ wordClass: UInt8) {
            guard kind != .space && kind != .punctuation else { appendBreak(); return }
            let id = intern(r, kind: kind, wordClass: wordClass)
            if flags[Int(id)] & Flags.stop != 0 { appendBreak(); return }
            ids.append(id)
            lastWasBreak = false
            if !titleRanges.isEmpty { markTitle(r.lowerBound) }
        }

        /// Marks the last position as a title position when `offset` lies in a title range.
        @inline(__always)
        mutating func markTitle(_ offset: Int) {
            while titleIndex < titleRanges.count, titleRanges[titleIndex].upperBound <= offset { titleIndex += 1 }
            guard titleIndex < titleRanges.count, titleRanges[titleIndex].contains(offset) else { return }
            let p = ids.count - 1
            if let last = titles.last, last.upperBound == p { titles[titles.count - 1] = last.lowerBound..<(p + 1) } else { titles.append(p..<(p + 1)) }
        }

        /// The ID of the token at `range` of the text, a new one on first sight.
        @inline(__always)
        mutating func intern(_ range: Range<Int>, kind: TokenKind, wordClass: UInt8) -> Int32 {
            let (found, free, h) = text.withUnsafeBufferPointer { all -> (Int32, Int, UInt64) in
                let word = UnsafeBufferPointer(rebasing: all[range])
                let h = TermHash.of(word)
                let tag = UInt32(truncatingIfNeeded: h >> 32)
                var s = TermHash.slot(h, mask: mask)
                return slots.withUnsafeBufferPointer { slots in
                    units.withUnsafeBufferPointer { units in
                        while true {
                            let slot = slots[s]
                            if slot.id < 0 { return (-1, s, h) }
                            if slot.tag == tag {
                                let a = Int(start[Int(slot.id)])
                                if TermHash.equal(UnsafeBufferPointer(rebasing: units[a..<(a + Int(length[Int(slot.id)]))]), word) { return (slot.id, s, h) }
                            }
                            s = (s + 1) & mask
                        }
                    }
                }
            }
            if found >= 0 { return found }
            let word = text[range]
            let id = Int32(start.count)
            slots[free] = Slot(tag: UInt32(truncatingIfNeeded: h >> 32), id: id)
            start.append(Int32(units.count))
            units.append(contentsOf: word)
            length.append(Int32(word.count))
            hash.append(h)
            power.append(TermHash.power(word.count))
            flags.append(word.withUnsafeBufferPointer { rules.flags(of: $0, hash: h, kind: kind) })
            classes.append(kind == .ideographic ? wordClass : 0)
            if start.count * 2 > slots.count { grow() }
            return id
        }

        /// The ID of a slogan label.
        mutating func internLabel(_ label: String) -> Int32 {
            let l = Array(label.utf16)
            let h = TermHash.of(l)
            var s = TermHash.slot(h, mask: mask)
            while true {
                let slot = slots[s]
                if slot.id < 0 { break }
                let t = Int(slot.id)
                if hash[t] == h, Array(units[Int(start[t])..<Int(start[t] + length[t])]) == l {
                    flags[t] = Flags.slogan
                    return slot.id
                }
                s = (s + 1) & mask
            }
            let id = Int32(start.count)
            slots[s] = Slot(tag: UInt32(truncatingIfNeeded: h >> 32), id: id)
            start.append(Int32(units.count))
            units += l
            length.append(Int32(l.count))
            hash.append(h)
            power.append(TermHash.power(l.count))
            flags.append(Flags.slogan)
            classes.append(WordClass.term.rawValue)
            if start.count * 2 > slots.count { grow() }
            return id
        }

        mutating func grow() {
            let size = slots.count * 2
            var newSlots = [Slot](repeating: Slot(tag: 0, id: -1), count: size)
            let newMask = size - 1
            for slot in slots where slot.id >= 0 {
                var s = TermHash.slot(hash[Int(slot.id)], mask: newMask)
                while newSlots[s].id >= 0 { s = (s + 1) & newMask }
                newSlots[s] = slot
            }
            slots = newSlots
            mask = newMask
        }
    }

    /// Spans sorted by start, overlapping ones dropped (the earlier wins).
    static func disjoint(_ spans: [TermSpan]) -> [TermSpan] {
        var result: [TermSpan] = []
        for s in spans.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) })
        where !s.range.isEmpty && !s.label.isEmpty {
            if let last = result.last, last.range.upperBound > s.range.lowerBound { continue }
            result.append(s)
        }
        return result
    }

    /// The title lines of a text, as normalized unit ranges.
    /// 例：in `标题\n正文…` with `.headingsAndFirstLine`, 0..<2.
    /// - Complexity: O(n).
    static func titleRanges(in units: [UInt16], mode: KeywordConfiguration.Titles) -> [Range<Int>] {
        guard mode != .none else { return [] }
        var ranges: [Range<Int>] = []
        let n = units.count
        var lineStart = 0
        var firstContentLine = true
        while lineStart < n {
            var end = lineStart
            while end < n, units[end] != 0x0A, units[end] != 0x0D { end += 1 }
            var a = lineStart
            while a < end, Tokenizer.isSpace(units[a]) { a += 1 }
            var b = end
            while b > a, Tokenizer.isSpace(units[b - 1]) { b -= 1 }
            if a < b {
                if units[a] == 0x23 { // '#'
                    ranges.append(a..<b)
                } else if firstContentLine, mode == .headingsAndFirstLine, b - a <= 60, Self.hasContent(units, from: end) {
                    ranges.append(a..<b)
                }
                firstContentLine = false
            }
            lineStart = end + 1
        }
        return ranges
    }

    private static func hasContent(_ units: [UInt16], from start: Int) -> Bool {
        var i = start
        while i < units.count {
            if !Tokenizer.isSpace(units[i]) { return true }
            i += 1
        }
        return false
    }
}

/// Stop words and term shape prepared for token lookups. Internal. A class: shared, not
/// copied, by the closures that ask it.
final class TermRules: Sendable {
    let stopWords: StopWords
    let nonInitial: TermTable<UInt8>
    let nonFinal: TermTable<UInt8>
    let units: TermTable<UInt8>
    let shape: TermShape

    init(_ configuration: KeywordConfiguration) {
        stopWords = configuration.stopWords
        shape = configuration.shape
        var a = TermTable<UInt8>(capacity: configuration.shape.nonInitial.count)
        for w in configuration.shape.nonInitial { a.insert(w, value: 0) }
        var b = TermTable<UInt8>(capacity: configuration.shape.nonFinal.count)
        for w in configuration.shape.nonFinal { b.insert(w, value: 0) }
        var c = TermTable<UInt8>(capacity: configuration.shape.units.count)
        for w in configuration.shape.units { c.insert(w, value: 0) }
        nonInitial = a
        nonFinal = b
        units = c
    }

    /// Words that count like numerals before a unit (多名, 几个, 数十亿).
    static let approximateNumerals: TermTable<UInt8> = {
        var t = TermTable<UInt8>()
        for w in ["多", "几", "数", "若干", "余"] { t.insert(w, value: 0) }
        return t
    }()

    /// Whether a run fits the term shape (a slogan unit always does).
    /// - Parameters:
    ///   - firstFlags, lastFlags: the flags of its first and last tokens.
    ///   - numbers: how many of its tokens, from the first, are numbers.
    /// 例：招|商|引|资 fits; 个|工作|日内 does not (个 first); 2015|年, 两|个 and 多|名 do not
    /// (numbers and a unit: a quantity or a date); 十八|大 does.
    func fits(tokens n: Int, length: Int, firstFlags: UInt8, lastFlags: UInt8, numbers: Int) -> Bool {
        typealias F = TermSequence.Flags
        if n == 1, firstFlags & F.slogan != 0 { return true }
        guard length >= shape.minimumLength, numbers < n else { return false }
        if n >= 2, numbers == n - 1, lastFlags & F.unit != 0 { return false }
        if n >= 2 {
            if firstFlags & F.nonInitial != 0 || lastFlags & (F.nonFinal | F.chineseNumeral) != 0 { return false }
            if firstFlags & F.slogan != 0 || lastFlags & F.slogan != 0 { return false }
        }
        return true
    }

    /// The flags of a distinct token.
    func flags(of units: UnsafeBufferPointer<UInt16>, hash: UInt64, kind: TokenKind) -> UInt8 {
        typealias F = TermSequence.Flags
        var f: UInt8 = 0
        if stopWords.contains(units, hash: hash) { f |= F.stop }
        if nonInitial.index(of: units, hash: hash) != nil { f |= F.nonInitial }
        if nonFinal.index(of: units, hash: hash) != nil { f |= F.nonFinal }
        if self.units.index(of: units, hash: hash) != nil { f |= F.unit }
        if kind == .number || TermRules.approximateNumerals.index(of: units, hash: hash) != nil { f |= F.number }
        for u in units {
            if u >= 0x30 && u <= 0x39 { f |= F.digit } else if kind == .number && ChineseNumeral.isNumeral(u) { f |= F.chineseNumeral }
        }
        return f
    }
}
