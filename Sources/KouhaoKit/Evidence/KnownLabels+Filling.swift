/// Lending known expansions to mentions their document leaves bare.
extension KnownLabels {
    /// `mentions` with every mention that has no expansion of its own given the items known
    /// for its label: direction `lexicon` (or `corpus` for labels the corpus taught). The
    /// items are not in the document: their ranges are empty, at the mention's start, and
    /// the expansion's context is empty.
    /// 例：四风 in `坚决反对四风。` gets 形式主义 / 官僚主义 / 享乐主义 / 奢靡之风, direction `lexicon`.
    /// - Complexity: O(m) lookups for m mentions.
    public func filling(_ mentions: [SloganMention]) -> [SloganMention] {
        guard !isEmpty else { return mentions }
        return mentions.map { m in
            guard m.expansion == nil, let known = labels[SloganKeying.key(plain: m.key.isEmpty ? m.label : m.key)],
                  let items = known.items else { return m }
            var filled = m
            filled.expansion = Self.expansion(items, at: m.range.lowerBound, source: known.source)
            return filled
        }
    }

    /// An expansion of items that stand outside the document.
    /// 例：`expansion(["大众创业", "万众创新"], at: 12, source: .corpus)` → direction `corpus`, items at 12..<12.
    static func expansion(_ items: [String], at offset: Int, source: KnownLabel.Source) -> Expansion {
        Expansion(direction: source == .corpus ? .corpus : .lexicon,
                  items: items.map { Expansion.Item(text: $0, range: offset..<offset) }, context: "", fit: 0.5)
    }
}
