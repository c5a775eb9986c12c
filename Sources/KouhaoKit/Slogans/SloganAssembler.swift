/// Turns candidates into mentions: finds the further mentions of labels the document
/// confirms, resolves expansions, weighs the evidence, joins part-wise definitions, and
/// lends a document's expansion to the mentions that lack one (`elsewhere`).
///
/// 例：`“四风”…反对四风…` → both mentions, the second (unquoted) because the first confirmed
/// the label; if the document lists 形式主义、官僚主义、享乐主义和奢靡之风这“四风” once, every
/// other mention of 四风 carries that list as `elsewhere`.
/// - Complexity: O(n) for a document of n units (bounded windows, at most 64 labels searched).
struct SloganAssembler {
    let index: DocumentIndex
    let configuration: SloganDetector.Configuration
    /// Labels known before the document (a lexicon): found unquoted too (see `+Evidence`).
    var known: KnownLabels = .none

    struct Resolved {
        var candidate: SloganCandidate
        var found: ExpansionResolver.Found?
        var evidence = SloganEvidence()
        var confidence = 0.0
        var accepted: Bool { confidence >= SloganScorer.threshold }
    }

    /// The mentions in text order — the accepted ones, and under a floor below 0.5 the
    /// candidates that were not taken — and the candidates left without evidence (for corpus
    /// runs, see ``DocumentAnalysis/unconfirmed``).
    func run() -> (mentions: [SloganMention], unconfirmed: [SloganMention]) {
        let (scanner, resolver, resolved, accepted) = decide()
        return mentions(scanner: scanner, resolver: resolver, resolved: resolved, accepted: accepted)
    }

    /// Candidates found, resolved and weighed: every candidate with its evidence, and the
    /// accepted mentions (with the further mentions of confirmed labels), in text order.
    func decide() -> (scanner: SloganScanner, resolver: ExpansionResolver, resolved: [Resolved], accepted: [Resolved]) {
        let scanner = SloganScanner(index: index)
        var candidates = scanner.candidates()
        // A label quoted once may stand unquoted elsewhere: those occurrences are candidates
        // too, weighed with what the quoted one proves; and so are the labels a lexicon knows.
        var quotedFacts: [String: LabelFacts] = [:]
        for c in candidates where (c.isQuoted || c.facts.glossaryEntry) && quotedFacts[c.key] == nil { quotedFacts[c.key] = c.facts }
        candidates = withFurtherMentions(of: quotedFacts, in: candidates, scanner: scanner)
        candidates = withKnownLabels(in: candidates, scanner: scanner)

        let resolver = ExpansionResolver(index: index, candidates: candidates)
        candidates = withoutCodeParts(candidates, resolver: resolver)
        var resolved: [Resolved] = candidates.map { c in
            let after = resolver.after(c)
            let before = resolver.before(c)
            var found = after
            // A definition (即, 指, ：, a glossary entry) beats a list before the label that nothing
            // ties to it (no 这, 等 or quotation); otherwise the better fit wins.
            let definitionWins = after.map { a in a.definition && a.fit >= 0.5 } == true && before?.marked == false
            if let b = before, after == nil || b.fit > after!.fit + 0.05 && !definitionWins { found = b }
            // Things counted in the text are the items, without their counts (名校8所 → 名校).
            if let f = found { found!.items = resolver.trimQuantities(f.items, for: c.shape) }
            return Resolved(candidate: c, found: found)
        }
        // A quotation used as another label's list is not a label itself (“一馆、一带、一所、一基地”“四个一”).
        var consumed = Set<Int>()
        for r in resolved { if let q = r.found?.consumedQuote { consumed.insert(q.open) } }
        resolved.removeAll { r in r.candidate.quote.map { consumed.contains($0.open) } ?? false }

        // Labels defined part by part: “一控两减三基本”…“一控”是指…，“两减”是指…
        joinPartDefinitions(&resolved)

        // The evidence, weighed.
        var occurrences: [String: Int] = [:]
        for r in resolved { occurrences[r.candidate.key, default: 0] += 1 }
        for i in resolved.indices {
            let c = resolved[i].candidate
            resolved[i].evidence = SloganEvidence(c, found: resolved[i].found, occurrences: occurrences[c.key] ?? 1,
                                                  isPart: resolver.partKeys.contains(c.key), in: index)
            resolved[i].confidence = Self.score(resolved[i].evidence, quoted: c.isQuoted)
        }
        // A label accepted where it is quoted, listed or known confirms its other mentions.
        func confirms(_ r: Resolved) -> Bool { r.accepted && (r.candidate.isQuoted || r.found != nil || r.candidate.isKnown) }
        var confirming: [String: Int] = [:]
        for r in resolved where confirms(r) { confirming[r.candidate.key, default: 0] += 1 }
        for i in resolved.indices {
            let others = (confirming[resolved[i].candidate.key] ?? 0) - (confirms(resolved[i]) ? 1 : 0)
            guard others > 0 else { continue }
            resolved[i].evidence[.confirmed] = 1
            resolved[i].confidence = Self.score(resolved[i].evidence, quoted: resolved[i].candidate.isQuoted)
        }
        // Labels quoted, defined or known anywhere are found at every other occurrence.
        let confirmed = Set(resolved.filter(confirms).map(\.candidate.key))
        let accepted = withPropagatedMentions(resolved.filter(\.accepted), confirmed: confirmed, among: resolved, scanner: scanner)
        return (scanner, resolver, resolved, accepted)
    }

    /// The mentions (with their expansions, lent where a mention has none) and the unconfirmed
    /// candidates, from what ``decide()`` found.
    private func mentions(scanner: SloganScanner, resolver: ExpansionResolver, resolved: [Resolved],
                          accepted: [Resolved]) -> (mentions: [SloganMention], unconfirmed: [SloganMention]) {
        var best = bestLists(accepted, scanner: scanner)
        // Labels still without a list: an unlabeled list with their head (四个意识 → …意识、…意识),
        // or one carrying their frame characters (双创 → 大众创业、万众创新), in one pass.
        var pending = pendingLabels(accepted, listed: best.byKey)
        for (key, f) in unlabeledLists(for: pending.values.sorted { $0.key < $1.key }) {
            best.byKey[key] = f
            pending[key] = nil
        }
        for (key, f) in framedLists(for: pending.values.sorted { $0.key < $1.key }, resolver: resolver) where best.byKey[key] == nil {
            best.byKey[key] = f
            pending[key] = nil
        }
        // Still none: noun phrases sharing the label's head in the sentences after one of its
        // mentions (“六大产业基地”…以甲基地、乙基地和丙基地建设为重点；…). That mention keeps it as
        // its own list; the others borrow it.
        var ownLists: [Int: ExpansionResolver.Found] = [:]
        for r in accepted where pending[r.candidate.key] != nil && best.byKey[r.candidate.key] == nil {
            if let f = resolver.sharedHeadItems(r.candidate) {
                best.byKey[r.candidate.key] = f
                ownLists[r.candidate.range.lowerBound] = f
            }
        }
        var contexts = ContextCache(index: index)
        let unconfirmed = unconfirmedCandidates(resolved, accepted: accepted).map {
            mention($0.candidate, found: nil, confidence: $0.confidence, evidence: $0.evidence, contexts: &contexts)
        }
        let mentions = shown(resolved: resolved, accepted: accepted).map { r in
            var found = r.found ?? ownLists[r.candidate.range.lowerBound]
            // The same label with the same modifier first (宗教“三非” vs 境外“三非”), then the
            // label, then its family (“1236”战略布局 borrows from “1236”节约集约用地战略).
            if found == nil, r.accepted, var other = best.lent(to: r.candidate, assembler: self, scanner: scanner) {
                other.direction = .elsewhere
                found = other
            } else if let own = found, !own.marked, own.direction == .after, r.accepted, var definition = best.byKey[r.candidate.key],
                      definition.direction == .after, definition.marked, definition.span != own.span {
                // A definition elsewhere (a glossary entry, 即, ：) beats a list the mention found
                // without a cue (从严管理“三公经费”支出。…突出公共权力运行、公共资源配置…).
                definition.direction = .elsewhere
                found = definition
            }
            return mention(r.candidate, found: found, confidence: r.confidence, evidence: r.evidence, contexts: &contexts)
        }
        return (mentions, unconfirmed)
    }

    /// The document's best list for each label, to lend to its mentions that have none: by
    /// modifier and key (宗教“三非” vs 境外“三非”), by key, and by family (“1236”战略布局 borrows
    /// from “1236”节约集约用地战略).
    struct BestLists {
        var byKey: [String: ExpansionResolver.Found] = [:]
        var byModifiedKey: [String: ExpansionResolver.Found] = [:]
        var byFamily: [String: ExpansionResolver.Found] = [:]

        /// The list lent to a mention of `c`: the same label with the same modifier first, then
        /// the label, then its family.
        func lent(to c: SloganCandidate, assembler: SloganAssembler, scanner: SloganScanner) -> ExpansionResolver.Found? {
            byModifiedKey[assembler.modifier(of: c) + "|" + c.key] ?? byKey[c.key] ?? byFamily[scanner.family(c.range)]
        }
    }

    /// The best list each label, modified label and family has among `accepted`. Cued lists
    /// after the label (a glossary entry, 即, ：) outrank lists before it.
    func bestLists(_ accepted: [Resolved], scanner: SloganScanner) -> BestLists {
        func rank(_ f: ExpansionResolver.Found) -> Double {
            (f.direction == .after && f.marked ? 2 : f.marked ? 1 : 0) + f.fit
        }
        var best = BestLists()
        for r in accepted {
            guard let f = r.found else { continue }
            let modified = modifier(of: r.candidate) + "|" + r.candidate.key
            if best.byModifiedKey[modified].map({ rank($0) < rank(f) }) ?? true { best.byModifiedKey[modified] = f }
            let family = scanner.family(r.candidate.range)
            if best.byFamily[family].map({ rank($0) < rank(f) }) ?? true { best.byFamily[family] = f }
            // A glossary entry whose term adds a head to a quotation (“六改”项目：指…) defines the
            // quoted label too, as the body writes it (“六改”), when its list has the quoted
            // label's count (not “三资”交易平台：甲、乙: a platform's description).
            if r.candidate.facts.glossaryEntry, let q = r.candidate.quote {
                let quotedKey = scanner.key(q.content)
                if quotedKey != r.candidate.key, let shape = LabelShape.parse(q.content, in: index),
                   shape.expectedCounts.contains(f.items.count),
                   best.byKey[quotedKey].map({ rank($0) < rank(f) }) ?? true { best.byKey[quotedKey] = f }
            }
            if let old = best.byKey[r.candidate.key], rank(old) >= rank(f) { continue }
            best.byKey[r.candidate.key] = f
        }
        return best
    }

    /// The labels (the first 64 keys, one candidate each) that `listed` has no list for.
    func pendingLabels(_ accepted: [Resolved], listed: [String: ExpansionResolver.Found]) -> [String: SloganCandidate] {
        var pending: [String: SloganCandidate] = [:]
        for r in accepted where listed[r.candidate.key] == nil && pending.count < 64 {
            if pending[r.candidate.key] == nil { pending[r.candidate.key] = r.candidate }
        }
        return pending
    }

    /// The mentions shown: the accepted ones, and under a floor below the threshold the
    /// candidates not taken too (`--explain`), in text order.
    func shown(resolved: [Resolved], accepted: [Resolved]) -> [Resolved] {
        var shown = accepted
        if configuration.minimumConfidence < SloganScorer.threshold {
            shown += resolved.filter { !$0.accepted && $0.confidence >= configuration.minimumConfidence }
            shown.sort { ($0.candidate.range.lowerBound, $0.candidate.range.upperBound) < ($1.candidate.range.lowerBound, $1.candidate.range.upperBound) }
        }
        return shown
    }

    /// The scorer's confidence, rounded to two decimals as reported (so that the threshold
    /// and the user's floor see the same number).
    static func score(_ e: SloganEvidence, quoted: Bool) -> Double {
        (SloganScorer.confidence(e, quoted: quoted) * 100).rounded() / 100
    }

    /// Adds the unquoted occurrences of quoted labels (a word boundary on both sides), with
    /// the facts of their quoted shape; they replace weaker unquoted candidates they overlap,
    /// never quoted ones.
    private func withFurtherMentions(of quoted: [String: LabelFacts], in candidates: [SloganCandidate],
                                     scanner: SloganScanner) -> [SloganCandidate] {
        let keys = Set(quoted.keys)
        let u = index.u
        var byFirst: [UInt16: [[UInt16]]] = [:]
        for k in keys {
            let units = Array(k.utf16)
            guard units.count >= 2, units.count <= 12 else { continue }
            byFirst[units[0], default: []].append(units)
        }
        guard !byFirst.isEmpty else { return candidates }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        // (Glossary entries stand as they are, like quotations.)
        let quotedRanges = candidates.filter { $0.isQuoted || $0.facts.glossaryEntry }.map(\.range)   // sorted by position
        var found: [SloganCandidate] = []
        var qi = 0
        var i = 0
        // A bit per first unit: most characters start no key, and a table answers faster than
        // the dictionary. Word boundaries (ICU) are asked only where some key matches.
        var firsts = [UInt64](repeating: 0, count: 1024)
        for f in byFirst.keys { firsts[Int(f >> 6)] |= 1 << UInt64(f & 63) }
        while i < index.count {
            while qi < quotedRanges.count, quotedRanges[qi].upperBound <= i { qi += 1 }
            if qi < quotedRanges.count, quotedRanges[qi].lowerBound <= i { i = quotedRanges[qi].upperBound; continue }
            guard firsts[Int(u[i] >> 6)] & (1 << UInt64(u[i] & 63)) != 0, let options = byFirst[u[i]],
                  options.contains(where: { index.has($0, at: i) }), index.isWordStart(i) else { i += 1; continue }
            if i > 0, CharacterClass.isQuote(u[i - 1]) { i += 1; continue }
            var matched = false
            for key in options where index.has(key, at: i) {
                let end = i + key.count
                guard end == index.count || index.isWordStart(end) || !CharacterClass.isHan(u[end]) else { continue }
                if qi < quotedRanges.count, quotedRanges[qi].lowerBound < end { continue }
                guard standsAlone(i..<end) else { continue }
                guard let shape = LabelShape.parse(i..<end, in: index) else { continue }
                let key = scanner.key(i..<end)
                var facts = quoted[key] ?? LabelFacts()
                facts.propagated = true
                facts.head = scanner.headClass(of: shape)
                found.append(SloganCandidate(range: i..<end, shape: shape, quote: nil, facts: facts, key: key))
                i = end
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        guard !found.isEmpty else { return candidates }
        // Unquoted candidates overlapping a found mention give way (a sweep over both sorted lists).
        var out: [SloganCandidate] = []
        out.reserveCapacity(candidates.count + found.count)
        var fi = 0
        for c in candidates {
            while fi < found.count, found[fi].range.upperBound <= c.range.lowerBound { fi += 1 }
            if !c.isQuoted, !c.facts.glossaryEntry, fi < found.count, found[fi].range.overlaps(c.range) { continue }
            out.append(c)
        }
        out += found
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        return out
    }

    /// The quoted digits that explain a code part by part after it (“32”工程：“3”指…；“2”指…)
    /// are item markers of that code, not labels of their own.
    private func withoutCodeParts(_ candidates: [SloganCandidate], resolver: ExpansionResolver) -> [SloganCandidate] {
        var codes: [SloganCandidate] = []   // the last few digit codes, in text order
        var out: [SloganCandidate] = []
        out.reserveCapacity(candidates.count)
        for c in candidates {
            if let q = c.quote, q.content.count <= 3, c.range == q.content,
               q.content.allSatisfy({ CharacterClass.isDigit(index.u[$0]) || ChineseNumeral.isNumeral(index.u[$0]) }),
               codes.contains(where: { d in q.open >= d.range.upperBound && q.open - d.range.upperBound <= 400 && resolver.isCodePart(at: q.open, of: d) }) {
                continue
            }
            if c.shape.kind == .digitCode, c.shape.numbers.count >= 2 {
                codes.append(c)
                if codes.count > 4 { codes.removeFirst() }
            }
            out.append(c)
        }
        return out
    }

    /// A frame or multi-part label whose parts are each defined right after it takes the
    /// parts' items, in order, as its own list (and the parts' lists stop where the next
    /// part begins).
    private func joinPartDefinitions(_ resolved: inout [Resolved]) {
        for i in resolved.indices {
            let c = resolved[i].candidate
            guard c.shape.groups.count >= 2 || c.shape.parts.count >= 2 else { continue }
            var items: [Range<Int>] = []
            var parts = Set<String>()
            var last = c.range.upperBound
            var j = i + 1
            while j < resolved.count {
                let d = resolved[j].candidate
                // (Parts defined after the label's next mention are that mention's.)
                if d.range.lowerBound - last > 400 || d.key == c.key { break }
                if d.key != c.key, c.key.contains(d.key), d.key.count < c.key.count,
                   let f = resolved[j].found, f.direction == .after, parts.insert(d.key).inserted {
                    items += f.items
                    last = f.span.upperBound
                }
                j += 1
            }
            guard parts.count >= 2 else { continue }
            let own = resolved[i].found
            // The parts' definitions win over a list that swallowed them.
            let ownSwallowsParts = own.map { f in f.direction == .after && f.span.upperBound > c.range.upperBound + 1 } ?? true
            // (Not a marked list of exactly the label's count: 一网，指…；四中心，指甲、乙、丙、丁.)
            let ownFits = own.map { f in f.marked && f.items.count == c.shape.expectedCounts.first && items.count != f.items.count } ?? false
            // (Nor one that holds every part's items already and more: a part counted by 多.)
            let ownHoldsParts = own.map { f in
                f.items.count > items.count && items.allSatisfy { i in f.items.contains { $0.lowerBound <= i.lowerBound && i.upperBound <= $0.upperBound } }
            } ?? false
            if own == nil || ownSwallowsParts && !ownFits && !ownHoldsParts {
                resolved[i].found = ExpansionResolver.Found(direction: .after, items: items, fit: 0.8,
                                                            span: c.range.upperBound..<last, consumedQuote: nil, marked: true)
            }
        }
    }

    /// Unlabeled lists elsewhere in the document whose items carry a counted label's head
    /// (四个意识 → 政治意识、大局意识、核心意识、看齐意识; 四个全面 → 全面…、全面…): a run of exactly
    /// as many items as the label counts, each ending (or starting) with the head's last (or
    /// first) two characters. A list of items that end with the head wins over one whose items
    /// start with it.
    /// - Complexity: one pass over the text for all labels: O(n + occurrences of the probes).
    func unlabeledLists(for labels: [SloganCandidate]) -> [String: ExpansionResolver.Found] {
        /// One probe of one label and the run of items it is building.
        struct Probe {
            var label: Int
            var count: Int
            var atEnd: Bool
            var run: [Range<Int>] = []
            var resume = 0
            /// Where the last item's clause ends (past its predicate), for joining the next.
            var clauseEnd = 0
            var found: [Range<Int>]? = nil
        }
        let u = index.u
        var probes: [Probe] = []
        var byUnits: [UInt32: [Int]] = [:]
        for (li, c) in labels.enumerated() {
            guard c.shape.kind == .counted, let g = c.shape.groups.first, let n = g.value, n >= 2, n <= 12 else { continue }
            let head = Array(u[g.body].filter { CharacterClass.isHan($0) })
            guard head.count >= 2 else { continue }
            for (units, atEnd) in [(Array(head.suffix(2)), true), (Array(head.prefix(2)), false)] {
                byUnits[UInt32(units[0]) << 16 | UInt32(units[1]), default: []].append(probes.count)
                probes.append(Probe(label: li, count: n, atEnd: atEnd))
            }
        }
        guard !probes.isEmpty else { return [:] }
        // A bit per first unit of a probe: most characters start none, and the table answers
        // without hashing the pair (as in framedLists).
        var firsts = [UInt64](repeating: 0, count: 1024)
        for key in byUnits.keys { let f = UInt16(key >> 16); firsts[Int(f >> 6)] |= 1 << UInt64(f & 63) }
        func close(_ p: inout Probe) {
            if p.found == nil, p.run.count == p.count, !p.run.contains(where: { $0.overlaps(labels[p.label].range) }) { p.found = p.run }
        }
        var k = 0
        while k + 1 < index.count {
            defer { k += 1 }
            guard firsts[Int(u[k] >> 6)] & (1 << UInt64(u[k] & 63)) != 0,
                  let ids = byUnits[UInt32(u[k]) << 16 | UInt32(u[k + 1])] else { continue }
            for id in ids where probes[id].found == nil && k >= probes[id].resume {
                var a = k, b = k + 2
                var clauseEnd = -1
                if probes[id].atEnd {
                    // Back word by word to a separator, a particle or an introducing verb (要增强政治意识).
                    while a > 0, k - a < 14, CharacterClass.isHan(u[a - 1]) {
                        let s = index.wordStartOffset(at: a - 1)
                        let word = index.string(s..<a)
                        if SloganLexicon.leadParticles.contains(word) || SloganLexicon.leadVerbs.contains(word)
                            || (word.count == 1 && Self.isConjunction(u[s])) || k - s > 14 { break }
                        a = s
                    }
                } else {
                    // Forward to a separator or 的 (全面从严治党的战略布局), or to the predicate of a
                    // clause the item is the subject of (全面深化改革取得新进展).
                    while b < index.count, b - k < 14, CharacterClass.isHan(u[b]) || CharacterClass.isQuote(u[b]), u[b] != 0x7684 {
                        if b - k >= 4, index.isWordStart(b), SloganLexicon.resultPredicates.contains(where: { index.has($0, at: b) }) {
                            clauseEnd = b
                            while clauseEnd < index.count, clauseEnd - b < 12, CharacterClass.isHan(u[clauseEnd]) { clauseEnd += 1 }
                            break
                        }
                        b += 1
                    }
                }
                var joined = false
                if !probes[id].run.isEmpty {
                    let end = probes[id].clauseEnd
                    let gap = a - end
                    joined = (gap == 1 && CharacterClass.isItemSeparator(u[end]))
                        || (gap >= 1 && gap <= 2 && Self.isConjunction(u[a - 1]))
                }
                if joined {
                    probes[id].run.append(a..<b)
                } else {
                    close(&probes[id])
                    probes[id].run = [a..<b]
                }
                probes[id].clauseEnd = clauseEnd >= 0 ? clauseEnd : b
                probes[id].resume = probes[id].clauseEnd
            }
        }
        var out: [String: ExpansionResolver.Found] = [:]
        for i in probes.indices { close(&probes[i]) }
        // The probe on the head's end first, as listed.
        for p in probes {
            guard let run = p.found, out[labels[p.label].key] == nil else { continue }
            let span = run.first!.lowerBound..<run.last!.upperBound
            out[labels[p.label].key] = ExpansionResolver.Found(direction: .elsewhere, items: run, fit: 0.6, span: span, consumedQuote: nil)
        }
        return out
    }

    /// The two characters before a label (宗教 in 宗教“三非”), to tell apart labels that share a key.
    func modifier(of c: SloganCandidate) -> String {
        var s = c.range.lowerBound
        if s > 0, CharacterClass.isQuote(index.u[s - 1]) { s -= 1 }
        let a = max(0, s - 2)
        return SourceText.string(ArraySlice(index.u[a..<s].filter { CharacterClass.isHan($0) }))
    }

    /// Lists anywhere in the document whose items carry every frame character of a compact
    /// or frame label, in the label's count (双创 → 大众创业、万众创新): one pass over the
    /// clauses, each checked only against the labels whose characters it holds.
    func framedLists(for candidates: [SloganCandidate], resolver: ExpansionResolver) -> [String: ExpansionResolver.Found] {
        var byChar: [UInt16: [Int]] = [:]
        let labels = candidates.filter { ($0.shape.kind == .compact || $0.shape.kind == .frame) && ($0.shape.expectedCounts.first ?? 0) >= 2 }
        for (i, c) in labels.enumerated() {
            for ch in resolver.frameCharacters(of: c.shape) { byChar[ch, default: []].append(i) }
        }
        guard !byChar.isEmpty else { return [:] }
        let u = index.u
        // A bit per frame character (most characters are none), and per label the last clause
        // that marked it: no set and no dictionary probe per character of a clause.
        var frameBits = [UInt64](repeating: 0, count: 1024)
        for ch in byChar.keys { frameBits[Int(ch >> 6)] |= 1 << UInt64(ch & 63) }
        var markedIn = [Int](repeating: -1, count: labels.count)
        var seen: [Int] = []
        var out: [String: ExpansionResolver.Found] = [:]
        var start = 0
        for k in 0...index.count {
            guard k == index.count || CharacterClass.isSentenceEnd(u[k]) || u[k] == 0x2C || u[k] == 0x3B else { continue }
            let clause = start..<k
            start = k + 1
            guard clause.count >= 4, clause.count <= 80,
                  clause.contains(where: { u[$0] == 0x3001 || Self.isConjunction(u[$0]) }) else { continue }
            seen.removeAll(keepingCapacity: true)
            for p in clause where frameBits[Int(u[p] >> 6)] & (1 << UInt64(u[p] & 63)) != 0 {
                for i in byChar[u[p]]! where markedIn[i] != k {
                    markedIn[i] = k
                    seen.append(i)
                }
            }
            guard !seen.isEmpty else { continue }
            seen.sort()
            // The clause's readings, and each one trimmed, do not depend on the label: read them
            // once, and trim only readings of a count some label expects (trimming and
            // alignment keep the count).
            var readings: [[Range<Int>]]? = nil
            var trimmedReadings: [Int: [Range<Int>]] = [:]
            for i in seen {
                let c = labels[i]
                guard !clause.overlaps(c.range), let expected = c.shape.expectedCounts.first else { continue }
                if readings == nil { readings = resolver.parser.readings(of: clause).filter { $0.level <= 2 }.map(\.items) }
                for (r, reading) in readings!.enumerated() where reading.count == expected {
                    let trimmed: [Range<Int>]
                    if let t = trimmedReadings[r] { trimmed = t } else {
                        trimmed = resolver.trimLeadingContext(reading)
                        trimmedReadings[r] = trimmed
                    }
                    let items = resolver.alignToFrame(trimmed, for: c.shape)
                    guard items.count == expected, items.allSatisfy({ $0.count <= 12 }),
                          let v = resolver.validator.evaluate(items, for: c.shape), v.frameFit >= 0.99 else { continue }
                    // The tightest list wins (大众创业、万众创新 over longer clauses with 创).
                    let length = v.items.reduce(0) { $0 + $1.count }
                    if let old = out[c.key], old.items.reduce(0, { $0 + $1.count }) <= length { break }
                    out[c.key] = ExpansionResolver.Found(direction: .elsewhere, items: v.items, fit: min(v.fit, 0.6), span: clause, consumedQuote: nil)
                    break
                }
            }
        }
        return out
    }

    static func isConjunction(_ c: UInt16) -> Bool { c == 0x548C || c == 0x53CA || c == 0x4E0E }   // 和 及 与

    /// Sentence strings by range: mentions in one sentence share one string.
    private struct ContextCache {
        let index: DocumentIndex
        var strings: [Range<Int>: String] = [:]
        mutating func sentence(around range: Range<Int>) -> String {
            let s = index.sentence(around: range)
            if let cached = strings[s] { return cached }
            let text = index.sourceString(s)
            strings[s] = text
            return text
        }
    }

    /// An item without the separators, spaces and line ends around it (`ListParser.isTrimmable`).
    private func trimSeparators(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, ListParser.isTrimmable(index.u[a]) { a += 1 }
        while a < b, ListParser.isTrimmable(index.u[b - 1]) { b -= 1 }
        return a..<b
    }

    /// The label as written — spaces inside it included (三 股势力) — without quotation marks
    /// (UTF-16 filtering: no grapheme work); the key is the normalised form.
    func label(of c: SloganCandidate) -> String {
        let sourceUnits = index.text.writtenUnits(c.range)
        return SourceText.string(ArraySlice(sourceUnits.filter { !CharacterClass.isQuote($0) && $0 != 0xFF02 && $0 != 0x27 }))
    }

    private func mention(_ c: SloganCandidate, found: ExpansionResolver.Found?, confidence: Double, evidence: SloganEvidence,
                         contexts: inout ContextCache) -> SloganMention {
        let text = index.text
        let label = label(of: c)
        var expansion: Expansion? = nil
        if let f = found {
            // Whatever reading found the items, none starts or ends with a separator (：开会发文多…).
            let items = f.items.map(trimSeparators).filter { !$0.isEmpty }
                .map { Expansion.Item(text: index.sourceString($0), range: text.sourceRange(of: $0)) }
            let context = contexts.sentence(around: f.span)
            expansion = Expansion(direction: f.direction, items: items, context: context, fit: f.fit)
        }
        return SloganMention(label: label, key: c.key, range: text.sourceRange(of: c.range), numbers: c.shape.numbers,
                             kind: c.shape.kind, confidence: confidence, isQuoted: c.isQuoted,
                             expansion: expansion, sentence: contexts.sentence(around: c.range),
                             evidence: configuration.explain ? evidence.named : [:])
    }
}
