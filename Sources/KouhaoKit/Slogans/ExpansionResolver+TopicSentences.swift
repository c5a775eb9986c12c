/// Lists spread over a section as topic sentences, without list punctuation: a heading or the
/// last sentence of a paragraph names a counted label and each following paragraph opens with
/// one of its items; or a run-in topic sentence names it and the items are the subjects of
/// short sentences of its paragraph that share their predicate's shape.
///
/// 例：
/// - `（二）坚持“三轮驱动”` / `做强松岭投资。…` / `做强松岭消费。…` / `做强松岭出口。…` / `（三）…`
///   → 松岭投资 | 松岭消费 | 松岭出口 (paragraph openers, as many as the label counts);
/// - `“一湖两岸”建设加快。湖区治理稳中提质。…东岸开发稳中有进。…西岸开发稳中向好。…`
///   → 湖区治理 | 东岸开发 | 西岸开发 (the predicates all open with 稳中).
/// - Complexity: O(sectionWindow) per counted label in a heading or a topic sentence.
extension ExpansionResolver {
    /// One sentence of a section (without its end mark and bold marks).
    struct SectionSentence {
        var range: Range<Int>
        /// Whether it opens its paragraph.
        var opensParagraph: Bool
        /// The paragraph's index within the section.
        var paragraph: Int
        /// Whether it is one clause (no ，；： inside).
        var oneClause: Bool
    }

    func topicSentenceItems(_ c: SloganCandidate) -> Found? {
        guard [.counted, .frame, .multiPart, .compact].contains(c.shape.kind), !c.shape.hasDigits,
              let n = c.shape.expectedCounts.first, (2...12).contains(n) else { return nil }
        let count = index.count
        let start = labelStart(c), end = labelEnd(c)
        // The label's sentence: whether it opens and whether it ends its paragraph.
        var s = start
        while s > 0, start - s <= 120, !Self.endsSentence(u[s - 1]) { s -= 1 }
        guard s == 0 || Self.endsSentence(u[s - 1]) else { return nil }
        var e = end
        while e < count, e - end <= 120, !Self.endsSentence(u[e]) { e += 1 }
        guard e >= count || Self.endsSentence(u[e]) else { return nil }
        var ls = s
        while ls > 0, u[ls - 1] == 0x2A || CharacterClass.isSpace(u[ls - 1]) && !CharacterClass.isLineEnd(u[ls - 1]) { ls -= 1 }
        let opens = ls == 0 || CharacterClass.isLineEnd(u[ls - 1])
        var le = e
        while le < count, !CharacterClass.isLineEnd(u[le]), CharacterClass.isSentenceEnd(u[le]) || CharacterClass.isSpace(u[le]) || u[le] == 0x2A { le += 1 }
        let ends = le >= count || CharacterClass.isLineEnd(u[le])
        // A heading or a paragraph's last sentence: the section is the paragraphs that follow,
        // up to the next numbered heading. A run-in topic sentence: the rest of its paragraph.
        let multiParagraph = ends
        guard ends || opens else { return nil }
        let limit = min(count, le + Self.sectionWindow)
        let sentences = sectionSentences(from: multiParagraph ? le : e, limit: limit, multiParagraph: multiParagraph)
        guard let sentences else { return nil }
        var items: [Range<Int>]? = nil
        // Openers that share an introducing word only follow a heading (a paragraph's last
        // sentence may be followed by the openers of a list of its own).
        let heading = opens && ends
        if multiParagraph, let openers = paragraphOpeners(sentences, count: n),
           carriesFrame(openers, of: c.shape) || heading && n >= 3 && sharesOpening(openers) {
            items = openers
        }
        // Alike predicates after a heading, or in the paragraph of a short topic sentence.
        if items == nil, n >= 3, heading || !ends && e - s <= 30 { items = parallelPredicates(sentences, count: n, keep: frameCharacters(of: c.shape)) }
        guard var found = items, found.count == n else { return nil }
        found = found.map { stripLeadingVerbs($0) }
        found = trimSharedLead(found, keep: 2)
        // An item that is only an introducing word (打造) names nothing.
        guard !found.contains(where: { r in SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound, in: index)?.end == r.upperBound }) else { return nil }
        let keyUnits = Array(c.key.utf16)
        guard found.allSatisfy({ $0.count >= 2 && $0.count <= 20 }), !found.contains(where: { validator.contains($0, keyUnits) }) else { return nil }
        return Found(direction: .after, items: found, fit: 0.65, span: found.first!.lowerBound..<found.last!.upperBound,
                     consumedQuote: nil, marked: true)
    }

    /// The sentences from `k` to the next numbered heading at a line start (or to the end of the
    /// paragraph when `multiParagraph` is false); nil when the window ends before the section does.
    func sectionSentences(from k0: Int, limit: Int, multiParagraph: Bool) -> [SectionSentence]? {
        var out: [SectionSentence] = []
        var k = k0
        var paragraph = -1
        var lineStart = true
        if !multiParagraph { paragraph = 0; lineStart = false }
        while k < limit {
            // Skip ends, spaces and bold marks, noting line ends.
            var sawLineEnd = false
            while k < limit, Self.endsSentence(u[k]) || CharacterClass.isSpace(u[k]) || u[k] == 0x2A {
                if CharacterClass.isLineEnd(u[k]) { sawLineEnd = true }
                k += 1
            }
            if sawLineEnd {
                if !multiParagraph { return out }
                lineStart = true
            }
            guard k < limit else { break }
            if lineStart {
                var h = k
                while h > k0, u[h - 1] == 0x2A { h -= 1 }
                // A numbered heading, or a markup heading (## …) ends the section.
                if isSectionHeading(at: h) || isSectionHeading(at: k) || u[k] == 0x23 { return out }
                paragraph += 1
            }
            var se = k
            var oneClause = true
            while se < limit, !Self.endsSentence(u[se]) {
                if u[se] == 0x2C || u[se] == 0x3B || u[se] == 0x3A { oneClause = false }
                se += 1
            }
            guard se < limit else { break }
            var r = k..<se
            while r.upperBound > r.lowerBound, u[r.upperBound - 1] == 0x2A { r = r.lowerBound..<(r.upperBound - 1) }
            out.append(SectionSentence(range: r, opensParagraph: lineStart, paragraph: max(paragraph, 0), oneClause: oneClause))
            lineStart = false
            k = se
        }
        // The window ended inside the section: its paragraphs cannot be counted.
        return k >= index.count ? out : nil
    }

    /// Each paragraph of the section opens with a short one-clause sentence, and there are as
    /// many paragraphs as the label counts (paragraphs opening with a dash are sub-items, left
    /// out when others are not dashed).
    func paragraphOpeners(_ sentences: [SectionSentence], count n: Int) -> [Range<Int>]? {
        var openers = sentences.filter(\.opensParagraph)
        let dashed = openers.filter { u[$0.range.lowerBound] == 0x2014 }
        if !dashed.isEmpty, dashed.count < openers.count { openers.removeAll { u[$0.range.lowerBound] == 0x2014 } }
        guard openers.count == n, openers.allSatisfy({ $0.oneClause && $0.range.count >= 4 && $0.range.count <= 24
                                                         && CharacterClass.isHan(u[$0.range.lowerBound]) }) else { return nil }
        // A generic word after the item (…中心建设).
        return openers.map { o in
            var r = o.range
            for tail in Self.genericTails where r.count > tail.count + 2 && index.has(tail, endingAt: r.upperBound) {
                r = r.lowerBound..<(r.upperBound - tail.count)
                break
            }
            return r
        }
    }

    /// Short one-clause sentences whose four-character predicates are alike (all the same, or
    /// all opening with the same two characters): exactly as many as the label counts, and no
    /// other group as large. Their subjects are the items.
    /// A shared ending holding the label's frame characters (`keep`: 改革 of 五大改革试点) is the
    /// items' head, not a predicate: it stays.
    func parallelPredicates(_ sentences: [SectionSentence], count n: Int, keep: Set<UInt16>) -> [Range<Int>]? {
        let shortOnes = sentences.filter { s in
            s.oneClause && s.range.count >= 6 && s.range.count <= 20
                && s.range.allSatisfy { CharacterClass.isHan(u[$0]) || CharacterClass.isQuote(u[$0]) }
                && s.range.suffix(4).allSatisfy { CharacterClass.isHan(u[$0]) && !ChineseNumeral.isNumeral(u[$0]) }
                && index.isWordStart(s.range.upperBound - 4)
                && s.range.dropLast(4).allSatisfy { !CharacterClass.isDigit(u[$0]) }
        }
        guard shortOnes.count >= n else { return nil }
        for width in [4, 2] {
            var groups: [[UInt16]: [SectionSentence]] = [:]
            for s in shortOnes {
                let p = s.range.upperBound - 4
                groups[Array(u[p..<(p + width)]), default: []].append(s)
            }
            let fitting = groups.values.filter { $0.count == n }
            guard !groups.values.contains(where: { $0.count > n }) else { continue }
            if fitting.count == 1, let g = fitting.first {
                let p = g[0].range.upperBound - 4
                if width == 4, u[p..<(p + 4)].contains(where: { keep.contains($0) }) { return g.map(\.range) }
                return g.map { $0.range.lowerBound..<($0.range.upperBound - 4) }
            }
        }
        return nil
    }

    /// Whether every item ends with a group's body (门户, 高地 of 一门户、两高地), as many
    /// times as the group counts.
    func carriesFrame(_ items: [Range<Int>], of shape: LabelShape) -> Bool {
        var bodies: [([UInt16], Int)] = []
        for g in shape.groups {
            let body = u[g.body].filter { CharacterClass.isHan($0) && !ChineseNumeral.isNumeral($0) }
            guard body.count >= 2, let v = g.value else { return false }
            bodies.append((Array(body.suffix(2)), v))
        }
        var counts = Array(repeating: 0, count: bodies.count)
        for r in items {
            guard let i = bodies.firstIndex(where: { index.has($0.0, endingAt: r.upperBound) }) else { return false }
            counts[i] += 1
        }
        return zip(counts, bodies).allSatisfy { $0 == $1.1 } || (bodies.count == 1 && counts[0] == items.count)
    }

    /// Whether the items open with the same introducing word (发挥…, 深化…, 更加注重…).
    func sharesOpening(_ items: [Range<Int>]) -> Bool {
        guard let first = items.first, let w = SloganLexicon.leadingWord(at: first.lowerBound, before: first.upperBound - 2, in: index) else { return false }
        let units = Array(w.word.utf16)
        return items.allSatisfy { index.has(units, at: $0.lowerBound) && $0.count >= units.count + 2 }
    }

    /// Adverbs and one verb opening an item (着力打造国际交通枢纽门户 → 国际交通枢纽门户), keeping
    /// at least two characters.
    func stripLeadingVerbs(_ r: Range<Int>) -> Range<Int> {
        var r = r
        var verbs = 0
        while verbs < 1, let w = SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound - 2, in: index) {
            if !SloganLexicon.leadAdverbs.contains(w.word) { verbs += 1 }
            r = w.end..<r.upperBound
        }
        return r
    }
}
