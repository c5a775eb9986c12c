/// Finds, for one candidate, the list it stands for: after it (cued, in a glossary entry,
/// or uncued but carrying the label's frame) or before it.
///
/// 例：`实施“6543”工程，即摸清“六涉”企业底数，制定“五张清单”，…` → after, four items;
/// `形式主义、官僚主义、享乐主义和奢靡之风这“四风”` → before, four items;
/// `5．**五网** 路网、航空网、能源保障网、水网、互联网。` → after (a glossary entry).
/// - Complexity: O(window) per candidate; windows are bounded, so O(n) per document.
struct ExpansionResolver {
    let index: DocumentIndex
    let parser: ListParser
    let validator: ExpansionValidator
    /// Where other labels start a definition of their own (“六治”即…): lists stop there.
    let definitionStarts: [Int]
    /// Whether the document has a glossary heading (名词解释, 注释, 释义).
    let hasGlossary: Bool
    /// Labels that are parts of longer labels in the document (一控 of 一控两减三基本): only
    /// these may be defined by a single item.
    let partKeys: Set<String>
    var u: [UInt16] { index.u }

    init(index: DocumentIndex, candidates: [SloganCandidate]) {
        self.index = index
        parser = ListParser(index: index)
        validator = ExpansionValidator(index: index)
        var starts: [Int] = []
        for c in candidates {
            var p = c.range.upperBound
            if p < index.count, CharacterClass.isClosingQuote(index.u[p]) || index.u[p] == 0x22 { p += 1 }
            if let cue = Cue.after(at: p, in: index), cue.strong {
                var s = c.range.lowerBound
                if s > 0, CharacterClass.isOpeningQuote(index.u[s - 1]) || index.u[s - 1] == 0x22 { s -= 1 }
                starts.append(s)
            }
        }
        for q in index.quotes where q.content.count <= 12 {
            if let cue = Cue.after(at: q.close + 1, in: index), cue.strong, cue.kind == .words { starts.append(q.open) }
        }
        definitionStarts = Array(Set(starts)).sorted()
        // Every substring of every key, looked up: linear in the number of keys.
        let keys = Set(candidates.map(\.key))
        var parts = Set<String>()
        for other in keys {
            let units = Array(other.utf16)
            guard units.count >= 3, units.count <= 16 else { continue }
            for a in 0..<units.count {
                for b in stride(from: a + 2, through: units.count, by: 1) where b - a < units.count {
                    let sub = SourceText.string(units[a..<b])
                    if keys.contains(sub) { parts.insert(sub) }
                }
            }
        }
        partKeys = parts
        hasGlossary = ["名词解释", "注释", "释义", "名词解析"].contains { w in
            let units = Array(w.utf16)
            var k = 0
            while k + units.count <= index.count { if index.has(units, at: k) { return true }; k += 1 }
            return false
        }
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
        /// Whether a cue, 这/等 or a quotation ties the list to the label.
        var marked = false
    }

    static let afterWindow = 320
    static let beforeWindow = 180

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

    /// The next definition start after `k`, or `limit`.
    func nextDefinition(after k: Int, limit: Int) -> Int {
        var lo = 0, hi = definitionStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if definitionStarts[mid] <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo < definitionStarts.count ? min(limit, definitionStarts[lo]) : limit
    }

    // MARK: After

    func after(_ c: SloganCandidate) -> Found? {
        let end = labelEnd(c)
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, best == nil || f.fit > best!.fit { best = f } }
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
        var starts = [end]
        var q = end
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
        if let b = best, b.fit >= 0.5 { return b }
        // No cue: a list in the same or the next sentence that carries the label's frame
        // (三支一扶 … 从事支农、支教、支医和扶贫工作).
        if let implicit = implicitAfter(c, from: end) { return implicit }
        return nil
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
        while p < index.count, CharacterClass.isSpace(u[p]) || u[p] == 0x3A { if u[p] == 0x3A { colon = true }; p += 1 }
        guard bold || colon, p < index.count, !CharacterClass.isLineEnd(u[p]) else { return nil }
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
        if end < index.count, CharacterClass.isOpeningQuote(u[end]), let q = index.quote(openingAt: end), q.content.count <= 12 { return true }
        let start = labelStart(c)
        if start > 0, CharacterClass.isClosingQuote(u[start - 1]), let q = index.quote(closingAt: start - 1), q.content.count <= 12 { return true }
        return false
    }

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
            return enumerated(from: start, for: c)
        case .words:
            // A quoted list right after the cue: 也就是“…；…；…”.
            if CharacterClass.isOpeningQuote(u[start]), let quote = index.quote(openingAt: start), quote.content.count > 6,
               let f = best(in: quote.content, for: c, direction: .after, strong: true) {
                return f
            }
            let limit = nextDefinition(after: start, limit: min(n, start + Self.afterWindow))
            var e = start
            while e < limit, !CharacterClass.isSentenceEnd(u[e]) { e += 1 }
            guard e > start else { return nil }
            return best(in: start..<e, for: c, direction: .after, strong: cue.strong, shared: shared)
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
                     span: start..<(verdict.items.last?.upperBound ?? start), consumedQuote: nil, marked: true)
    }

    /// The best reading of `range` as the label's list.
    /// - Parameter strong: the list is tied to the label by a strong cue (：, 即, 指, a bracket,
    ///   a glossary entry) or by 这/等: count alone may vouch for it. Otherwise a list made
    ///   of whole clauses must also carry the label's frame characters.
    func best(in range: Range<Int>, for c: SloganCandidate, direction: Expansion.Direction, strong: Bool,
              partial: Bool = false, shared: Bool = false) -> Found? {
        // Without a separator or a conjunction there is no list, only (after a strong cue) one item.
        let hasSeparator = range.contains { k in
            let ch = u[k]
            return CharacterClass.isItemSeparator(ch) || ch == 0x548C || ch == 0x53CA || ch == 0x4E0E || ch == 0x6216
        }
        if !hasSeparator && !(strong && direction == .after && partKeys.contains(c.key)) { return nil }
        var best: Found? = nil
        for reading in parser.readings(of: range) where (reading.level > 0 || (strong && direction == .after)) && (shared || reading.part != .tails) {
            // Without a cue or 这/等, a list before the label is a 、 list of its own clause,
            // or clauses that carry the label's frame (学…、学…，…改、…改，建…“三学三改三建”).
            let clauseBefore = !strong && direction == .before && reading.level >= 3
            // A clause holding a 、 list of its own reads as a list, not an item, unless the
            // label's frame says otherwise (三个不上会: …、…、…的不上会).
            let clausesHoldLists = reading.level >= 3 && reading.items.contains(where: { r in r.filter { u[$0] == 0x3001 }.count >= 2 })
            var items = trimRepeatedLabel(trimSharedTail(trimTrailingContext(trimLeadingContext(reading.items.map(trimParenthetical)))), c)
            let isPartial = partial || (reading.endsWithEtc && reading.level <= 2)
            // Items that hold the label itself (…，归纳为“10+2”项目) are not part of its list.
            let keyUnits = Array(c.key.utf16)
            if keyUnits.count >= 2, items.contains(where: { r in validator.contains(r, keyUnits) }) {
                items = items.filter { r in !validator.contains(r, keyUnits) }
                if items.isEmpty { continue }
            }
            guard let verdict = validator.evaluate(items, for: c.shape, partial: isPartial,
                                                   allowSingle: strong && direction == .after && partKeys.contains(c.key)) else { continue }
            if clauseBefore, verdict.frameFit < 0.9 || verdict.countFit < 0.9 { continue }
            if !strong, reading.level >= 3, verdict.frameFit < 0.5 { continue }
            if !strong, c.shape.kind == .digitCode, verdict.frameFit < 0.6 { continue }
            var fit = verdict.fit
            // A clean 、 list of three or more after a strong cue is a list even when its
            // count does not match the label's digits (“1310”工程：…十大重点工程).
            if strong, direction == .after, reading.level == 2, verdict.items.count >= 3, c.shape.kind == .digitCode {
                fit = max(fit, 0.55)
            }
            if reading.level == 2 { fit += 0.03 }   // a 、 list reads more like a list than clauses
            if shared, reading.part != .whole { fit += 0.05 }   // two labels, one list: each takes its half
            if clausesHoldLists, verdict.frameFit < 0.8 { fit -= 0.1 }
            let found = Found(direction: direction, items: verdict.items, fit: min(1, fit),
                              span: (verdict.items.first?.lowerBound ?? range.lowerBound)..<(verdict.items.last?.upperBound ?? range.upperBound),
                              consumedQuote: nil, marked: strong)
            if best == nil || found.fit > best!.fit { best = found }
        }
        return best
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
        func consider(_ items: [Range<Int>], clause: Range<Int>, minFrame: Double) {
            let items = trimTrailingGeneric(trimLeadingContext(items))
            // Without a cue, only short items read as a list (支农、支教、支医和扶贫).
            guard !items.isEmpty, items.reduce(0, { $0 + $1.count }) <= 10 * items.count else { return }
            guard let v = validator.evaluate(items, for: c.shape), v.countFit >= 0.9, v.frameFit >= max(minFrame, minimum) else { return }
            let f = Found(direction: .after, items: v.items, fit: v.fit, span: clause, consumedQuote: nil)
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
                consider(reading.items, clause: clause, minFrame: minimum)
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

    /// The characters a label's items would carry: its bodies and head (digits for codes).
    func frameCharacters(of shape: LabelShape) -> Set<UInt16> {
        if shape.kind == .digitCode { return Set("0123456789一二三四五六七八九十两".utf16) }
        var out = Set<UInt16>()
        for g in shape.groups {
            for k in g.body where CharacterClass.isHan(u[k]) && !ChineseNumeral.isNumeral(u[k]) { out.insert(u[k]) }
        }
        return out
    }

    // MARK: Before

    func before(_ c: SloganCandidate) -> Found? {
        var p = labelStart(c)
        // 这“四风”, 等“四个一”, 的“四不四争四先锋”, and spaces between.
        var sawDemonstrative = false
        var sawEtc = false
        var sawZhe = false
        while p > 0 {
            let ch = u[p - 1]
            if CharacterClass.isSpace(ch) { p -= 1; continue }
            if ch == 0x8FD9 || ch == 0x7B49 || ch == 0x7684 {   // 这 等 的
                sawDemonstrative = sawDemonstrative || ch != 0x7684
                sawEtc = sawEtc || ch == 0x7B49
                sawZhe = sawZhe || ch == 0x8FD9
                p -= 1
                continue
            }
            break
        }
        // ‘比项目、争速度，…’，这‘三比三争’: a comma between the list and 这.
        if sawDemonstrative, p > 1, u[p - 1] == 0x2C, CharacterClass.isClosingQuote(u[p - 2]) { p -= 1 }
        guard p > 0 else { return nil }
        // A quotation right before: “网格化、…、常态化”“五化并举”.
        if CharacterClass.isClosingQuote(u[p - 1]) || u[p - 1] == 0x22, let q = index.quote(closingAt: p - 1), q.content.count >= 3 {
            if var f = best(in: q.content, for: c, direction: .before, strong: true), f.fit >= 0.5 {
                f.consumedQuote = q
                return f
            }
        }
        // A modifier between the list and the label: 设基金、建基地、兴基业的物联网“三基工程”.
        var k = p - 1
        while k > max(0, p - 8), CharacterClass.isHan(u[k]) {
            if u[k] == 0x7684 { p = k; break }
            k -= 1
        }
        // The clause right before the label; further clauses only after 这 (…，是…途径，这“新四化”),
        // crossing one sentence end (…；比创业，看奉献。就是在这“六比六看”中).
        var best: Found? = nil
        var clauseEnd = p
        let floor = max(0, p - Self.beforeWindow)
        var clauses = 0
        var crossedSentence = false
        var budget = 2 * Self.beforeWindow   // units read as lists, so that dense text stays cheap
        while clauseEnd > floor, clauses < (sawZhe ? 4 : 1), budget > 0 {
            var a = clauseEnd
            while a > floor, !Self.isClauseBoundary(u[a - 1]) { a -= 1 }
            // Semicolon lists span several clauses: take the whole sentence too.
            var sentenceStart = a
            while sentenceStart > floor, !CharacterClass.isSentenceEnd(u[sentenceStart - 1]) { sentenceStart -= 1 }
            var ranges = [a..<clauseEnd]
            // Back to the sentence start after 这, or when the clause is the last of a
            // semicolon sequence (学…；…改；建…的“三学三改三建”).
            if sentenceStart < a, sawZhe || (a > 0 && u[a - 1] == 0x3B) { ranges.append(sentenceStart..<clauseEnd) }
            for range in ranges where range.count >= 2 && budget > 0 {
                budget -= range.count
                // A 、 list ending right at a quoted label is tied to it (…兜底保障“四重”机制).
                let adjacent = (c.isQuoted || c.shape.kind == .multiPart || (c.shape.kind == .compact && c.key.hasPrefix("双")))
                    && range.upperBound == labelStart(c)
                if var f = self.best(in: range, for: c, direction: .before, strong: sawDemonstrative, partial: sawEtc),
                   best == nil || f.fit > best!.fit + (clauses > 0 ? 0.05 : 0) {
                    if adjacent { f.marked = true }
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
        best.marked = best.marked || sawDemonstrative
        return best
    }

    static func isClauseBoundary(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || CharacterClass.isSentenceEnd(c)
    }

    /// The first item of a list often carries the words that introduce the list
    /// (致力重点项目大突破, 一是有序实施政务活动决策, 即在监管过程中随机抽取检查对象): cut after
    /// the last introducing verb or particle, then to the length of the others at word
    /// boundaries (twice their length, or one more character when they are short).
    func trimLeadingContext(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2 else { return items }
        let longest = items.dropFirst().map(\.count).max() ?? 0
        var first = items[0]
        let limit = longest <= 3 ? longest + 1 : 2 * longest + 2
        let sorted = items.dropFirst().map(\.count).sorted()
        let median = sorted[sorted.count / 2]
        guard first.count > max(median, 1) else { return items }
        // After the last introducing word inside the item.
        var k = first.lowerBound
        var cut = first.lowerBound
        while k < first.upperBound {
            let e = min(index.wordEnd(after: k), first.upperBound)
            let word = index.string(k..<e)
            if e < first.upperBound, SloganLexicon.leadParticles.contains(word) || SloganLexicon.leadVerbs.contains(word) { cut = e }
            k = e
        }
        if first.upperBound - cut >= 1 { first = cut..<first.upperBound }
        // Then by length, from the right, whole words.
        if first.count > limit, first.count > longest + 1 {
            var a = first.upperBound
            while a > first.lowerBound {
                let s = max(index.wordStartOffset(at: a - 1), first.lowerBound)
                if first.upperBound - s > limit { break }
                if CharacterClass.isPunctuation(u[s]), !CharacterClass.isQuote(u[s]) { break }
                // Take a word only if it brings the item nearer the others' length (高血压, not 点高血压).
                if a < first.upperBound, abs(first.upperBound - s - median) >= abs(first.upperBound - a - median) { break }
                a = s
            }
            if a < first.upperBound { first = a..<first.upperBound }
        }
        var out = items
        out[0] = first
        return out
    }

    /// The last item may run on past the list (社区工作人员统一纳入城市管理网格化中): when it is
    /// far longer than the others, keep its first words up to their length.
    func trimTrailingContext(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 3, let last = items.last else { return items }
        let longest = items.dropLast().map(\.count).max() ?? 0
        guard last.count >= longest + 10, Double(last.count) > 1.8 * Double(longest) else { return items }
        var b = last.lowerBound
        while b < last.upperBound {
            let e = min(index.wordEnd(after: b), last.upperBound)
            if e - last.lowerBound > longest + 1 { break }
            let word = index.string(b..<e)
            if b > last.lowerBound, SloganLexicon.leadParticles.contains(word) || SloganLexicon.leadVerbs.contains(word) { break }
            b = e
        }
        guard b > last.lowerBound else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<b
        return out
    }

    /// A long parenthetical at the end of an item is a comment, not part of it
    /// (开办企业3个工作日内完成（包含办理名称预先核准、…）).
    func trimParenthetical(_ r: Range<Int>) -> Range<Int> {
        guard r.count > 8, u[r.upperBound - 1] == 0x29 else { return r }
        var k = r.upperBound - 2
        while k > r.lowerBound, u[k] != 0x28 { k -= 1 }
        guard u[k] == 0x28, r.upperBound - k - 2 >= 6, k - r.lowerBound >= 2 else { return r }
        return parser.trim(r.lowerBound..<k)
    }

    /// The last item may carry the predicate all items share (…、公务招待产生的费用): when no
    /// other item has 的, cut a short 的-noun tail and the verb before it.
    func trimSharedTail(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        if items.dropLast().contains(where: { r in r.contains { u[$0] == 0x7684 } }) { return items }
        var k = last.upperBound - 1
        while k > last.lowerBound, last.upperBound - k <= 4, u[k] != 0x7684 { k -= 1 }
        guard u[k] == 0x7684, last.upperBound - k - 1 >= 1, last.upperBound - k - 1 <= 3, k - last.lowerBound >= 3 else { return items }
        var end = k
        for verb in ["产生", "形成", "发生", "造成", "带来", "所需", "支出", "涉及"] where index.has(Array(verb.utf16), endingAt: end) {
            end -= verb.count
            break
        }
        guard end - last.lowerBound >= 2 else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<end
        return out
    }

    /// The last item may end with the label again or with the predicate the items share
    /// (…、经营权三权分置; 经济总量、人均均量、运行质量同步提升).
    func trimRepeatedLabel(_ items: [Range<Int>], _ c: SloganCandidate) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        let longest = items.dropLast().map(\.count).max() ?? 0
        let key = Array(c.key.utf16)
        var end = last.upperBound
        if key.count >= 2, last.count > key.count + 1, index.has(key, endingAt: end) { end -= key.count }
        if end == last.upperBound, last.count >= longest + 3 {
            for verb in SloganLexicon.sharedPredicates where last.count > verb.count + 1 && index.has(Array(verb.utf16), endingAt: end) {
                end -= verb.count
                for adverb in ["同步", "协调", "共同", "一起", "齐头"] where index.has(Array(adverb.utf16), endingAt: end) {
                    end -= adverb.count
                    break
                }
                break
            }
        }
        guard end < last.upperBound, end - last.lowerBound >= 2 else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<end
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
