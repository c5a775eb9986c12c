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
        var starts: [Int] = []
        for c in candidates {
            var p = c.range.upperBound
            if p < index.count, CharacterClass.isClosingQuote(index.u[p]) || index.u[p] == 0x22 { p += 1 }
            if let cue = Cue.after(at: p, in: index) ?? Cue.afterSentenceEnd(at: p, in: index)
                ?? Self.partCue(c, at: p, parts: parts, in: index), cue.strong {
                var s = c.range.lowerBound
                if s > 0, CharacterClass.isOpeningQuote(index.u[s - 1]) || index.u[s - 1] == 0x22 { s -= 1 }
                starts.append(s)
            }
        }
        for q in index.quotes where q.content.count <= 12 {
            if let cue = Cue.after(at: q.close + 1, in: index), cue.strong, cue.kind == .words { starts.append(q.open) }
        }
        definitionStarts = Array(Set(starts)).sorted()
        hasGlossary = Self.containsGlossaryHeading(index.u)
    }

    /// The words that head a glossary (名词解释, 注释, 释义, 名词解析).
    static let glossaryHeadings: [[UInt16]] = ["名词解释", "注释", "释义", "名词解析"].map { Array($0.utf16) }
    /// A bit per first unit of a heading (名, 注, 释): the scan compares headings only there.
    static let glossaryHeadingFirsts: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for w in glossaryHeadings { bits[Int(w[0] >> 6)] |= 1 << UInt64(w[0] & 63) }
        return bits
    }()

    /// Whether any of ``glossaryHeadings`` occurs in `u`: one pass over the text, comparing
    /// first characters before words. 例：true for a report with `名词解释：`.
    /// - Complexity: O(n).
    static func containsGlossaryHeading(_ u: [UInt16]) -> Bool {
        let words = glossaryHeadings
        let firsts = glossaryHeadingFirsts
        return u.withUnsafeBufferPointer { u in
            let n = u.count
            for k in 0..<n {
                let c = u[k]
                guard firsts[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 else { continue }
                for w in words where w[0] == c && k + w.count <= n {
                    var j = 1
                    while j < w.count, u[k + j] == w[j] { j += 1 }
                    if j == w.count { return true }
                }
            }
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
        /// The share of items carrying the characters the label promises (0.5 when unknown).
        var frameFit = 0.5
        /// Whether the items follow enumerators (一是…二是…): an outline as often as a list.
        var enumeration = false
        /// Whether a definition gives the list: a strong cue right after the label (即, 指, ：,
        /// a bracket) or a glossary entry. A definition beats a list without a cue next to it.
        var definition = false
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

    /// 是 right after a quoted part of a longer label, inside that label's definition (“两高两快”
    /// 快速通道：“两高”是甲高速、乙高速；“两快”是…): the part's definition starts after it, as after 是指.
    ///
    /// 例：`“两快”是湾西路、白沙路；` → the list starts at 湾西路; `“两快”是指…` is a cue of its own.
    static func partCue(_ c: SloganCandidate, at p: Int, parts: Set<String>, in index: DocumentIndex) -> (kind: Cue.Kind, start: Int, strong: Bool)? {
        let u = index.u
        guard c.isQuoted, parts.contains(c.key), p + 1 < index.count, u[p] == 0x662F,
              CharacterClass.isHan(u[p + 1]) || CharacterClass.isOpeningQuote(u[p + 1]), u[p + 1] != 0x6307 else { return nil }
        // Only inside the longer label's definition: on its line, after the quoted longer label
        // (and a short head) and a colon (not “一带一路”是…机遇 in running text or a headline).
        var ls = c.range.lowerBound
        while ls > 0, c.range.lowerBound - ls < 200, !CharacterClass.isLineEnd(u[ls - 1]) { ls -= 1 }
        guard ls == 0 || CharacterClass.isLineEnd(u[ls - 1]), let colon = (ls..<c.range.lowerBound).first(where: { u[$0] == 0x3A }) else { return nil }
        var k = colon
        while k > ls, colon - k < 12, CharacterClass.isHan(u[k - 1]) || u[k - 1] == 0x2A { k -= 1 }
        guard k > ls, CharacterClass.isClosingQuote(u[k - 1]), let parent = index.quote(closingAt: k - 1),
              parent.content.count > c.key.utf16.count, index.string(parent.content).contains(c.key) else { return nil }
        return (.words, p + 1, true)
    }

    /// The next definition start after `k`, or `limit`.
    /// The definitions of `c`'s own code parts (“2136”工程：“2”指…，“1”指…) are its items, not
    /// other definitions: they do not end its list.
    func nextDefinition(after k: Int, limit: Int, for c: SloganCandidate? = nil) -> Int {
        var lo = 0, hi = definitionStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if definitionStarts[mid] <= k { lo = mid + 1 } else { hi = mid }
        }
        while lo < definitionStarts.count, definitionStarts[lo] < limit, let c, isOwnPart(at: definitionStarts[lo], of: c) { lo += 1 }
        return lo < definitionStarts.count ? min(limit, definitionStarts[lo]) : limit
    }

    /// Whether a quotation opening at `k` holds a part of `c`: a code part (“2” of 2136工程) or a
    /// shorter label inside `c`'s key (“两快” of 两高两快五主干): its definition is part of `c`'s.
    func isOwnPart(at k: Int, of c: SloganCandidate) -> Bool {
        if isCodePart(at: k, of: c) { return true }
        guard let q = index.quote(openingAt: k), q.content.count >= 2, q.content.count < c.key.utf16.count else { return false }
        return c.key.contains(index.string(q.content))
    }

    /// Whether a quotation opening at `k` holds only a part of `c`'s numbers (“2” of 2136工程).
    func isCodePart(at k: Int, of c: SloganCandidate) -> Bool {
        guard let q = index.quote(openingAt: k), q.content.count <= 3, !q.content.isEmpty,
              q.content.allSatisfy({ CharacterClass.isDigit(u[$0]) || ChineseNumeral.isNumeral(u[$0]) }) else { return false }
        return c.key.contains(index.string(q.content))
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
        let frame = frameCharacters(of: c.shape)
        var best: Found? = nil
        var bestScore = -Double.infinity   // the fit before it is capped at 1: bonuses still rank
        var flattened = false   // parts flattened into exactly the things they count
        for reading in parser.readings(of: range) where (reading.level > 0 || (strong && direction == .after)) && (shared || reading.part != .tails) {
            // Parts explained in turn, each naming as many things as it counts (after a strong cue).
            if strong, direction == .after, let flat = flattenedParts(reading.items, for: c), flat.count >= 3 {
                let found = Found(direction: direction, items: flat, fit: 0.9,
                                  span: flat.first!.lowerBound..<flat.last!.upperBound, consumedQuote: nil, marked: true, frameFit: 1)
                // The parts' structure outweighs any reading by count and frame.
                if bestScore < 2 { best = found; bestScore = 2; flattened = true }
                continue
            }
            // Without a cue or 这/等, a list before the label is a 、 list of its own clause,
            // or clauses that carry the label's frame (学…、学…，…改、…改，建…“三学三改三建”).
            let clauseBefore = !strong && direction == .before && reading.level >= 3
            // A clause holding a 、 list of its own reads as a list, not an item, unless the
            // label's frame says otherwise (三个不上会: …、…、…的不上会).
            let clausesHoldLists = reading.level >= 3 && reading.items.contains(where: { r in r.contains { u[$0] == 0x3001 } })
            let coded = expandCodedItemsCounting(reading.items.map { trimParenthetical(trimPartLabel($0)) })
            // Coded parts (“3”指…；“2”指…) name their items whole.
            var items = coded.allCoded ? coded.items : alignToFrame(trimRepeatedLabel(trimSharedTail(trimTrailingContext(trimLeadingContext(
                trimSharedOpening(trimQuantities(coded.items, for: c.shape), keep: frame), keep: frame))), c), for: c.shape)
            if direction == .before { items = trimNamingVerb(items) } else { items = trimTrailingPredicate(items) }
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
            // After a cue, the nearer list wins (“两减”，即减少化肥和农药使用量，实施化肥、农药零增长行动).
            if direction == .after, let first = verdict.items.first {
                fit -= 0.04 * Double((range.lowerBound..<first.lowerBound).filter { u[$0] == 0x2C || u[$0] == 0x3B }.count)
            }
            let found = Found(direction: direction, items: verdict.items, fit: min(1, fit),
                              span: (verdict.items.first?.lowerBound ?? range.lowerBound)..<(verdict.items.last?.upperBound ?? range.upperBound),
                              consumedQuote: nil, marked: strong, frameFit: verdict.frameFit)
            if fit > bestScore { best = found; bestScore = fit }
        }
        // Before the label, the things after 等 are its items when they are exactly as many as it
        // counts (能源、建设用地等总量和强度“双控”: the list before 等 qualifies them).
        if direction == .before, let parts = etcTail(of: range), let e = c.shape.expectedCounts.first, parts.count == e,
           let verdict = validator.evaluate(parts, for: c.shape), verdict.countFit >= 0.9 {
            let fit = max(verdict.fit, min(1, bestScore) + 0.01)
            best = Found(direction: direction, items: verdict.items, fit: min(1, fit),
                         span: verdict.items.first!.lowerBound..<verdict.items.last!.upperBound,
                         consumedQuote: nil, marked: strong, frameFit: verdict.frameFit)
        }
        // Parts defined in turn (一网，指…；四中心，指…) after a strong cue: every clause defines
        // a part, so the parts' items are the list, all of them (a part counted by 多 gives one
        // item the label does not count), whatever reads better by count or frame.
        if strong, direction == .after, !flattened, let items = partDefinitions(in: range),
           let verdict = validator.evaluate(items, for: c.shape), verdict.countFit >= 0.9 || verdict.fit + 0.05 > bestScore {
            best = Found(direction: direction, items: items, fit: min(1, max(verdict.fit + 0.05, 0.8)),
                         span: (items.first?.lowerBound ?? range.lowerBound)..<(items.last?.upperBound ?? range.upperBound),
                         consumedQuote: nil, marked: true, frameFit: verdict.frameFit)
        }
        best?.definition = strong && direction == .after
        return best
    }

    /// The things named after the last 等 of a clause ending the range (…、建设用地等总量和强度 →
    /// 总量 | 强度), split on 、 and on 和/与/及; nil without a 等 followed by two or more of them.
    func etcTail(of range: Range<Int>) -> [Range<Int>]? {
        var k = range.upperBound - 1
        while k > range.lowerBound, range.upperBound - k <= 14, u[k] != 0x7B49 {
            if CharacterClass.isItemSeparator(u[k]) && u[k] != 0x3001 { return nil }
            k -= 1
        }
        // 等 as a word of its own after a list (not 等级, 平等, 等等).
        guard u[k] == 0x7B49, k > range.lowerBound + 1, k + 1 < range.upperBound, index.isWordStart(k), index.isWordStart(k + 1),
              u[k + 1] != 0x7B49, (range.lowerBound..<k).contains(where: { u[$0] == 0x3001 }) else { return nil }
        let tail = parser.trim((k + 1)..<range.upperBound)
        var parts = parser.split(tail, by: { $0 == 0x3001 })
        if let last = parts.last, let pair = parser.splitConjunction(last) { parts = Array(parts.dropLast()) + pair }
        guard parts.count >= 2, parts.allSatisfy({ $0.count >= 1 && $0.count <= 6 && $0.allSatisfy { CharacterClass.isHan(u[$0]) } }) else { return nil }
        return parts
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

}
