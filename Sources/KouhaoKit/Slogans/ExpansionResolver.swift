/// Finds, for one candidate, the list it stands for: after it (cued or not) or before it.
///
/// 例：`实施“6543”工程，即摸清“六涉”企业底数，制定“五张清单”，…` → after, four items;
/// `形式主义、官僚主义、享乐主义和奢靡之风这“四风”` → before, four items.
/// - Complexity: O(window) per candidate; windows are bounded, so O(n) per document.
struct ExpansionResolver {
    let index: DocumentIndex
    let parser: ListParser
    let validator: ExpansionValidator
    var u: [UInt16] { index.u }

    init(index: DocumentIndex) {
        self.index = index
        parser = ListParser(index: index)
        validator = ExpansionValidator(index: index)
    }

    /// A resolved list.
    struct Found {
        var direction: Expansion.Direction
        var items: [Range<Int>]
        var fit: Double
        /// Where the list stands (for the context sentence and for nesting).
        var span: Range<Int>
        /// A quotation consumed as the list (the before-list “一馆、一带、一所、一基地”).
        var consumedQuote: DocumentIndex.Quote?
        /// Whether 这 or 等 ties the list to the label (…这“四风”, …等“六大合作工程”).
        var marked = false
    }

    static let afterWindow = 320
    static let beforeWindow = 220

    /// Where the label ends in the text (after its closing quotation mark).
    func labelEnd(_ c: SloganCandidate) -> Int {
        var p = c.range.upperBound
        if p < index.count, CharacterClass.isClosingQuote(u[p]) || u[p] == 0x22 { p += 1 }
        return p
    }

    func labelStart(_ c: SloganCandidate) -> Int {
        var p = c.range.lowerBound
        if p > 0, CharacterClass.isOpeningQuote(u[p - 1]) || u[p - 1] == 0x22 { p -= 1 }
        return p
    }

    // MARK: After

    func after(_ c: SloganCandidate) -> Found? {
        let end = labelEnd(c)
        var best: Found? = nil
        // The cue right after the label, or after a short head phrase (“四位一体”耕地保护长效机制：即…).
        var starts = [end]
        var q = end
        while q < min(index.count, end + 16), CharacterClass.isHan(u[q]) || CharacterClass.isQuote(u[q]) { q += 1 }
        if q > end { starts.append(q) }
        for p in starts {
            // A head phrase is only skipped before a strong cue.
            guard let cue = Cue.after(at: p, in: index), p == end || cue.strong else { continue }
            if let found = list(after: (cue.kind, cue.start), label: c) {
                if best == nil || found.fit > best!.fit { best = found }
            }
        }
        if let best, best.fit >= 0.5 { return best }
        // No cue: a list in the same or the next sentence that carries the label's frame
        // (三支一扶 … 从事支农、支教、支医和扶贫工作).
        if let implicit = implicitAfter(c, from: end), implicit.fit >= 0.75 { return implicit }
        return nil
    }

    func list(after cue: (kind: Cue.Kind, start: Int), label c: SloganCandidate) -> Found? {
        let n = index.count
        var start = cue.start
        while start < n, CharacterClass.isSpace(u[start]) { start += 1 }
        guard start < n else { return nil }
        switch cue.kind {
        case .bracket:
            var e = start
            var depth = 1
            while e < min(n, start + Self.afterWindow) {
                if u[e] == 0x28 { depth += 1 }
                if u[e] == 0x29 { depth -= 1; if depth == 0 { break } }
                if CharacterClass.isLineEnd(u[e]) { break }
                e += 1
            }
            guard e < n, u[e] == 0x29 else { return nil }
            var inner = start
            // (指…), (即…)
            if inner < e, u[inner] == 0x6307 || u[inner] == 0x5373 { inner += 1 }
            return best(in: inner..<e, for: c, direction: .after, partial: false)
        case .enumeration:
            return enumerated(from: start, for: c)
        case .words:
            // A quoted list right after the cue: 也就是“…；…；…”.
            if CharacterClass.isOpeningQuote(u[start]), let quote = index.quote(openingAt: start), quote.content.count > 6 {
                if let f = best(in: quote.content, for: c, direction: .after, partial: false) { return f }
            }
            var e = start
            let limit = min(n, start + Self.afterWindow)
            while e < limit, !CharacterClass.isSentenceEnd(u[e]) { e += 1 }
            guard e > start else { return nil }
            return best(in: start..<e, for: c, direction: .after, partial: false)
        }
    }

    /// 一是…二是…三是… (or 一要…, 一、…, (一)…): each item is the first clause after its enumerator.
    func enumerated(from start: Int, for c: SloganCandidate) -> Found? {
        guard let firstEnd = Cue.enumerator(at: start, in: index) else { return nil }
        var style = Array(u[(start + 1)..<firstEnd])
        if u[start] == 0x28 { style = [0x28] }
        if index.has(Array("其一".utf16), at: start) { style = Array("其".utf16) }
        if index.has(Array("第一".utf16), at: start) { style = Array("第".utf16) }
        let limit = min(index.count, start + 1600)
        var items: [Range<Int>] = []
        var itemStart = firstEnd
        var number = 2
        while items.count < 12 {
            let next = Cue.findEnumerator(number, from: itemStart, limit: limit, style: style, in: index)
            // The item: its first clause (up to ， ； 。).
            var e = itemStart
            let stop = next?.start ?? limit
            while e < stop, u[e] != 0x2C, u[e] != 0x3B, !CharacterClass.isSentenceEnd(u[e]) { e += 1 }
            let item = parser.trim(itemStart..<e)
            if !item.isEmpty { items.append(item) }
            guard let next else { break }
            itemStart = next.end
            number += 1
        }
        guard items.count >= 2, let verdict = validator.evaluate(items, for: c.shape) else { return nil }
        return Found(direction: .after, items: verdict.items, fit: min(1, verdict.fit + 0.1),
                     span: start..<(verdict.items.last?.upperBound ?? start), consumedQuote: nil)
    }

    /// The best reading of `range` as the label's list.
    func best(in range: Range<Int>, for c: SloganCandidate, direction: Expansion.Direction, partial: Bool) -> Found? {
        var best: Found? = nil
        for reading in parser.readings(of: range) {
            var items = reading.items
            if direction == .before { items = trimLeadingContext(items) }
            guard let verdict = validator.evaluate(items, for: c.shape, partial: partial || reading.endsWithEtc) else { continue }
            let found = Found(direction: direction, items: verdict.items, fit: verdict.fit,
                              span: (verdict.items.first?.lowerBound ?? range.lowerBound)..<(verdict.items.last?.upperBound ?? range.upperBound),
                              consumedQuote: nil)
            if best == nil || found.fit > best!.fit { best = found }
        }
        return best
    }

    /// A list without a cue, in the rest of this sentence or the next, that carries the
    /// label's frame characters.
    func implicitAfter(_ c: SloganCandidate, from end: Int) -> Found? {
        guard c.shape.kind != .digitCode, c.shape.kind != .counted else { return nil }
        let n = index.count
        var e = end
        var sentences = 0
        let limit = min(n, end + 160)
        while e < limit {
            if CharacterClass.isSentenceEnd(u[e]) { sentences += 1; if sentences == 2 { break } }
            e += 1
        }
        // Each clause is a candidate list.
        var best: Found? = nil
        for clause in parser.split(end..<e, by: { $0 == 0x2C || $0 == 0x3002 || $0 == 0x3B }) {
            for reading in parser.readings(of: clause) where reading.level <= 2 {
                let items = trimTrailingGeneric(trimLeadingContext(reading.items))
                guard let v = validator.evaluate(items, for: c.shape), v.frameFit >= 0.75, v.countFit >= 0.9 else { continue }
                let f = Found(direction: .after, items: v.items, fit: v.fit, span: clause, consumedQuote: nil)
                if best == nil || f.fit > best!.fit { best = f }
            }
        }
        return best
    }

    // MARK: Before

    func before(_ c: SloganCandidate) -> Found? {
        var p = labelStart(c)
        // 这“四风”, 等“四个一”, 的“四不四争四先锋”, and spaces between.
        var sawDemonstrative = false
        while p > 0 {
            let ch = u[p - 1]
            if CharacterClass.isSpace(ch) { p -= 1; continue }
            if ch == 0x8FD9 || ch == 0x7B49 || ch == 0x7684 { sawDemonstrative = sawDemonstrative || ch != 0x7684; p -= 1; continue }   // 这 等 的
            break
        }
        guard p > 0 else { return nil }
        // A quotation right before: “网格化、…、常态化”“五化并举”.
        if CharacterClass.isClosingQuote(u[p - 1]) || u[p - 1] == 0x22, let q = index.quote(closingAt: p - 1), q.content.count >= 3 {
            if var f = best(in: q.content, for: c, direction: .before, partial: false), f.fit >= 0.5 {
                f.consumedQuote = q
                f.marked = true
                // “一馆、一带、一所、一基地”“四个一”: the items before the quotation are full names; the
                // quotation itself is the list.
                return f
            }
        }
        // The clause right before the label; further clauses only after 这 (…，是…途径，这“新四化”),
        // crossing one sentence end (…；比创业，看奉献。就是在这“六比六看”中).
        var best: Found? = nil
        var clauseEnd = p
        let floor = max(0, p - Self.beforeWindow)
        var clauses = 0
        var crossedSentence = false
        while clauseEnd > floor, clauses < (sawDemonstrative ? 4 : 1) {
            var a = clauseEnd
            while a > floor, !Self.isClauseBoundary(u[a - 1]) { a -= 1 }
            // Semicolon lists span several clauses: take the whole sentence too.
            var sentenceStart = a
            while sentenceStart > floor, !CharacterClass.isSentenceEnd(u[sentenceStart - 1]) { sentenceStart -= 1 }
            var ranges = [a..<clauseEnd]
            if sentenceStart < a, sawDemonstrative || clauseEnd == p { ranges.append(sentenceStart..<clauseEnd) }
            for range in ranges where range.count >= 2 {
                if let f = self.best(in: range, for: c, direction: .before, partial: false),
                   best == nil || f.fit > best!.fit + (clauses > 0 ? 0.05 : 0) {
                    best = f
                }
            }
            if let b = best, b.fit >= 0.7 { break }
            guard a > floor else { break }
            if CharacterClass.isSentenceEnd(u[a - 1]) {
                if crossedSentence { break }
                crossedSentence = true
            }
            clauseEnd = a - 1
            clauses += 1
        }
        guard var best, best.fit >= 0.5 else { return nil }
        best.marked = sawDemonstrative
        return best
    }

    static func isClauseBoundary(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || CharacterClass.isSentenceEnd(c)
    }

    /// The first item of a list often carries the words that introduce the list
    /// (致力重点项目大突破, 一是有序实施政务活动决策): cut it to the length of the others, at
    /// word boundaries, stopping at particles and verbs.
    func trimLeadingContext(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2 else { return items }
        let others = items.dropFirst().map(\.count)
        let longest = others.max() ?? 0
        var first = items[0]
        guard first.count > longest + 1 else { return items }
        var a = first.upperBound
        while a > first.lowerBound {
            let s = index.wordStartOffset(at: a - 1)
            let word = index.string(s..<a)
            if first.upperBound - s > longest { break }
            if SloganLexicon.breakWords.contains(word) || CharacterClass.isPunctuation(u[s]) { break }
            a = s
        }
        if a < first.upperBound, first.upperBound - a >= 1 { first = a..<first.upperBound }
        var out = items
        out[0] = first
        return out
    }

    /// 扶贫工作 → 扶贫 when the others are bare (支农、支教、支医和扶贫工作).
    func trimTrailingGeneric(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        for g in ["工作", "任务", "问题", "方面", "领域"] {
            let s = Array(g.utf16)
            if last.count > s.count, index.has(s, endingAt: last.upperBound) {
                var out = items
                out[out.count - 1] = last.lowerBound..<(last.upperBound - s.count)
                return out
            }
        }
        return items
    }
}
