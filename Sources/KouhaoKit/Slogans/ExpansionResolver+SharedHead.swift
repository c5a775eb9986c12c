/// Items named in the sentences after a counted label as noun phrases that end with the
/// label's head, spread over clauses and coordinations without one list of their own.
///
/// 例：`巩固提升“三大产业基地”。以松岭物流基地和青川旅游基地建设为重点；加快湾区制造业基地建设。`
/// → 松岭物流基地 | 青川旅游基地 | 湾区制造业基地 (three phrases ending with 基地, as many as
/// the label counts).
/// - Complexity: O(sharedHeadWindow) per counted label.
extension ExpansionResolver {
    /// How far after the label the phrases are looked for (within its paragraph).
    static let sharedHeadWindow = 1500

    /// Prepositions before an item that introduce it (以…为重点, 把…作为, 将…打造成).
    static let headPrepositions: Set<UInt16> = Set("以把将在对向为使让由从".utf16)

    func sharedHeadItems(_ c: SloganCandidate) -> Found? {
        // Three or more things (two phrases with one head are often one contrast: 国内国际两个市场),
        // counted as a set (not tiers: 三级医疗服务).
        guard c.shape.kind == .counted, c.shape.groups.count == 1, let g = c.shape.groups.first, let m = g.measure,
              !(m.count == 1 && u[m.lowerBound] == 0x7EA7), let n = g.value, (3...10).contains(n), g.body.count >= 2,
              u[g.body].allSatisfy({ CharacterClass.isHan($0) && !ChineseNumeral.isNumeral($0) }) else { return nil }
        // The head: the body's last two characters (产业基地 → 基地, 科学城 → 学城); a verb or a
        // generic tail (建设, 升级) heads no names of things.
        let head = Array(u[(g.body.upperBound - 2)..<g.body.upperBound])
        let headSlice = u[(g.body.upperBound - 2)..<g.body.upperBound]
        guard !SloganLexicon.introducingWords.contains(headSlice), !SloganLexicon.countingVerbs.contains(headSlice),
              !Self.genericTails.contains(head), !Self.predicateHeads.contains(headSlice) else { return nil }
        let keyUnits = Array(c.key.utf16)
        let count = index.count
        let start = labelEnd(c)
        var end = start
        while end < count, end - start < Self.sharedHeadWindow, !CharacterClass.isLineEnd(u[end]) { end += 1 }
        // The whole paragraph or nothing: a count over part of it proves nothing.
        guard end >= count || CharacterClass.isLineEnd(u[end]) else { return nil }
        var items: [Range<Int>] = []
        var texts: [[UInt16]] = []
        var k = start + head.count
        while k <= end {
            defer { k += 1 }
            guard index.has(head, endingAt: k) else { continue }
            // The phrase ends at a word end (…科学城发展空间, not …基地化).
            guard k >= count || !CharacterClass.isHan(u[k]) || index.isWordStart(k) else { continue }
            // Another mention of the label (or of a counted set with the same head) names no item.
            if index.has(keyUnits, endingAt: k) { continue }
            guard let item = sharedHeadPhrase(endingAt: k, from: start, headLength: head.count) else { return nil }
            let text = Array(u[item])
            // The label's own body (…提升科学城发展活力) or a bare head names the set, not an item.
            if item.count < head.count + 2 || u[g.body].count >= text.count && Array(u[g.body].suffix(text.count)) == text { continue }
            // A category (…等特色产业) is no item.
            if text.contains(0x7B49) { return nil }
            if !texts.contains(text) { items.append(item); texts.append(text) }
        }
        // A shorter mention of an item (科学城 after 怀柔科学城) is the same item.
        var keep: [Int] = []
        for (i, t) in texts.enumerated() where !texts.enumerated().contains(where: { j, o in
            j != i && o.count > t.count && Array(o.suffix(t.count)) == t
        }) { keep.append(i) }
        guard keep.count == n else { return nil }
        let found = keep.map { items[$0] }
        guard !found.contains(where: { validator.contains($0, keyUnits) }) else { return nil }
        return Found(direction: .after, items: found, fit: 0.6,
                     span: found.first!.lowerBound..<found.last!.upperBound, consumedQuote: nil, marked: false)
    }

    /// Heads that are predicates, not things (升级, 提升, 推进, 入选).
    static let predicateHeads: WordSet = ["升级", "提升", "推进", "入选", "突破", "强劲", "为主", "全面", "发展", "服务", "工作",
                                          "协同", "联动", "融合", "并举", "共享", "共治", "同步"]

    /// Particles and enumerators before a phrase (即, 是, 一是).
    static func enumeratorEnd(at k: Int, before limit: Int, in index: DocumentIndex) -> Int? {
        let u = index.u
        if u[k] == 0x5373 || u[k] == 0x662F { return k + 1 }   // 即, 是
        if k + 2 <= limit, ChineseNumeral.isNumeral(u[k]), u[k + 1] == 0x662F { return k + 2 }   // 一是
        return nil
    }

    /// The noun phrase ending at `e` with the head: back to a punctuation mark, a conjunction
    /// (和, 与, 及, 或) or 的, then without introducing words, verbs and prepositions; nil when
    /// it is no name of a thing (holds a count, an ordinal, or is too long).
    func sharedHeadPhrase(endingAt e: Int, from lowest: Int, headLength: Int) -> Range<Int>? {
        var s = e
        while s > lowest, e - s < 18, CharacterClass.isHan(u[s - 1]) {
            let ch = u[s - 1]
            if (ch == 0x548C || ch == 0x4E0E || ch == 0x53CA || ch == 0x6216) && index.isWordStart(s - 1) && index.isWordStart(s) { break }
            if ch == 0x7684 { break }   // 的
            s -= 1
        }
        guard e - s < 18 else { return nil }
        // In a coordination, the member before must end with the head too (甲基地、乙基地); else
        // the head is the whole coordination's (大气、水、土壤协同): no item of its own.
        // (After 和/与/及 the member before may be a verb: 拓展和优化甲科学城.)
        if s > lowest, u[s - 1] == 0x3001 {
            guard index.has(Array(u[(e - headLength)..<e]), endingAt: s - 1) else { return nil }
        }
        // Introducing words, verbs and prepositions before the phrase (全面落实, 以, 加快建设).
        var r = s..<e
        var steps = 0
        while steps < 5, r.count > headLength {
            steps += 1
            if let w = SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound - headLength, in: index, extra: SloganLexicon.openingWords)
                ?? SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound - headLength, in: index, extra: SloganLexicon.countingVerbs) {
                r = w.end..<r.upperBound
                continue
            }
            if let e = Self.enumeratorEnd(at: r.lowerBound, before: r.upperBound - headLength, in: index) {
                r = e..<r.upperBound
                continue
            }
            if Self.headPrepositions.contains(u[r.lowerBound]), index.isWordStart(r.lowerBound + 1) {
                r = (r.lowerBound + 1)..<r.upperBound
                continue
            }
            break
        }
        guard r.count <= 12 else { return nil }
        // A count or an ordinal (四大中心, 第一板块) names a set or a position, not an item.
        for k in r where ChineseNumeral.isNumeral(u[k]) || CharacterClass.isDigit(u[k]) {
            if k + 1 < r.upperBound, SloganLexicon.countMeasures.contains(u[(k + 1)..<(k + 2)]) { return nil }
            if k > r.lowerBound, u[k - 1] == 0x7B2C { return nil }
            if CharacterClass.isDigit(u[k]) { return nil }
        }
        return r
    }
}
