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
        // Which labels have a list somewhere in the document (run's bestByKey, before and
        // after the unlabeled and framed lists), by key, by modifier and key, by family.
        var byKey = Set<String>(), byModifiedKey = Set<String>(), byFamily = Set<String>()
        for r in accepted where r.found != nil {
            byModifiedKey.insert(modifier(of: r.candidate) + "|" + r.candidate.key)
            byFamily.insert(scanner.family(r.candidate.range))
            byKey.insert(r.candidate.key)
        }
        let shown = shown(resolved: resolved, accepted: accepted).filter { $0.confidence >= configuration.minimumConfidence }
        /// Whether the known labels fill the mention (``KnownLabels/filling(_:)``).
        func knownItems(_ r: Resolved) -> Bool {
            guard !known.isEmpty else { return false }
            let key = r.candidate.key.isEmpty ? label(of: r.candidate) : r.candidate.key
            return known.labels[SloganKeying.key(plain: key)]?.items != nil
        }
        // The labels still waiting for a list, as run() picks them (the first 64 keys) …
        var pending: [String: SloganCandidate] = [:]
        for r in accepted where !byKey.contains(r.candidate.key) && pending.count < 64 {
            if pending[r.candidate.key] == nil { pending[r.candidate.key] = r.candidate }
        }
        // … of which only those with a mention that no other source expands are searched
        // (each label's search is independent of the others').
        var needed = Set<String>()
        for r in shown where r.found == nil && r.accepted && pending[r.candidate.key] != nil && !needed.contains(r.candidate.key) {
            if byModifiedKey.contains(modifier(of: r.candidate) + "|" + r.candidate.key)
                || byFamily.contains(scanner.family(r.candidate.range)) || knownItems(r) { continue }
            needed.insert(r.candidate.key)
        }
        if !needed.isEmpty {
            var wanted = pending.values.filter { needed.contains($0.key) }.sorted { $0.key < $1.key }
            for key in unlabeledLists(for: wanted).keys { byKey.insert(key) }
            wanted.removeAll { byKey.contains($0.key) }
            for key in framedLists(for: wanted, resolver: resolver).keys { byKey.insert(key) }
        }
        return shown.map { r in
            let c = r.candidate
            var expanded = r.found != nil
            if !expanded, r.accepted {
                expanded = byModifiedKey.contains(modifier(of: c) + "|" + c.key) || byKey.contains(c.key) || byFamily.contains(scanner.family(c.range))
            }
            if !expanded { expanded = knownItems(r) }
            let text = index.text
            return LabelSpan(range: text.normalizedRange(ofSourceCodePoints: text.sourceRange(of: c.range)), key: c.key, expanded: expanded)
        }
    }
}
