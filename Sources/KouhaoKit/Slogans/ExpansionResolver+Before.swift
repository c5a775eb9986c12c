/// Lists before a label: a quotation right before it, the clause before it, or — after 这 —
/// clauses further back, across one sentence end.
///
/// 例：`形式主义、官僚主义、享乐主义和奢靡之风这“四风”`; `“网格化、…”“五化并举”`.
extension ExpansionResolver {
    func before(_ c: SloganCandidate) -> Found? {
        var p = labelStart(c)
        // A label joined to the words before it by 、 or a conjunction is one more member of
        // their enumeration, not its name (马克思列宁主义、毛泽东思想、邓小平理论和“三个代表”重要思想;
        // 国防动员、人民防空、双拥共建).
        var j = p
        while j > 0, CharacterClass.isSpace(u[j - 1]) { j -= 1 }
        if j > 0, Self.joinsEnumeration(u[j - 1]) { return nil }
        // 这“四风”, 等“四个一”, 的“四不四争四先锋”, and spaces between.
        var sawDemonstrative = false
        var sawEtc = false
        var sawZhe = false
        var sawDe = false
        while p > 0 {
            let ch = u[p - 1]
            if CharacterClass.isSpace(ch) { p -= 1; continue }
            if ch == 0x8FD9 || ch == 0x7B49 || ch == 0x7684 {   // 这 等 的
                sawDemonstrative = sawDemonstrative || ch != 0x7684
                sawEtc = sawEtc || ch == 0x7B49
                sawZhe = sawZhe || ch == 0x8FD9
                sawDe = sawDe || ch == 0x7684
                p -= 1
                continue
            }
            break
        }
        let compoundsEnd = p
        // A list named, then the label after 即 (由东、西、南3个片区组成，即“一城三片”): the cue
        // ties the clause before it to the label.
        for cue in Self.namingCues where p > cue.count + 1 && index.has(cue, endingAt: p) && u[p - cue.count - 1] == 0x2C {
            p -= cue.count + 1
            sawDemonstrative = true
            break
        }
        // ‘比项目、争速度，…’，这‘三比三争’: a comma between the list and 这.
        if sawDemonstrative, p > 1, u[p - 1] == 0x2C, CharacterClass.isClosingQuote(u[p - 2]) { p -= 1 }
        guard p > 0 else { return nil }
        // Quotations side by side before a count: “甲”“乙”“丙”三项工程.
        if !c.isQuoted, let chain = quotedChainBefore(c, end: p) { return chain }
        // A quotation right before: “网格化、…、常态化”“五化并举”.
        if CharacterClass.isClosingQuote(u[p - 1]) || u[p - 1] == 0x22, let q = index.quote(closingAt: p - 1), q.content.count >= 3 {
            if var f = best(in: q.content, for: c, direction: .before, strong: true), f.fit >= 0.5 {
                f.consumedQuote = q
                return f
            }
        }
        // A modifier between the list and the label: 设基金、建基地、兴基业的物联网“三基工程”; not
        // after a 的 that ends the list (…、最严厉的处罚、最严肃的问责的“四个最严”).
        var k = p - 1
        while !sawDe, k > max(0, p - 8), CharacterClass.isHan(u[k]) {
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
            // A quoted label that opens its clause: the 、 list of the clause before, when it
            // fits well (大力开展大众创业、万众创新，“双创”基地达到100个).
            if clauses == 0, a == clauseEnd, c.isQuoted, !sawDemonstrative, a > 1, u[a - 1] == 0x2C {
                var b = a - 1
                while b > max(floor, a - 40), !Self.isClauseBoundary(u[b - 1]) { b -= 1 }
                if b < a - 1, b == 0 || Self.isClauseBoundary(u[b - 1]),
                   let f = self.best(in: b..<(a - 1), for: c, direction: .before, strong: false), f.fit >= 0.8,
                   f.items.count >= 2, (b..<(a - 1)).contains(where: { u[$0] == 0x3001 }) {
                    best = f
                }
                break
            }
            if CharacterClass.isSentenceEnd(u[a - 1]) {
                if crossedSentence { break }
                crossedSentence = true
            }
            clauseEnd = a - 1
            clauses += 1
        }
        // Side by side without separators: only right before the label (面向大众的“双创” is a modifier).
        guard var best, best.fit >= 0.5 else { return labelStart(c) == compoundsEnd ? compoundsBefore(c, end: compoundsEnd) : nil }
        // Verbs the label is the object of are no list (落实和完善“双创”政策).
        if best.items.allSatisfy({ r in
            let w = index.string(r)
            return SloganLexicon.leadVerbs.contains(w) || SloganLexicon.itemVerbs.contains(w) || SloganLexicon.listVerbs.contains(w)
        }) { return nil }
        // A list whose last item is a verb (with an adverb at most) taking the label as its object,
        // after longer clauses, is an enumeration of clauses the label belongs to (全面建成小康社会、
        // 实现“两个一百年”奋斗目标); not when the items carry the label's frame (建好、管好、护好、
        // 运营好“四好农村路”) or are words like it (产业、人才、文化、生态、组织“五大振兴”).
        if let last = best.items.last, best.items.count >= 2, best.frameFit < 0.5, !sawDemonstrative {
            var gap = last.upperBound
            while gap < j, CharacterClass.isSpace(u[gap]) || CharacterClass.isOpeningQuote(u[gap]) || u[gap] == 0x22 { gap += 1 }
            let others = best.items.dropLast().map(\.count).sorted()
            let w = index.string(last)
            if gap >= j, last.count <= 4, others[others.count / 2] > last.count + 2, SloganLexicon.leadVerbs.containsSuffix(of: w) {
                return nil
            }
        }
        best.marked = best.marked || sawDemonstrative
        return best
    }

    /// Cues that name what was just listed: …，即“一城三片”; …，也就是“三个一”.
    static let namingCues: [[UInt16]] = ["也就是", "就是", "即"].map { Array($0.utf16) }

    /// A chain of short quotations right before a counted label, one item each
    /// (“茶乡工匠”“山城巧手”“溪岸厨娘”三项工程; “蓝天”、“碧水”五项计划), when their number is the count.
    func quotedChainBefore(_ c: SloganCandidate, end: Int) -> Found? {
        guard c.shape.kind == .counted || c.shape.kind == .compact, let n = c.shape.expectedCounts.first, n >= 2,
              end > 0, CharacterClass.isClosingQuote(u[end - 1]) else { return nil }
        var items: [Range<Int>] = []
        var k = end
        while items.count <= n, k > 0, CharacterClass.isClosingQuote(u[k - 1]), let q = index.quote(closingAt: k - 1),
              (1...12).contains(q.content.count), !q.content.contains(where: { CharacterClass.isItemSeparator(u[$0]) || CharacterClass.isQuote(u[$0]) }) {
            items.insert(q.content, at: 0)
            k = q.open
            if k > 0, u[k - 1] == 0x3001 || Self.joinsLabelsBefore(u[k - 1]) { k -= 1 }
        }
        guard items.count == n else { return nil }
        // Counts of ordinary things are no programme (“甲”“乙”“丙”三项重要指标).
        if let g = c.shape.groups.first {
            var k = g.body.lowerBound
            while k < g.body.upperBound {
                let e = min(index.wordEnd(after: k), g.body.upperBound)
                if SloganLexicon.ordinaryHeads.contains(u[k..<e]) { return nil }
                k = e
            }
        }
        return Found(direction: .before, items: items, fit: 0.9, span: items[0].lowerBound..<end, consumedQuote: nil, marked: true,
                     frameFit: validator.frameFit(items, c.shape))
    }

    static func joinsLabelsBefore(_ c: UInt16) -> Bool { c == 0x548C || c == 0x4E0E || c == 0x53CA }

    /// Units that join a label to an enumeration before it: 、 和 及 与.
    static func joinsEnumeration(_ ch: UInt16) -> Bool {
        ch == 0x3001 || ch == 0x548C || ch == 0x53CA || ch == 0x4E0E
    }

    /// Items written side by side without separators right before a label (统筹国内国际两个大局
    /// → 国内 | 国际; 医疗教育法律“三进村” → 医疗 | 教育 | 法律): exactly as many two-character
    /// words as the label counts, none of them a verb, after the verb that takes them.
    func compoundsBefore(_ c: SloganCandidate, end: Int) -> Found? {
        guard c.shape.kind == .counted || c.shape.kind == .compact, let n = c.shape.expectedCounts.first, (2...4).contains(n) else { return nil }
        func isVerb(_ w: ArraySlice<UInt16>) -> Bool {
            SloganLexicon.introducingWords.contains(w) || SloganLexicon.policyVerbs.contains(w) || SloganLexicon.openingWords.contains(w)
        }
        var items: [Range<Int>] = []
        var k = end
        while items.count < n {
            let s = k - 2
            guard s >= 0, CharacterClass.isHan(u[s]), CharacterClass.isHan(u[s + 1]), !ChineseNumeral.isNumeral(u[s]),
                  index.isWordStart(s), !index.isWordStart(s + 1), k == end || index.isWordStart(k), !isVerb(u[s..<k]) else { return nil }
            items.insert(s..<k, at: 0)
            k = s
        }
        // A verb takes them as its object (统筹国内国际…, 开展医疗教育法律…): not the clause start
        // (引入优质“双创”服务 is no list).
        guard k > 0, CharacterClass.isHan(u[k - 1]), isVerb(u[index.wordStartOffset(at: k - 1)..<k]) else { return nil }
        guard Set(items.map { index.string($0) }).count == n else { return nil }
        return Found(direction: .before, items: items, fit: 0.6, span: items[0].lowerBound..<end, consumedQuote: nil, marked: false)
    }

    static func isClauseBoundary(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || CharacterClass.isSentenceEnd(c)
    }
}
