/// Known labels learned from a glossary.
extension KnownLabels {
    /// The labels of a glossary's entries: each with its plain spellings, kind, documents,
    /// quoted share and, when the corpus agrees on one, its consensus items (plain forms).
    /// 例：`KnownLabels(glossary: Glossary(summary: try GlossaryJSON.decode(bytes, path: "g.json")), source: .lexicon)`.
    /// - Complexity: O(size of the glossary).
    public init(glossary: Glossary, source: KnownLabel.Source) {
        self.init(glossary.entries.map { KnownLabel(entry: $0, source: source) })
    }
}

extension KnownLabel {
    /// The known label of a glossary entry.
    /// 例：`KnownLabel(entry: glossary.entries[0], source: .corpus)`.
    public init(entry: Glossary.Entry, source: Source) {
        let s = entry.summary
        let forms = s.labels.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map(\.key)
        let quoted = s.variants.filter { v in v.key.unicodeScalars.contains { SloganKeying.quotes.contains(UInt16(truncatingIfNeeded: $0.value)) && $0.value < 0x10000 } }
            .reduce(0) { $0 + $1.value }
        let total = max(1, s.variants.values.reduce(0, +))
        // A list lent by a lexicon is no knowledge of the corpus's own.
        let first = entry.hasConsensus ? entry.expansions.first : nil
        let items = first.flatMap { source == .corpus && !$0.direction.isInDocument ? nil : Self.plainItems($0) }
        self.init(label: entry.label, forms: forms, kind: entry.kind, documents: s.documents,
                  quotedShare: (Double(quoted) / Double(total) * 100).rounded() / 100, items: items, source: source)
    }

    /// The plain forms of an expansion's items (from its key).
    static func plainItems(_ e: ExpansionSummary) -> [String] {
        e.key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }
}
