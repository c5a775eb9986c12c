/// Evidence from beyond one occurrence: labels known before the document (a lexicon),
/// labels the document confirms found at their other occurrences, and numbers that are
/// fragments of larger ones.
///
/// 例：with 四风 in the lexicon, `坚决反对四风。` has a mention; in `推进“三个强化”…三个强化见效`
/// the second 三个强化 is found too; in `同比增长百分之十七上升势头` 十七上升 is no label.
extension SloganAssembler {
    /// Whether a label found in running text at `range` stands on its own: not inside a
    /// quotation (the scanner reads those), not continuing a number (百分之十七上升, 2.5倍,
    /// 第三), not an ordinal, on ICU word boundaries at both ends, and not counting an
    /// ordinary noun that follows (三区 is no mention in 三区县, nor 两市 in 两市县).
    func standsAlone(_ range: Range<Int>, nearlyAlwaysQuoted: Bool = false) -> Bool {
        let u = index.u
        let s = range.lowerBound, e = range.upperBound
        if s > 0 {
            let p = u[s - 1]
            // (After a closing mark it stands outside the quotation: “信息、惠民、活动、维权”四位一体.)
            if CharacterClass.isQuote(p) && !(nearlyAlwaysQuoted && CharacterClass.isClosingQuote(p))
                || Self.continuesNumber(p) || SloganLexicon.ordinalPrefixes.contains(p) { return false }
            if CharacterClass.isHan(p), !index.isWordStart(s) { return false }
        }
        if e < u.count {
            let n = u[e]
            if CharacterClass.isQuote(n) || CharacterClass.isDigit(n) { return false }
            if CharacterClass.isHan(n), !index.isWordStart(e) || SloganLexicon.ordinaryHeads.contains(u[e..<(e + 1)]) {
                // A label the corpus nearly always quotes names what follows it (五保户: the
                // households of the 五保), whatever the word breaks say.
                guard nearlyAlwaysQuoted, Self.isOneCharacterHead(at: e, in: index) else { return false }
            }
        }
        return true
    }

    /// Whether one character that counts ordinary things (户, 县, 村) stands at `e` and ends the
    /// word there (五保户。, 五保户、), so that a label before it is that word's modifier.
    static func isOneCharacterHead(at e: Int, in index: DocumentIndex) -> Bool {
        let u = index.u
        guard e < u.count, SloganLexicon.ordinaryHeads.contains(u[e..<(e + 1)]) else { return false }
        return e + 1 >= u.count || !CharacterClass.isHan(u[e + 1])
    }

    /// Known labels the corpus quotes in at least this share of their mentions (三位一体 0.98,
    /// 五保 0.93) are labels even where they are also dictionary words or modify a noun.
    static let nearlyAlwaysQuotedShare = 0.8

    /// Units after which a numeral continues a number rather than starting a label:
    /// numerals and digits, 之 (百分之十七), 点 and . (三点五, 2.5), 第 and other ordinal marks.
    @inline(__always)
    static func continuesNumber(_ p: UInt16) -> Bool {
        ChineseNumeral.isNumeral(p) || CharacterClass.isDigit(p) || p == 0x4E4B || p == 0x70B9 || p == 0x2E || p == 0xFF0E
    }

    /// Whether an unquoted candidate is a fragment of a larger or approximate number:
    /// 十七上升 in 百分之十七上升, 十几 and 十几万个, 二十余, 两个多月, 三个半小时.
    func isNumberFragment(_ c: SloganCandidate) -> Bool {
        // (A glossary entry's number is no part of it: 1．三进村.)
        guard !c.isQuoted, !c.facts.glossaryEntry else { return false }
        let u = index.u
        let s = c.range.lowerBound
        if s > 0, Self.continuesNumber(u[s - 1]) { return true }
        var k = s
        while k < c.range.upperBound, ChineseNumeral.isNumeral(u[k]) || u[k] == CharacterClass.shuang { k += 1 }
        guard k > s, k < u.count else { return false }
        if Self.approximators.contains(u[k]) { return true }
        // After 个: 两个多月, 三个半小时 (a count of time or things, more or less).
        return u[k] == 0x4E2A && k + 1 < u.count && (Self.approximators.contains(u[k + 1]) || u[k + 1] == 0x534A)
    }

    /// 几, 余, 多 after a numeral make an approximate count (十几, 二十余, 三十多).
    static let approximators: Set<UInt16> = Set("几余多".utf16)

    /// Whether an unquoted candidate is a label on its shape and words alone (八项规定精神),
    /// before any list or other mention is weighed.
    func standsOnItsShape(_ c: SloganCandidate) -> Bool {
        let e = SloganEvidence(c, found: nil, occurrences: 1, isPart: false, in: index)
        return Self.score(e, quoted: c.isQuoted) >= SloganScorer.threshold
    }

    /// Adds the occurrences of known labels in running text; they replace the unquoted
    /// candidates they overlap, unless such a candidate is a longer label standing on its own
    /// (八项规定精神 when only 八项规定 is known). Quoted candidates are never replaced.
    /// - Complexity: O(n · longest label).
    func withKnownLabels(in candidates: [SloganCandidate], scanner: SloganScanner) -> [SloganCandidate] {
        var candidates = candidates
        candidates.removeAll(where: isNumberFragment)
        guard !known.isEmpty else { return candidates }
        let u = index.u
        let quoted = candidates.filter(\.isQuoted).map(\.range)
        var found: [SloganCandidate] = []
        var qi = 0
        var i = 0
        while i < index.count {
            guard known.canStart(u[i]) else { i += 1; continue }
            while qi < quoted.count, quoted[qi].upperBound <= i { qi += 1 }
            if qi < quoted.count, quoted[qi].lowerBound <= i { i = quoted[qi].upperBound; continue }
            var next = i + 1
            for (end, key) in known.matches(in: u, at: i) {
                let range = i..<end
                if qi < quoted.count, quoted[qi].lowerBound < end { continue }
                // The label's shape must pass the scanner's checks as if quoted (no idiom, date or
                // quantity), a date-named label stays a name in running text (八一勋章, 九二共识), and a
                // four-character dictionary word (海纳百川) stays a word.
                // A label the corpus nearly always quotes (三位一体, 五保) is one even as a
                // dictionary word or before a counted noun (五保户).
                var facts = LabelFacts()
                let nearlyAlwaysQuoted = (known[key]?.quotedShare ?? 0) >= Self.nearlyAlwaysQuotedShare
                guard standsAlone(range, nearlyAlwaysQuoted: nearlyAlwaysQuoted), let shape = LabelShape.parse(range, in: index), known[key] != nil,
                      scanner.assess(shape, quoted: true, preceding: i, facts: &facts), !scanner.startsWithDatePair(shape),
                      nearlyAlwaysQuoted || !(range.count >= 4 && index.isSingleDictionaryWord(range)) else { continue }
                facts.head = scanner.headClass(of: shape)
                var c = SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: scanner.key(range))
                c.isKnown = true
                found.append(c)
                next = end
                break
            }
            i = next
        }
        guard !found.isEmpty else { return candidates }
        var dropped = Set<Int>()
        var keep = [Bool](repeating: true, count: found.count)
        var ci = 0
        for (fi, f) in found.enumerated() {
            while ci < candidates.count, candidates[ci].range.upperBound <= f.range.lowerBound { ci += 1 }
            var k = ci
            while k < candidates.count, candidates[k].range.lowerBound < f.range.upperBound {
                let c = candidates[k]
                if c.isQuoted || dropped.contains(k) {
                    // Quoted labels are the scanner's.
                } else if c.range != f.range, c.range.lowerBound <= f.range.lowerBound, c.range.upperBound >= f.range.upperBound,
                          standsOnItsShape(c) {
                    keep[fi] = false
                } else {
                    // The scanner's reading of the same range keeps its facts.
                    if c.range == f.range { found[fi].facts = c.facts }
                    dropped.insert(k)
                }
                k += 1
            }
        }
        var out = candidates.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        out += found.enumerated().filter { keep[$0.offset] }.map(\.element)
        out.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return out
    }

    /// Adds, as accepted mentions, every other occurrence of a label the document quotes,
    /// defines or knows (`confirmed`) that no accepted or quoted candidate covers yet, on the
    /// same conditions as any label in running text (``standsAlone(_:)``; the longest label
    /// first). Unaccepted unquoted candidates it overlaps give way (三个强化 in 三个强化经验).
    /// - Complexity: O(n · longest label) for at most 256 labels.
    func withPropagatedMentions(_ accepted: [Resolved], confirmed: Set<String>, among all: [Resolved],
                                scanner: SloganScanner) -> [Resolved] {
        let u = index.u
        var patterns: [[UInt16]] = []
        var keys: [String] = []
        var seen = Set<[UInt16]>()
        for r in accepted where confirmed.contains(r.candidate.key) && patterns.count < 256 {
            let units = u[r.candidate.range].filter { !CharacterClass.isQuote($0) && !CharacterClass.isSpace($0) }
            guard units.count >= 2, units.count <= 24, seen.insert(units).inserted else { continue }
            patterns.append(units)
            keys.append(r.candidate.key)
        }
        guard !patterns.isEmpty else { return accepted }
        let matcher = LabelMatcher(patterns)
        let taken = all.filter { $0.accepted || $0.candidate.isQuoted }.map(\.candidate.range).sorted { $0.lowerBound < $1.lowerBound }
        var added: [Resolved] = []
        var ti = 0
        var i = 0
        while i < index.count {
            guard matcher.canStart(u[i]) else { i += 1; continue }
            while ti < taken.count, taken[ti].upperBound <= i { ti += 1 }
            if ti < taken.count, taken[ti].lowerBound <= i { i = max(i + 1, taken[ti].upperBound); continue }
            var next = i + 1
            for (end, p) in matcher.matches(in: u, at: i) {
                let range = i..<end
                if ti < taken.count, taken[ti].lowerBound < end { continue }
                guard standsAlone(range), let shape = LabelShape.parse(range, in: index) else { continue }
                // Weighed like any mention: an unquoted copy of a label the document confirms.
                var facts = LabelFacts()
                facts.propagated = true
                facts.head = scanner.headClass(of: shape)
                let c = SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: keys[p])
                var e = SloganEvidence(c, found: nil, occurrences: 2, isPart: false, in: index)
                e[.confirmed] = 1
                let r = Resolved(candidate: c, found: nil, evidence: e, confidence: Self.score(e, quoted: false))
                guard r.accepted else { continue }
                added.append(r)
                next = end
                break
            }
            i = next
        }
        guard !added.isEmpty else { return accepted }
        return (accepted + added).sorted {
            ($0.candidate.range.lowerBound, $0.candidate.range.upperBound) < ($1.candidate.range.lowerBound, $1.candidate.range.upperBound)
        }
    }

    /// The candidates left without evidence that a corpus may still confirm: not accepted,
    /// of a label the document does not accept elsewhere, and not overlapping a mention.
    func unconfirmedCandidates(_ resolved: [Resolved], accepted: [Resolved]) -> [Resolved] {
        let acceptedKeys = Set(accepted.map(\.candidate.key))
        let ranges = accepted.map(\.candidate.range)   // sorted by start
        var ai = 0
        return resolved.filter { r in
            guard !r.accepted, !acceptedKeys.contains(r.candidate.key) else { return false }
            while ai < ranges.count, ranges[ai].upperBound <= r.candidate.range.lowerBound { ai += 1 }
            var k = ai
            while k < ranges.count, ranges[k].lowerBound < r.candidate.range.upperBound {
                if ranges[k].overlaps(r.candidate.range) { return false }
                k += 1
            }
            return true
        }
    }
}
