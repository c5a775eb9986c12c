/// The slogan engine's answer for the keyword engine: where each mention stands, its key, and
/// whether it comes with an expansion — exactly what ``TermSpan/init(_:in:)`` takes from the
/// full mentions, without building them.
///
/// Mentions are decided as in ``SloganAssembler/run()``; what is skipped is only what the
/// spans do not show: the items' and sentences' strings, the unconfirmed candidates, and the
/// search for a list elsewhere (unlabeled or framed) for labels whose mentions all have one
/// already — from their own list, one lent within the document, or the known labels' items.
/// 例：in `坚持“两学一做”，…两学一做…` both mentions give spans with key 两学一做.
extension SloganAssembler {
    /// One shown mention as the keyword engine sees it.
    struct LabelSpan {
        /// The mention's range in normalized units.
        var range: Range<Int>
        /// The mention's grouping key (as ``SloganMention/key``).
        var key: String
        /// Whether the mention has an expansion (its own, lent, or the known labels' items).
        var expanded: Bool
    }

    /// The spans of the mentions ``SloganDetector/detect(in:)`` keeps (confidence at least the
    /// configuration's floor), in the same order.
    /// - Complexity: O(n), as ``run()``.
    func labelSpans() -> [LabelSpan] {
        let (scanner, resolver, resolved, accepted) = decide()
        // Which labels have a list somewhere in the document, as run() lends them.
        var best = bestLists(accepted, scanner: scanner)
        let shown = shown(resolved: resolved, accepted: accepted).filter { $0.confidence >= configuration.minimumConfidence }
        /// Whether the known labels fill the mention (``KnownLabels/filling(_:)``).
        func knownItems(_ r: Resolved) -> Bool {
            guard !known.isEmpty else { return false }
            let key = r.candidate.key.isEmpty ? label(of: r.candidate) : r.candidate.key
            return known.labels[SloganKeying.key(plain: key)]?.items != nil
        }
        // The labels still waiting for a list, as run() picks them (the first 64 keys) …
        let pending = pendingLabels(accepted, listed: best.byKey)
        // … of which only those with a mention that no other source expands are searched
        // (each label's search is independent of the others').
        var needed = Set<String>()
        for r in shown where r.found == nil && r.accepted && pending[r.candidate.key] != nil && !needed.contains(r.candidate.key) {
            if best.byModifiedKey[modifier(of: r.candidate) + "|" + r.candidate.key] != nil
                || best.byFamily[scanner.family(r.candidate.range)] != nil || knownItems(r) { continue }
            needed.insert(r.candidate.key)
        }
        if !needed.isEmpty {
            var wanted = pending.values.filter { needed.contains($0.key) }.sorted { $0.key < $1.key }
            for (key, f) in unlabeledLists(for: wanted) { best.byKey[key] = f }
            wanted.removeAll { best.byKey[$0.key] != nil }
            for (key, f) in framedLists(for: wanted, resolver: resolver) where best.byKey[key] == nil { best.byKey[key] = f }
        }
        return shown.map { r in
            let c = r.candidate
            var expanded = r.found != nil
            if !expanded, r.accepted { expanded = best.lent(to: c, assembler: self, scanner: scanner) != nil }
            if !expanded { expanded = knownItems(r) }
            let text = index.text
            return LabelSpan(range: text.normalizedRange(ofSourceCodePoints: text.sourceRange(of: c.range)), key: c.key, expanded: expanded)
        }
    }
}
