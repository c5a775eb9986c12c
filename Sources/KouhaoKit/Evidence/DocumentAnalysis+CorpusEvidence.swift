/// What the rest of a corpus adds to one document's analysis.
extension DocumentAnalysis {
    /// This analysis with what a corpus knows (`corpus`: the labels its glossary confirms,
    /// with their consensus items, source `corpus`): the document's unconfirmed mentions of
    /// those labels become mentions, and every mention without a list of its own takes the
    /// corpus's consensus list (direction `corpus`, in place of a lexicon's).
    /// 例：an unquoted 三农 of one report, when other reports quote “三农”, is a mention; a bare
    /// “双创” takes 大众创业 / 万众创新 when the corpus agrees on it.
    /// - Complexity: O((m + u) log(m + u)) for m mentions and u unconfirmed ones.
    public func applyingCorpusEvidence(_ corpus: KnownLabels) -> DocumentAnalysis {
        guard !corpus.isEmpty else { return self }
        var out = self
        var promoted: [SloganMention] = []
        var still: [SloganMention] = []
        for m in unconfirmed {
            if corpus[SloganKeying.key(plain: m.key.isEmpty ? m.label : m.key)] != nil {
                var p = m
                p.confidence = max(p.confidence, 0.6)
                promoted.append(p)
            } else {
                still.append(m)
            }
        }
        var mentions = slogans
        if !promoted.isEmpty {
            mentions += promoted
            mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        }
        out.slogans = mentions.map { m in
            guard m.expansion.map({ !$0.direction.isInDocument }) ?? true,
                  let known = corpus[SloganKeying.key(plain: m.key.isEmpty ? m.label : m.key)],
                  known.source == .corpus, let items = known.items else { return m }
            var filled = m
            filled.expansion = KnownLabels.expansion(items, at: m.range.lowerBound, source: .corpus)
            return filled
        }
        out.unconfirmed = still
        return out
    }
}
