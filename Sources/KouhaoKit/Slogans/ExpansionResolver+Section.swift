/// Lists spread over a section: a heading or a short topic sentence names a counted label,
/// and the sentences that follow open with its items, each ending with the label's head.
///
/// 例：`（三）实施“三大行动”。开展街巷整治行动。改造老旧小区40个。推进河湖清洁行动。…实施绿化提升行动。…`
/// → 街巷整治行动 | 河湖清洁行动 | 绿化提升行动; `打赢三大攻坚战⏎一是打好…攻坚战。…二是…` likewise.
/// - Complexity: O(sectionWindow) per counted label that ends a short sentence.
extension ExpansionResolver {
    static let sectionWindow = 2400

    func sectionItems(_ c: SloganCandidate) -> Found? {
        guard c.shape.kind == .counted, let g = c.shape.groups.first, let n = g.value, n >= 2, n <= 12 else { return nil }
        var fullHead = Array(u[g.body].filter { CharacterClass.isHan($0) })
        guard fullHead.count >= 2 else { return nil }
        let count = index.count
        // The label stands in a short sentence (a heading or a topic sentence), or in one
        // followed by an enumeration (…纵深推进“六大工程”，打造…。一是…).
        var s = labelStart(c)
        while s > 0, c.range.lowerBound - s <= 40, !Self.endsSentence(u[s - 1]) { s -= 1 }
        guard s == 0 || Self.endsSentence(u[s - 1]) else { return nil }
        var e = labelEnd(c)
        while e < count, e - c.range.upperBound <= 40, !Self.endsSentence(u[e]) { e += 1 }
        guard e >= count || Self.endsSentence(u[e]) else { return nil }
        if c.range.lowerBound - s > 20 || e - c.range.upperBound > 16 {
            var k = e
            while k < count, Self.endsSentence(u[k]) || CharacterClass.isSpace(u[k]) || u[k] == 0x2A { k += 1 }
            guard k < count, Cue.enumerator(at: k, in: index) != nil else { return nil }
        }
        // A heading's label may go on to the end of it (大力推进三大国际战略枢纽建设。: the head is
        // 国际战略枢纽建设).
        let rest = labelEnd(c)..<e
        if !rest.isEmpty, rest.count <= 6, rest.allSatisfy({ CharacterClass.isHan(u[$0]) || u[$0] == 0x2A }) {
            fullHead += rest.map { u[$0] }.filter { CharacterClass.isHan($0) }
        }
        // The items end with the head's last two characters (…行动; 国际航运枢纽 for …战略枢纽),
        // or, when the head ends with a generic word, with the two before it (五大国家级改革试点 →
        // 深化金融综合改革; …枢纽建设 → …枢纽).
        var heads = [Array(fullHead.suffix(fullHead.count <= 3 ? fullHead.count : 2))]
        if fullHead.count >= 4, Self.genericTails.contains(where: { fullHead.suffix(2).elementsEqual($0) }) {
            heads.insert(Array(fullHead.dropLast(2).suffix(2)), at: 0)
        }
        // The sentences that follow, up to the next section heading: those whose first clause
        // ends with the head (or the head and one more character: 攻坚 → …攻坚战).
        var items: [Range<Int>] = []
        var k = e
        let limit = min(count, e + Self.sectionWindow)
        while k < limit {
            let lineStart = k > 0 && CharacterClass.isLineEnd(u[k - 1])
            while k < limit, Self.endsSentence(u[k]) || CharacterClass.isSpace(u[k]) { k += 1 }
            guard k < limit else { break }
            if (lineStart || k > 0 && CharacterClass.isLineEnd(u[k - 1])) && isSectionHeading(at: k) { break }
            // The first clause of the sentence at k.
            var ce = k
            while ce < limit, !Self.endsSentence(u[ce]), u[ce] != 0x2C, u[ce] != 0x3B, u[ce] != 0x3A { ce += 1 }
            if let item = heads.lazy.compactMap({ self.topicItem(k..<ce, head: $0) }).first {
                if items.count == n { return nil }   // more than the label counts: not its list
                items.append(item)
            }
            // On to the next sentence.
            var ne = ce
            while ne < limit, !Self.endsSentence(u[ne]) { ne += 1 }
            k = ne
        }
        guard items.count == n else { return nil }
        // Sentences opening alike (我们要打造全省重要的区域性…中心) share their frame, not their items.
        items = trimSharedOpening(items, keep: frameCharacters(of: c.shape))
        let keyUnits = Array(c.key.utf16)
        guard !items.contains(where: { validator.contains($0, keyUnits) }) else { return nil }
        return Found(direction: .after, items: items, fit: 0.7, span: items.first!.lowerBound..<items.last!.upperBound,
                     consumedQuote: nil, marked: true)
    }

    /// Words after a head that add nothing to it (…枢纽建设, …改革试点).
    static let genericTails: [[UInt16]] = ["建设", "工作", "试点"].map { Array($0.utf16) }

    static func endsSentence(_ c: UInt16) -> Bool {
        CharacterClass.isSentenceEnd(c) || CharacterClass.isLineEnd(c)
    }

    /// A numbered heading at a line start: （四）, (4), 四、, 4., or a bold run-in head.
    func isSectionHeading(at k: Int) -> Bool {
        // A bold run-in head (**大力推进…。**) opens a section too.
        if k + 1 < index.count, u[k] == 0x2A, u[k + 1] == 0x2A { return true }
        var p = k
        if p < index.count, u[p] == 0xFF08 || u[p] == 0x28 { p += 1 }
        let numStart = p
        while p < index.count, p - numStart < 3, ChineseNumeral.isNumeral(u[p]) || CharacterClass.isDigit(u[p]) { p += 1 }
        guard p > numStart, p < index.count else { return false }
        return u[p] == 0xFF09 || u[p] == 0x29 || u[p] == 0x3001 || u[p] == 0x2E || u[p] == 0xFF0E
    }

    /// A clause that names one item: short, ending with the head, after an enumerator and
    /// adverbs and one introducing verb (一是全力打好精准脱贫攻坚战 → 精准脱贫攻坚战).
    func topicItem(_ clause: Range<Int>, head: [UInt16]) -> Range<Int>? {
        var r = parser.trim(clause)
        // A generic word after the head (推进国际航运枢纽建设 → 国际航运枢纽).
        for tail in Self.genericTails where r.count > tail.count + head.count && index.has(tail, endingAt: r.upperBound)
            && index.has(Array(head.suffix(2)), endingAt: r.upperBound - tail.count) {
            r = r.lowerBound..<(r.upperBound - tail.count)
            break
        }
        guard r.count > head.count + 1, r.count <= head.count + 18 else { return nil }
        let endsWithHead = index.has(head, endingAt: r.upperBound)
            || (CharacterClass.isHan(u[r.upperBound - 1]) && index.has(head, endingAt: r.upperBound - 1))
        guard endsWithHead else { return nil }
        // 一是, 二要, 三、
        if r.count > 2, ChineseNumeral.isNumeral(u[r.lowerBound]), "是要、".utf16.contains(u[r.lowerBound + 1]) {
            r = (r.lowerBound + 2)..<r.upperBound
        }
        // Adverbs, then one verb (全力打好…, 抓好…), never into the head.
        var verbs = 0
        while verbs < 1, let w = SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound - head.count - 1, in: index) {
            if !SloganLexicon.leadAdverbs.contains(w.word) { verbs += 1 }
            r = w.end..<r.upperBound
        }
        return r.count > head.count ? r : nil
    }
}

/// A label that heads its own line (a title: **昆明市2018年十件惠民实事**) followed by numbered
/// headings in order (一、…  二、…, （一）…（二）…): the headings are its items when there are
/// exactly as many as it counts.
///
/// 例：`松岭县三件民生实事` / `一、新建社区食堂` / `（正文）` / `二、改造老旧小区` / … / `三、新增停车位`
/// → 新建社区食堂 | 改造老旧小区 | 新增停车位.
extension ExpansionResolver {
    func numberedHeadings(_ c: SloganCandidate) -> Found? {
        guard c.shape.kind == .counted, let n = c.shape.expectedCounts.first, (2...12).contains(n) else { return nil }
        let count = index.count
        // The label's line holds little else: a title. (Both scans stop after 16 characters
        // more than the label, so a text without line ends costs no more than a title does.)
        let slack = 16
        let start = labelStart(c), end = labelEnd(c)
        var ls = start
        while ls > 0, start - ls <= slack, !CharacterClass.isLineEnd(u[ls - 1]) { ls -= 1 }
        var le = end
        while le < count, le - end <= slack, !CharacterClass.isLineEnd(u[le]) { le += 1 }
        guard ls == 0 || CharacterClass.isLineEnd(u[ls - 1]), le < count, CharacterClass.isLineEnd(u[le]),
              le - ls <= c.range.count + slack else { return nil }
        let numerals: [UInt16] = Array("一二三四五六七八九十".utf16)
        var items: [Range<Int>] = []
        var k = le
        // At most 12,000 characters and 80 lines ahead (the cost per title stays bounded
        // even when every line is one).
        let limit = min(count, le + 12_000)
        var lines = 0
        while k < limit, items.count < n, lines < 80 {
            lines += 1
            // The next line start.
            while k < limit, !CharacterClass.isLineEnd(u[k]) { k += 1 }
            while k < limit, CharacterClass.isLineEnd(u[k]) || CharacterClass.isSpace(u[k]) { k += 1 }
            guard k < limit else { break }
            var p = k
            while p < limit, u[p] == 0x2A { p += 1 }
            // 一、 / （一） numbered as the next item, with numerals up to 十 (and 十一, 十二).
            let want = items.count + 1
            let digits: [UInt16] = want <= 10 ? [numerals[want - 1]] : [numerals[9], numerals[want - 11]]
            var q = p
            let bracket = q < limit && (u[q] == 0x28 || u[q] == 0xFF08)
            if bracket { q += 1 }
            guard q + digits.count < limit, Array(u[q..<(q + digits.count)]) == digits else { continue }
            q += digits.count
            if bracket { guard u[q] == 0x29 || u[q] == 0xFF09 else { continue }; q += 1 } else {
                guard u[q] == 0x3001 || u[q] == 0xFF0E || u[q] == 0x2E else { continue }
                q += 1
            }
            // The heading: to the line end or the first sentence end, without bold marks.
            var e = q
            while e < limit, !CharacterClass.isLineEnd(u[e]), !CharacterClass.isSentenceEnd(u[e]), u[e] != 0x2A { e += 1 }
            let item = parser.trim(q..<e)
            guard item.count >= 2, item.count <= 30 else { return nil }
            items.append(item)
            k = e
        }
        guard items.count == n else { return nil }
        return Found(direction: .after, items: items, fit: 0.8, span: items.first!.lowerBound..<items.last!.upperBound,
                     consumedQuote: nil, marked: true)
    }
}
