/// Turns candidates into mentions: resolves expansions, weighs the evidence, finds the
/// further mentions of confirmed labels, joins part-wise definitions, and lends a
/// document's expansion to the mentions that lack one (`elsewhere`).
///
/// 例：`“四风”…反对四风…` → both mentions, the second (unquoted) because the first confirmed
/// the label; if the document lists 形式主义、官僚主义、享乐主义和奢靡之风这“四风” once, every
/// other mention of 四风 carries that list as `elsewhere`.
/// - Complexity: O(n) for a document of n units (bounded windows, at most 64 labels searched).
struct SloganAssembler {
    let index: DocumentIndex
    let configuration: SloganDetector.Configuration

    private struct Resolved {
        var candidate: SloganCandidate
        var found: ExpansionResolver.Found?
        var confidence: Double
        var accepted: Bool
    }

    func run() -> [SloganMention] {
        let resolver = ExpansionResolver(index: index)
        let candidates = SloganScanner(index: index).candidates()

        // 1. Each candidate's own list, after or before it.
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

        // 2. Evidence.
        for i in resolved.indices {
            let c = resolved[i].candidate
            let fit = resolved[i].found?.fit ?? 0
            if !c.needsEvidence {
                resolved[i].confidence = min(1, max(c.prior, fit > 0 ? 0.55 + 0.4 * fit : 0))
            } else if fit >= 0.6, let f = resolved[i].found, f.direction == .after || f.marked || f.fit >= 0.8 {
                // Unquoted labels need a list that is cued, marked (这/等/a quotation) or fits well.
                resolved[i].confidence = 0.5 + 0.4 * fit
            } else {
                resolved[i].confidence = c.prior
            }
            resolved[i].accepted = resolved[i].confidence >= configuration.minimumConfidence
        }

        // 3. Labels confirmed once (quoted, or with a list) confirm their other mentions.
        var confirmed = Set<String>()
        for r in resolved where r.accepted && (r.candidate.isQuoted || r.found != nil) { confirmed.insert(r.candidate.key) }
        for i in resolved.indices where !resolved[i].accepted && confirmed.contains(resolved[i].candidate.key) {
            resolved[i].accepted = true
            resolved[i].confidence = max(resolved[i].confidence, 0.7)
        }
        var accepted = resolved.filter(\.accepted)
        accepted += furtherMentions(of: confirmed, besides: resolved)
        accepted.sort { $0.candidate.range.lowerBound < $1.candidate.range.lowerBound }

        // 4. Labels defined part by part: “一控两减三基本”…“一控”是指…，“两减”是指…
        for i in accepted.indices where accepted[i].found == nil {
            let c = accepted[i].candidate
            guard c.shape.groups.count >= 2 else { continue }
            var items: [Range<Int>] = []
            var parts = Set<String>()
            var last = c.range.upperBound
            for j in (i + 1)..<accepted.count {
                let d = accepted[j].candidate
                if d.range.lowerBound - last > 240 { break }
                guard d.key != c.key, c.key.contains(d.key), d.key.count < c.key.count,
                      let f = accepted[j].found, f.direction == .after else { continue }
                if parts.insert(d.key).inserted { items += f.items; last = f.span.upperBound }
            }
            if parts.count >= 2 {
                accepted[i].found = ExpansionResolver.Found(direction: .after, items: items, fit: 0.8,
                                                            span: c.range.upperBound..<last, consumedQuote: nil)
            }
        }

        // 5. Elsewhere: the document's best list for each label.
        var bestByKey: [String: ExpansionResolver.Found] = [:]
        for r in accepted {
            guard let f = r.found else { continue }
            if let old = bestByKey[r.candidate.key], old.fit >= f.fit { continue }
            bestByKey[r.candidate.key] = f
        }
        var searched = 0
        for r in accepted where bestByKey[r.candidate.key] == nil && searched < 64 {
            searched += 1
            if let f = unlabeledList(for: r.candidate, resolver: resolver) { bestByKey[r.candidate.key] = f }
        }
        return accepted.map { r in
            var found = r.found
            if found == nil, var other = bestByKey[r.candidate.key] {
                other.direction = .elsewhere
                found = other
            }
            return mention(r.candidate, found: found, confidence: r.confidence)
        }
    }

    /// Unquoted occurrences of confirmed labels that the scanner did not propose
    /// (a word boundary on both sides, outside other mentions).
    private func furtherMentions(of keys: Set<String>, besides resolved: [Resolved]) -> [Resolved] {
        let u = index.u
        var byFirst: [UInt16: [[UInt16]]] = [:]
        for k in keys {
            let units = Array(k.utf16)
            guard units.count >= 2, units.count <= 12 else { continue }
            byFirst[units[0], default: []].append(units)
        }
        guard !byFirst.isEmpty else { return [] }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        var covered = [Range<Int>]()
        for r in resolved { covered.append(r.candidate.range) }
        covered.sort { $0.lowerBound < $1.lowerBound }
        var out: [Resolved] = []
        var ci = 0
        var i = 0
        let scanner = SloganScanner(index: index)
        while i < index.count {
            while ci < covered.count, covered[ci].upperBound <= i { ci += 1 }
            if ci < covered.count, covered[ci].contains(i) { i = covered[ci].upperBound; continue }
            guard let options = byFirst[u[i]], index.wordStart[i] == 1 else { i += 1; continue }
            var matched = false
            for key in options where index.has(key, at: i) {
                let end = i + key.count
                guard index.wordStart[end] == 1 || end == index.count || !CharacterClass.isHan(u[end]) else { continue }
                if ci < covered.count, covered[ci].lowerBound < end { continue }
                guard let shape = LabelShape.parse(i..<end, in: index) else { continue }
                let c = SloganCandidate(range: i..<end, shape: shape, quote: nil, prior: 0.7, needsEvidence: false,
                                        key: scanner.key(i..<end))
                out.append(Resolved(candidate: c, found: nil, confidence: 0.7, accepted: true))
                i = end
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return out
    }

    /// An unlabeled list elsewhere in the document whose items carry a counted label's head
    /// (四个意识 → 政治意识、大局意识、核心意识、看齐意识; 四个全面 → 全面…、全面…).
    private func unlabeledList(for c: SloganCandidate, resolver: ExpansionResolver) -> ExpansionResolver.Found? {
        guard c.shape.kind == .counted, let g = c.shape.groups.first, let n = g.value, n >= 2, n <= 12 else { return nil }
        let head = Array(index.u[g.body].filter { CharacterClass.isHan($0) })
        guard head.count >= 2 else { return nil }
        let u = index.u
        for probe in [Array(head.suffix(2)), Array(head.prefix(2))] {
            let atEnd = probe == Array(head.suffix(2))
            // Occurrences of the probe, in runs separated only by short items and separators.
            var run: [Range<Int>] = []
            var k = 0
            while k + 1 < index.count {
                guard index.has(probe, at: k) else { k += 1; continue }
                // The item around this occurrence: back (or forward) to a separator.
                var a = k, b = k + 2
                if atEnd {
                    while a > 0, k - a < 10, CharacterClass.isHan(u[a - 1]), !Self.isConjunction(u[a - 1]) || k - a < 1 { a -= 1 }
                } else {
                    while b < index.count, b - k < 14, CharacterClass.isHan(u[b]) || CharacterClass.isQuote(u[b]) { b += 1 }
                }
                if let last = run.last, a - last.upperBound <= 1, a > last.upperBound || a == last.upperBound {
                    run.append(a..<b)
                } else if let last = run.last, a - last.upperBound <= 2, Self.isConjunction(u[last.upperBound]) {
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

    static func isConjunction(_ c: UInt16) -> Bool { c == 0x548C || c == 0x53CA || c == 0x4E0E }   // 和 及 与

    private func mention(_ c: SloganCandidate, found: ExpansionResolver.Found?, confidence: Double) -> SloganMention {
        let text = index.text
        let label = String(index.sourceString(c.range).filter { !"“”‘’「」『』\"'＂〝〞".contains($0) && $0 != " " })
        var expansion: Expansion? = nil
        if let f = found {
            let items = f.items.map { Expansion.Item(text: index.sourceString($0), range: text.sourceRange(of: $0)) }
            let context = index.sourceString(index.sentence(around: f.span))
            expansion = Expansion(direction: f.direction, items: items, context: context, fit: f.fit)
        }
        return SloganMention(label: label, key: c.key, range: text.sourceRange(of: c.range), numbers: c.shape.numbers,
                             kind: c.shape.kind, confidence: (confidence * 100).rounded() / 100, isQuoted: c.isQuoted,
                             expansion: expansion, sentence: index.sourceString(index.sentence(around: c.range)))
    }
}
