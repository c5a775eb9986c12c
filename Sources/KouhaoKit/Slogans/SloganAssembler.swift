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
        var confidence: Double
        var accepted: Bool
    }

    /// The accepted mentions, and the candidates left without evidence (for corpus runs).
    func run() -> (mentions: [SloganMention], unconfirmed: [SloganMention]) {
        let scanner = SloganScanner(index: index)
        var candidates = scanner.candidates()
        // Labels quoted once are labels wherever they occur (those that still need evidence
        // are searched too, and need it wherever they occur).
        let quotedKeys = Set(candidates.filter { $0.isQuoted && !$0.needsEvidence }.map(\.key))
        let pendingKeys = Set(candidates.filter { $0.isQuoted && $0.needsEvidence }.map(\.key)).subtracting(quotedKeys)
        candidates = withFurtherMentions(of: quotedKeys, pending: pendingKeys, in: candidates, scanner: scanner)
        candidates = withKnownLabels(in: candidates, scanner: scanner)

        let resolver = ExpansionResolver(index: index, candidates: candidates)
        var resolved: [Resolved] = candidates.map { c in
            let after = resolver.after(c)
            let before = resolver.before(c)
            var found = after
            if let b = before, after == nil || b.fit > after!.fit + 0.05 { found = b }
            return Resolved(candidate: c, found: found, confidence: 0, accepted: false)
        }
        // A quotation used as another label's list is not a label itself (“一馆、一带、一所、一基地”“四个一”).
        var consumed = Set<Int>()
        for r in resolved { if let q = r.found?.consumedQuote { consumed.insert(q.open) } }
        resolved.removeAll { r in r.candidate.quote.map { consumed.contains($0.open) } ?? false }

        // Labels defined part by part: “一控两减三基本”…“一控”是指…，“两减”是指…
        joinPartDefinitions(&resolved)

        // Evidence.
        for i in resolved.indices {
            let c = resolved[i].candidate
            let fit = resolved[i].found?.fit ?? 0
            if !c.needsEvidence {
                resolved[i].confidence = min(1, max(c.prior, fit > 0 ? 0.55 + 0.4 * fit : 0))
            } else if fit >= 0.6, let f = resolved[i].found, f.marked || f.fit >= 0.8,
                      !c.needsQuotedList || f.consumedQuote != nil || (f.direction == .after && f.marked) {
                // Labels that need evidence need a list that is cued, marked (这/等/a quotation) or fits well.
                resolved[i].confidence = 0.5 + 0.4 * fit
            } else {
                resolved[i].confidence = c.prior
            }
            resolved[i].accepted = resolved[i].confidence >= configuration.minimumConfidence
        }
        // Repetition is evidence too: a label that needs evidence but recurs (四化 three times,
        // 双拥 twice) is one.
        var occurrences: [String: Int] = [:]
        for r in resolved where r.candidate.needsEvidence { occurrences[r.candidate.key, default: 0] += 1 }
        for i in resolved.indices where !resolved[i].accepted && resolved[i].candidate.needsEvidence {
            let c = resolved[i].candidate
            guard c.shape.kind == .compact || c.shape.kind == .counted || c.shape.kind == .frame, !SloganScanner.allOnes(c.shape) else { continue }
            // A number and one character (二环, 三环, 二战, 双良) is too often a name or an ordinal.
            let body = c.shape.groups.reduce(0) { $0 + $1.body.count + ($1.measure?.count ?? 0) }
            guard body >= 2 else { continue }
            let needed = 3
            if (occurrences[c.key] ?? 0) >= needed {
                resolved[i].accepted = true
                resolved[i].confidence = max(resolved[i].confidence, 0.6)
            }
        }
        // Labels confirmed by a list confirm their other mentions.
        var confirmed = quotedKeys
        for r in resolved where r.accepted && (r.found != nil || r.candidate.isKnown) { confirmed.insert(r.candidate.key) }
        for i in resolved.indices where !resolved[i].accepted && confirmed.contains(resolved[i].candidate.key) {
            resolved[i].accepted = true
            resolved[i].confidence = max(resolved[i].confidence, 0.7)
        }
        // Labels quoted or defined anywhere are found at every other occurrence.
        let accepted = withPropagatedMentions(resolved.filter(\.accepted), confirmed: confirmed, among: resolved, scanner: scanner)

        // Elsewhere: the document's best list for each label.
        // Cued lists after the label (a glossary entry, 即, ：) outrank lists before it.
        func rank(_ f: ExpansionResolver.Found) -> Double {
            (f.direction == .after && f.marked ? 2 : f.marked ? 1 : 0) + f.fit
        }
        var bestByKey: [String: ExpansionResolver.Found] = [:]
        var bestByModifiedKey: [String: ExpansionResolver.Found] = [:]
        var bestByFamily: [String: ExpansionResolver.Found] = [:]
        for r in accepted {
            guard let f = r.found else { continue }
            let modified = modifier(of: r.candidate) + "|" + r.candidate.key
            if bestByModifiedKey[modified].map({ rank($0) < rank(f) }) ?? true { bestByModifiedKey[modified] = f }
            let family = scanner.family(r.candidate.range)
            if bestByFamily[family].map({ rank($0) < rank(f) }) ?? true { bestByFamily[family] = f }
            if let old = bestByKey[r.candidate.key], rank(old) >= rank(f) { continue }
            bestByKey[r.candidate.key] = f
        }
        // Labels still without a list: an unlabeled list with their head (四个意识 → …意识、…意识),
        // or one carrying their frame characters (双创 → 大众创业、万众创新), in one pass.
        var pending: [String: SloganCandidate] = [:]
        for r in accepted where bestByKey[r.candidate.key] == nil && pending.count < 64 {
            if pending[r.candidate.key] == nil { pending[r.candidate.key] = r.candidate }
        }
        // Where each label's two-character probes occur, found in one pass for all labels.
        let probePositions = positions(of: Set(pending.values.flatMap { unlabeledProbes(for: $0).map { Self.pairKey($0.probe) } }))
        for (key, c) in pending.sorted(by: { $0.key < $1.key }) {
            if let f = unlabeledList(for: c, positions: probePositions) { bestByKey[key] = f; pending[key] = nil }
        }
        for (key, f) in framedLists(for: pending.values.sorted { $0.key < $1.key }, resolver: resolver) where bestByKey[key] == nil {
            bestByKey[key] = f
        }
        var contexts = ContextCache(index: index)
        let unconfirmed = unconfirmedCandidates(resolved, accepted: accepted).map {
            mention($0.candidate, found: nil, confidence: $0.confidence, contexts: &contexts)
        }
        let mentions = accepted.map { r in
            var found = r.found
            // The same label with the same modifier first (宗教“三非” vs 境外“三非”), then the
            // label, then its family (“1236”战略布局 borrows from “1236”节约集约用地战略).
            if found == nil, var other = bestByModifiedKey[modifier(of: r.candidate) + "|" + r.candidate.key] ?? bestByKey[r.candidate.key]
                ?? bestByFamily[scanner.family(r.candidate.range)] {
                other.direction = .elsewhere
                found = other
            }
            return mention(r.candidate, found: found, confidence: r.confidence, contexts: &contexts)
        }
        return (mentions, unconfirmed)
    }

    /// Adds the unquoted occurrences of confirmed labels (a word boundary on both sides);
    /// they replace weaker unquoted candidates they overlap, never quoted ones.
    private func withFurtherMentions(of keys: Set<String>, pending: Set<String>, in candidates: [SloganCandidate],
                                     scanner: SloganScanner) -> [SloganCandidate] {
        let u = index.u
        var byFirst: [UInt16: [[UInt16]]] = [:]
        for k in keys.union(pending) {
            let units = Array(k.utf16)
            guard units.count >= 2, units.count <= 12 else { continue }
            byFirst[units[0], default: []].append(units)
        }
        guard !byFirst.isEmpty else { return candidates }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        let quoted = candidates.filter(\.isQuoted).map(\.range)   // sorted by position
        var found: [SloganCandidate] = []
        var qi = 0
        var i = 0
        // A bit per first unit: most characters start no key, and a table answers faster than
        // the dictionary. Word boundaries (ICU) are asked only where some key matches.
        var firsts = [UInt64](repeating: 0, count: 1024)
        for f in byFirst.keys { firsts[Int(f >> 6)] |= 1 << UInt64(f & 63) }
        while i < index.count {
            while qi < quoted.count, quoted[qi].upperBound <= i { qi += 1 }
            if qi < quoted.count, quoted[qi].lowerBound <= i { i = quoted[qi].upperBound; continue }
            guard firsts[Int(u[i] >> 6)] & (1 << UInt64(u[i] & 63)) != 0, let options = byFirst[u[i]],
                  options.contains(where: { index.has($0, at: i) }), index.isWordStart(i) else { i += 1; continue }
            if i > 0, CharacterClass.isQuote(u[i - 1]) { i += 1; continue }
            var matched = false
            for key in options where index.has(key, at: i) {
                let end = i + key.count
                guard end == index.count || index.isWordStart(end) || !CharacterClass.isHan(u[end]) else { continue }
                if qi < quoted.count, quoted[qi].lowerBound < end { continue }
                guard standsAlone(i..<end) else { continue }
                guard let shape = LabelShape.parse(i..<end, in: index) else { continue }
                let key = scanner.key(i..<end)
                let weak = !keys.contains(key)
                found.append(SloganCandidate(range: i..<end, shape: shape, quote: nil, prior: weak ? 0.4 : 0.7,
                                             needsEvidence: weak, key: key))
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
            if !c.isQuoted, fi < found.count, found[fi].range.overlaps(c.range) { continue }
            out.append(c)
        }
        out += found
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
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
                if d.range.lowerBound - last > 400 { break }
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
            if own == nil || ownSwallowsParts {
                resolved[i].found = ExpansionResolver.Found(direction: .after, items: items, fit: 0.8,
                                                            span: c.range.upperBound..<last, consumedQuote: nil, marked: true)
            }
        }
    }

    /// An unlabeled list elsewhere in the document whose items carry a counted label's head
    /// (四个意识 → 政治意识、大局意识、核心意识、看齐意识; 四个全面 → 全面…、全面…).
    /// The two-character probes of a counted label's head: its last two characters (items
    /// ending with them) and its first two (items starting with them).
    private func unlabeledProbes(for c: SloganCandidate) -> [(probe: [UInt16], atEnd: Bool)] {
        guard c.shape.kind == .counted, let g = c.shape.groups.first, let n = g.value, n >= 2, n <= 12 else { return [] }
        let head = Array(index.u[g.body].filter { CharacterClass.isHan($0) })
        guard head.count >= 2 else { return [] }
        return [(Array(head.suffix(2)), true), (Array(head.prefix(2)), false)]
    }

    @inline(__always)
    private static func pairKey(_ p: [UInt16]) -> UInt32 { UInt32(p[0]) << 16 | UInt32(p[1]) }

    /// The offsets at which each of the two-character `keys` occurs, ascending: one pass over
    /// the text for every label (a scan per label would make long documents quadratic).
    private func positions(of keys: Set<UInt32>) -> [UInt32: [Int]] {
        guard !keys.isEmpty, index.count >= 2 else { return [:] }
        var out: [UInt32: [Int]] = [:]
        let u = index.u
        var firsts = [UInt64](repeating: 0, count: 1024)
        for key in keys { let f = Int(key >> 16); firsts[f >> 6] |= 1 << UInt64(f & 63) }
        for k in 0..<(index.count - 1) where firsts[Int(u[k] >> 6)] & (1 << UInt64(u[k] & 63)) != 0 {
            let key = UInt32(u[k]) << 16 | UInt32(u[k + 1])
            if keys.contains(key) { out[key, default: []].append(k) }
        }
        return out
    }

    private func unlabeledList(for c: SloganCandidate, positions: [UInt32: [Int]]) -> ExpansionResolver.Found? {
        guard c.shape.kind == .counted, let g = c.shape.groups.first, let n = g.value, n >= 2, n <= 12 else { return nil }
        let u = index.u
        for (probe, atEnd) in unlabeledProbes(for: c) {
            // Occurrences of the probe in a run, each item reaching back (or forward) to a separator.
            var run: [Range<Int>] = []
            let hits = positions[Self.pairKey(probe)] ?? []
            var h = 0
            var k = 0
            while true {
                while h < hits.count, hits[h] < k { h += 1 }
                guard h < hits.count else { break }
                k = hits[h]
                var a = k, b = k + 2
                if atEnd {
                    // Back word by word to a separator, a particle or an introducing verb (要增强政治意识).
                    while a > 0, k - a < 14, CharacterClass.isHan(u[a - 1]) {
                        let s = index.wordStartOffset(at: a - 1)
                        let word = index.string(s..<a)
                        if SloganLexicon.leadParticles.contains(word) || SloganLexicon.leadVerbs.contains(word)
                            || (word.count == 1 && Self.isConjunction(u[s])) || k - s > 14 { break }
                        a = s
                    }
                } else {
                    // Forward to a separator or 的 (全面从严治党的战略布局).
                    while b < index.count, b - k < 14, CharacterClass.isHan(u[b]) || CharacterClass.isQuote(u[b]), u[b] != 0x7684 { b += 1 }
                }
                let joined: Bool
                if let last = run.last {
                    let gap = a - last.upperBound
                    joined = (gap == 1 && CharacterClass.isItemSeparator(u[last.upperBound]))
                        || (gap >= 1 && gap <= 2 && Self.isConjunction(u[a - 1]))
                } else {
                    joined = false
                }
                if joined {
                    run.append(a..<b)
                } else {
                    if run.count == n, !run.contains(where: { $0.overlaps(c.range) }) { break }
                    run = [a..<b]
                }
                k = b
            }
            if run.count == n, !run.contains(where: { $0.overlaps(c.range) }) {
                let span = run.first!.lowerBound..<run.last!.upperBound
                return ExpansionResolver.Found(direction: .elsewhere, items: run, fit: 0.6, span: span, consumedQuote: nil)
            }
        }
        return nil
    }

    /// The two characters before a label (宗教 in 宗教“三非”), to tell apart labels that share a key.
    private func modifier(of c: SloganCandidate) -> String {
        var s = c.range.lowerBound
        if s > 0, CharacterClass.isQuote(index.u[s - 1]) { s -= 1 }
        let a = max(0, s - 2)
        return SourceText.string(ArraySlice(index.u[a..<s].filter { CharacterClass.isHan($0) }))
    }

    /// Lists anywhere in the document whose items carry every frame character of a compact
    /// or frame label, in the label's count (双创 → 大众创业、万众创新): one pass over the
    /// clauses, each checked only against the labels whose characters it holds.
    private func framedLists(for candidates: [SloganCandidate], resolver: ExpansionResolver) -> [String: ExpansionResolver.Found] {
        var byChar: [UInt16: [Int]] = [:]
        let labels = candidates.filter { ($0.shape.kind == .compact || $0.shape.kind == .frame) && ($0.shape.expectedCounts.first ?? 0) >= 2 }
        for (i, c) in labels.enumerated() {
            for ch in resolver.frameCharacters(of: c.shape) { byChar[ch, default: []].append(i) }
        }
        guard !byChar.isEmpty else { return [:] }
        let u = index.u
        var out: [String: ExpansionResolver.Found] = [:]
        var start = 0
        for k in 0...index.count {
            guard k == index.count || CharacterClass.isSentenceEnd(u[k]) || u[k] == 0x2C || u[k] == 0x3B else { continue }
            let clause = start..<k
            start = k + 1
            guard clause.count >= 4, clause.count <= 80,
                  clause.contains(where: { u[$0] == 0x3001 || Self.isConjunction(u[$0]) }) else { continue }
            var seen = Set<Int>()
            for p in clause { for i in byChar[u[p]] ?? [] { seen.insert(i) } }
            // The clause's readings, and each one trimmed, do not depend on the label: read them
            // once, and trim only readings of a count some label expects (trimming and
            // alignment keep the count).
            var readings: [[Range<Int>]]? = nil
            var trimmedReadings: [Int: [Range<Int>]] = [:]
            for i in seen.sorted() {
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

    private func mention(_ c: SloganCandidate, found: ExpansionResolver.Found?, confidence: Double,
                         contexts: inout ContextCache) -> SloganMention {
        let text = index.text
        // The label as written — spaces inside it included (三 股势力) — without quotation marks
        // (UTF-16 filtering: no grapheme work); the key is the normalised form.
        let sourceUnits = text.writtenUnits(c.range)
        let label = SourceText.string(ArraySlice(sourceUnits.filter { !CharacterClass.isQuote($0) && $0 != 0xFF02 && $0 != 0x27 }))
        var expansion: Expansion? = nil
        if let f = found {
            // Whatever reading found the items, none starts or ends with a separator (：开会发文多…).
            let items = f.items.map(trimSeparators).filter { !$0.isEmpty }
                .map { Expansion.Item(text: index.sourceString($0), range: text.sourceRange(of: $0)) }
            let context = contexts.sentence(around: f.span)
            expansion = Expansion(direction: f.direction, items: items, context: context, fit: f.fit)
        }
        return SloganMention(label: label, key: c.key, range: text.sourceRange(of: c.range), numbers: c.shape.numbers,
                             kind: c.shape.kind, confidence: (confidence * 100).rounded() / 100, isQuoted: c.isQuoted,
                             expansion: expansion, sentence: contexts.sentence(around: c.range))
    }
}
