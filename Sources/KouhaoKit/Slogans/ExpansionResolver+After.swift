/// Lists after a label: cued (即, ：, （…）, 就是, 是指, 包括, 一是…二是…), in a glossary entry,
/// or uncued but carrying the label's frame characters.
///
/// 例：`实施“6543”工程，即摸清“六涉”企业底数，…` → after; `5．**五网** 路网、航空网、…` → a
/// glossary entry; `“三支一扶”…从事支农、支教、支医和扶贫工作` → no cue, the frame matches.
extension ExpansionResolver {
    func after(_ c: SloganCandidate) -> Found? {
        let end = labelEnd(c)
        var best: Found? = nil
        func consider(_ f: Found?) {
            // A list that opens with another label's own definition is that label's
            // (“三大行动”“三大计划”：“三大行动”是指…。“三大计划”是指…).
            if let f, let first = f.items.first, opensOtherDefinition(before: first.lowerBound, c) { return }
            if let f, best == nil || f.fit > best!.fit { best = f }
        }
        // A code's parts defined one after another in its entry (第一个“1”是指…。“9”是指…：一是…).
        if let parts = codePartsEntry(c) { return parts }
        if let definition = glossaryDefinition(c) {
            consider(self.best(in: definition, for: c, direction: .after, strong: true))
        }
        // A page or note reference right after the label (（P3）, ［2］) is not a list.
        let afterReference = skipReference(from: end)
        if afterReference > end, let cue = Cue.after(at: afterReference, in: index) {
            consider(list(after: cue, label: c))
        }
        // The cue right after the label, after an adjacent label that shares it
        // (“三个结合”“三个提升”：…), or after a short head phrase (“四位一体”耕地保护长效机制：即…;
        // “一廊两带三区”区域发展格局，包括…).
        if let cue = Self.partCue(c, at: end, parts: partKeys, in: index) { consider(list(after: cue, label: c)) }
        var starts = [end]
        var q = end
        // Two labels joined by 和/与/及/、 share the cue too (“三个坚持”和“三个共同”，即…).
        if q + 1 < index.count, Self.joinsLabels(u[q]), CharacterClass.isOpeningQuote(u[q + 1]) { q += 1 }
        if q < index.count, CharacterClass.isOpeningQuote(u[q]), let next = index.quote(openingAt: q), next.content.count <= 12 {
            q = next.close + 1
            starts.append(q)
        }
        let phraseStart = q
        while q < min(index.count, phraseStart + 10), CharacterClass.isHan(u[q]), !ChineseNumeral.isNumeral(u[q]) { q += 1 }
        if q > phraseStart { starts.append(q) }
        for (i, p) in starts.enumerated() {
            guard let cue = Cue.after(at: p, in: index), p == end || cue.strong || p - end <= 8 else { continue }
            consider(list(after: cue, label: c, shared: i == 1 && starts.count >= 2 && q != p || sharesCue(c, end: end)))
        }
        // 即 opening the next sentence (做到“三个坚持”。即：坚持…；坚持…).
        if best == nil, let cue = Cue.afterSentenceEnd(at: end, in: index) {
            consider(list(after: cue, label: c))
        }
        if let b = best, b.fit >= 0.5 { return b }
        // No cue: a list in the same or the next sentence that carries the label's frame
        // (三支一扶 … 从事支农、支教、支医和扶贫工作).
        if let implicit = implicitAfter(c, from: end) { return implicit }
        // An enumeration opening the next sentence (纵深推进“六大工程”，打造…。一是纵深推进科技引领工程，…；二是…).
        if let f = enumerationInNextSentence(c, from: end) { return f }
        // A heading label whose items open the sentences of its section.
        if let section = sectionItems(c) { return section }
        // Topic sentences: paragraph openers, or short sentences with alike predicates.
        if let topics = topicSentenceItems(c) { return topics }
        // A title followed by its numbered headings (十件惠民实事 / 一、… 二、…).
        if let headings = numberedHeadings(c) { return headings }
        return nil
    }

    /// Whether the text right before `k` (within a few characters) is another label's
    /// definition start: a quoted label other than `c`'s followed by a strong cue.
    func opensOtherDefinition(before k: Int, _ c: SloganCandidate) -> Bool {
        var lo = 0, hi = definitionStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if definitionStarts[mid] < k - 16 { lo = mid + 1 } else { hi = mid }
        }
        while lo < definitionStarts.count, definitionStarts[lo] < k {
            let s = definitionStarts[lo]
            lo += 1
            // (Not a label joined to this one: “三个坚持”和“三个共同”，即….)
            let end = labelEnd(c)
            guard s > end, !(s == end + 1 && Self.joinsLabels(u[end])), CharacterClass.isOpeningQuote(u[s]), let q = index.quote(openingAt: s), q.close < k,
                  !isOwnPart(at: s, of: c) else { continue }
            // Only the cue between the quotation and the list.
            guard let cue = Cue.after(at: q.close + 1, in: index), cue.start <= k, k - cue.start <= 2 else { continue }
            if index.string(q.content) != index.string(c.range) { return true }
        }
        return false
    }

    /// The end of a short bracketed reference at `p` holding no Chinese (（P3）, (2), ［12］),
    /// or `p` itself.
    func skipReference(from p: Int) -> Int {
        guard p < index.count, u[p] == 0x28 || u[p] == 0xFF3B || u[p] == 0x5B || u[p] == 0x3010 else { return p }
        var e = p + 1
        while e < min(index.count, p + 10) {
            let ch = u[e]
            if ch == 0x29 || ch == 0xFF3D || ch == 0x5D || ch == 0x3011 { return e + 1 }
            if CharacterClass.isHan(ch) { return p }
            e += 1
        }
        return p
    }

    /// A glossary entry: the label heads its line (`5．**五网** 路网、…`, `三公经费：指…`) and the
    /// definition runs to the end of the line.
    func glossaryDefinition(_ c: SloganCandidate) -> Range<Int>? {
        let start = labelStart(c)
        var ls = start
        while ls > 0, start - ls < 30, !CharacterClass.isLineEnd(u[ls - 1]) { ls -= 1 }
        guard ls == 0 || CharacterClass.isLineEnd(u[ls - 1]) else { return nil }
        // Before the label: numbering, bold marks, and at most a short modifier (境外, 江阴).
        var han = 0
        var bold = false
        for k in ls..<start {
            let ch = u[k]
            if ch == 0x2A { bold = true; continue }
            if CharacterClass.isHan(ch) && !ChineseNumeral.isNumeral(ch) { han += 1; continue }
            if CharacterClass.isDigit(ch) || ChineseNumeral.isNumeral(ch) || "．.、)（(［］[]】【 \u{3000}".utf16.contains(ch) { continue }
            return nil
        }
        guard han <= (bold || hasGlossary ? 10 : 2) else { return nil }
        // After the label: a short head noun, a page reference (（P3）, ［1］), the bold mark,
        // then white space or a colon.
        var p = labelEnd(c)
        var head = 0
        while p < index.count, head < 10, CharacterClass.isHan(u[p]) || CharacterClass.isQuote(u[p]) { p += 1; head += 1 }
        p = skipReference(from: p)
        while p < index.count, u[p] == 0x2A { p += 1; bold = true }
        var colon = false
        while p < index.count, !CharacterClass.isLineEnd(u[p]), CharacterClass.isSpace(u[p]) || u[p] == 0x3A { if u[p] == 0x3A { colon = true }; p += 1 }
        // The term alone on its line, 指 opening the next (`1．三进村` / `指医疗、教育…`).
        if p < index.count, CharacterClass.isLineEnd(u[p]), c.facts.glossaryEntry {
            var q = p
            while q < index.count, CharacterClass.isLineEnd(u[q]) || CharacterClass.isSpace(u[q]) { q += 1 }
            guard let cue = Cue.after(at: q, in: index), cue.kind == .words, cue.strong, q < index.count, u[q] != 0x3A else { return nil }
            p = q
            colon = true
        }
        guard bold || colon || c.facts.glossaryEntry, p < index.count, !CharacterClass.isLineEnd(u[p]) else { return nil }
        guard bold || hasGlossary || Cue.after(at: p, in: index) != nil else { return nil }
        // 指 / 即 after the colon belong to the cue.
        if let cue = Cue.after(at: p, in: index), cue.kind == .words { p = cue.start }
        var e = p
        while e < min(index.count, p + 500), !CharacterClass.isLineEnd(u[e]), u[e] != 0x3002 { e += 1 }
        return e > p ? p..<e : nil
    }

    /// Whether another short quoted label stands right before or after this one, so that the
    /// two may share one list (“三个结合”“三个提升”：…).
    func sharesCue(_ c: SloganCandidate, end: Int) -> Bool {
        var e = end
        if e + 1 < index.count, Self.joinsLabels(u[e]), CharacterClass.isOpeningQuote(u[e + 1]) { e += 1 }
        if e < index.count, CharacterClass.isOpeningQuote(u[e]), let q = index.quote(openingAt: e), q.content.count <= 12 { return true }
        var start = labelStart(c)
        if start > 1, Self.joinsLabels(u[start - 1]), CharacterClass.isClosingQuote(u[start - 2]) { start -= 1 }
        if start > 0, CharacterClass.isClosingQuote(u[start - 1]), let q = index.quote(closingAt: start - 1), q.content.count <= 12 { return true }
        return false
    }

    /// 和, 与, 及, 、 between two labels that share one list.
    static func joinsLabels(_ c: UInt16) -> Bool { c == 0x548C || c == 0x4E0E || c == 0x53CA || c == 0x3001 }

    func list(after cue: (kind: Cue.Kind, start: Int, strong: Bool), label c: SloganCandidate, shared: Bool = false) -> Found? {
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
            return best(in: inner..<e, for: c, direction: .after, strong: true)
        case .enumeration:
            // Right after the label's cue an enumeration is its list, even when the text
            // gives only some of the items (十二件民生实事：一是…；二是…).
            return enumerated(from: start, for: c, partial: true)
        case .words:
            // A quoted list right after the cue: 也就是“…；…；…”.
            if CharacterClass.isOpeningQuote(u[start]), let quote = index.quote(openingAt: start), quote.content.count > 6,
               let f = best(in: quote.content, for: c, direction: .after, strong: true) {
                return f
            }
            let limit = nextDefinition(after: start, limit: min(n, start + Self.afterWindow), for: c)
            var e = start
            while e < limit, !CharacterClass.isSentenceEnd(u[e]) { e += 1 }
            guard e > start else { return nil }
            return best(in: start..<e, for: c, direction: .after, strong: cue.strong, shared: shared)
        }
    }

    /// 一是…二是…三是… (or 一要…, 一、…, (一)…): each item is the first clause after its enumerator.
    func enumerated(from start: Int, for c: SloganCandidate, partial: Bool = false) -> Found? {
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
        guard items.count >= 2, let verdict = validator.evaluate(trimQuantities(items, for: c.shape), for: c.shape, partial: partial) else { return nil }
        return Found(direction: .after, items: verdict.items, fit: min(1, verdict.fit + 0.1),
                     span: start..<(verdict.items.last?.upperBound ?? start), consumedQuote: nil, marked: true, frameFit: verdict.frameFit,
                     enumeration: true)
    }

    /// The items of an enumeration (一是…二是…, （一）…) that opens the sentence after the
    /// label's, within a short distance; a counted label's items lose the verb before its head
    /// (纵深推进科技引领工程 → 科技引领工程).
    func enumerationInNextSentence(_ c: SloganCandidate, from end: Int) -> Found? {
        var k = end
        while k < min(index.count, end + 60), !CharacterClass.isSentenceEnd(u[k]) { k += 1 }
        guard k < index.count, k < end + 60 else { return nil }
        while k < index.count, CharacterClass.isSentenceEnd(u[k]) || CharacterClass.isSpace(u[k]) || u[k] == 0x2A { k += 1 }
        guard k < index.count, Cue.enumerator(at: k, in: index) != nil, var f = enumerated(from: k, for: c),
              c.shape.expectedCounts.contains(f.items.count) else { return nil }
        if c.shape.kind == .counted, let g = c.shape.groups.first {
            let head = Array(u[g.body].filter { CharacterClass.isHan($0) })
            if head.count >= 2 {
                let probe = Array(head.suffix(head.count <= 3 ? head.count : 2))
                f.items = f.items.map { topicItem($0, head: probe) ?? $0 }
            }
        }
        f.fit = max(0, f.fit - 0.05)
        return f
    }

    /// A list without a cue, in the rest of this sentence or the next, that carries the
    /// label's frame characters.
    func implicitAfter(_ c: SloganCandidate, from end: Int) -> Found? {
        // The window must hold at least one character the label promises.
        let promised = frameCharacters(of: c.shape)
        guard !promised.isEmpty else { return nil }
        let n = index.count
        var e = end
        var sentences = 0
        let limit = nextDefinition(after: end, limit: min(n, end + 160))
        while e < limit {
            if CharacterClass.isSentenceEnd(u[e]) { sentences += 1; if sentences == 2 { break } }
            e += 1
        }
        guard (end..<e).contains(where: { promised.contains(u[$0]) }),
              (end..<e).contains(where: { CharacterClass.isItemSeparator(u[$0]) || u[$0] == 0x548C || u[$0] == 0x53CA }) else { return nil }
        var best: Found? = nil
        let minimum = c.shape.kind == .digitCode ? 0.95 : c.shape.kind == .counted ? 0.8 : 0.6
        func consider(_ items: [Range<Int>], clause: Range<Int>, minFrame: Double, whole: Bool = false) {
            let items = alignToFrame(trimTrailingGeneric(trimLeadingContext(items)), for: c.shape)
            // Without a cue, only short items read as a list (支农、支教、支医和扶贫).
            guard !items.isEmpty, items.reduce(0, { $0 + $1.count }) <= 10 * items.count else { return }
            guard let v = validator.evaluate(items, for: c.shape), v.countFit >= 0.9, v.frameFit >= max(minFrame, minimum) else { return }
            // An item that holds the label itself (…，建设“双创”基地) is a use of it, not one of its items.
            let keyUnits = Array(c.key.utf16)
            if keyUnits.count >= 2, v.items.contains(where: { validator.contains($0, keyUnits) }) { return }
            // A 、 list inside one clause is one list: all of it or none (积聚创新要素、创业人才、
            // 创造产业 is no list of 双创 in two items).
            if whole, v.items.count != items.count { return }
            // Nor does a list stop before a 、 or start after one.
            if let l = v.items.last, let f = v.items.first, v.items.count < items.count {
                var k = l.upperBound
                while k < index.count, k < clause.upperBound, !CharacterClass.isItemSeparator(u[k]) { k += 1 }
                if k < clause.upperBound, u[k] == 0x3001 { return }
                var j = f.lowerBound
                while j > clause.lowerBound, !CharacterClass.isItemSeparator(u[j - 1]) { j -= 1 }
                if j > clause.lowerBound, u[j - 1] == 0x3001 { return }
            }
            let f = Found(direction: .after, items: v.items, fit: v.fit, span: clause, consumedQuote: nil, frameFit: v.frameFit)
            if best == nil || f.fit > best!.fit { best = f }
        }
        var clauses = parser.split(end..<e, by: { $0 == 0x2C || $0 == 0x3002 || $0 == 0x3B })
        // A quoted list after the label (“三不”原则，“…不住…，不拿…，不多占…”): its clauses.
        for clause in clauses where CharacterClass.isOpeningQuote(u[clause.lowerBound]) {
            if let q = index.quote(openingAt: clause.lowerBound), q.content.count > 6 {
                let inner = parser.split(q.content, by: { $0 == 0x2C || $0 == 0x3B })
                if inner.count >= 2 { consider(inner, clause: q.content, minFrame: 0.8) }
            }
        }
        clauses = clauses.filter { !CharacterClass.isOpeningQuote(u[$0.lowerBound]) }
        for clause in clauses {
            for reading in parser.readings(of: clause) where reading.level <= 2 {
                consider(reading.items, clause: clause, minFrame: minimum, whole: reading.level == 2)
            }
        }
        // The rest of the sentence, item by item (“四议两公开”工作法，村党组织提议、…，决议公开、…).
        var sentenceEnd0 = end
        while sentenceEnd0 < e, !CharacterClass.isSentenceEnd(u[sentenceEnd0]) { sentenceEnd0 += 1 }
        let pieces = parser.split(end..<sentenceEnd0, by: { $0 == 0x3001 || $0 == 0x2C || $0 == 0x3B })
        if pieces.count >= 3 { consider(pieces, clause: end..<sentenceEnd0, minFrame: 0.8) }
        // The clauses themselves, after a head noun (“双随机、一公开”监管，随机抽取…，随机选派…，及时公布…).
        var sentenceEnd = end
        while sentenceEnd < e, !CharacterClass.isSentenceEnd(u[sentenceEnd]) { sentenceEnd += 1 }
        let inSentence = parser.split(end..<sentenceEnd, by: { $0 == 0x2C || $0 == 0x3B })
        if inSentence.count >= 3 {
            let items = inSentence.first.map { index.string($0).count <= 4 } == true ? Array(inSentence.dropFirst()) : inSentence
            if items.count >= 3 { consider(items, clause: end..<sentenceEnd, minFrame: 0.75) }
        }
        return best.flatMap { $0.fit >= 0.7 ? $0 : nil }
    }
}
