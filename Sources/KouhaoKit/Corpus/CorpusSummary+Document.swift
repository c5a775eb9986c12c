/// Summarizing one document.
extension CorpusSummary {
    /// The summary of one analysed document.
    ///
    /// Mentions are grouped by ``SloganKeying/key(_:)`` of their `key` (their label when the
    /// key is empty). With `source` (the text the analysis refers to), variants keep the
    /// quotes written around or inside a label (“6543”工程); without it, the label stands for
    /// its own variant. A mention whose range lies inside an item of another mention's
    /// expansion is recorded as nested in that slogan.
    /// 例：for `实施“6543”工程，即摸清“六涉”企业底数，…` the summary has 6543工程 with its
    /// expansion and `nested` [六涉: 1, …], and 六涉 with 1 occurrence.
    /// The document's date comes from `dating` (its path, then the first lines of `source`).
    /// - Complexity: O(m log m + e log e) for m mentions and e expansion items, plus the
    ///   length of their labels and items.
    public init(document analysis: DocumentAnalysis, source: SourceText? = nil, keying: SloganKeying = SloganKeying(),
                dating: DocumentDating = DocumentDating()) {
        self.init(document: analysis, reading: source.map { ReadingText($0) }, keying: keying, dating: dating)
    }

    /// The summary of one analysed document whose text was read through `reading` (an HTML
    /// page, hard-wrapped text): variants and the date in the first lines are taken from the
    /// text read, so they hold no tag, entity or joined line break.
    /// 例：for a page with `&ldquo;6543&rdquo;工程`, the variant is `“6543”工程`.
    public init(document analysis: DocumentAnalysis, reading: ReadingText?, keying: SloganKeying = SloganKeying(),
                dating: DocumentDating = DocumentDating()) {
        let head = reading.map { $0.text.text(utf16: 0..<min($0.text.utf16.count, DocumentDating.headLength * 2)) }
        let reference = DocumentReference(path: analysis.path, date: dating.date(path: analysis.path, text: head))
        self.init(documentPaths: [analysis.path], undatedDocuments: reference.date == nil ? 1 : 0,
                  characters: analysis.length, slogans: [:], records: [:])
        let mentions = analysis.slogans.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        let keys = mentions.map { keying.key($0.key.isEmpty ? $0.label : $0.key) }

        for (mention, key) in zip(mentions, keys) {
            let citation = Citation(path: analysis.path, start: mention.range.lowerBound, text: mention.sentence)
            var expansions: [String: ExpansionSummary] = [:]
            // Lists lent by a lexicon or the corpus are not the document's own.
            let stated = mention.expansion.flatMap { $0.direction.isInDocument ? $0 : nil }
            if let expansion = stated {
                // A modifier the first item carries for all of them is cut here, where the list
                // enters the summary, so that every shard and the whole run pool the same list
                // (中国特色社会主义道路自信 / 理论自信… → 道路自信 / 理论自信…).
                let items = ExpansionConsensus.undistributed(expansion.itemTexts) ?? expansion.itemTexts
                let expansionKey = ExpansionSummary.key(of: items, keying: keying)
                expansions[expansionKey] = ExpansionSummary(
                    key: expansionKey, items: items, direction: expansion.direction, documents: 1, occurrences: 1,
                    example: Citation(path: analysis.path, start: mention.range.lowerBound, text: expansion.context))
            }
            let one = SloganSummary(
                key: key, occurrences: 1, documents: 1, documentsWithoutExpansion: stated == nil ? 1 : 0,
                labels: [keying.plainForm(mention.label): 1], variants: [Self.variant(of: mention, in: reading): 1],
                kinds: [mention.kind: 1], firstByPath: reference, lastByPath: reference,
                firstByDate: reference.date == nil ? nil : reference, lastByDate: reference.date == nil ? nil : reference,
                example: citation, numbers: mention.numbers, expansions: expansions, nested: [:])
            if var existing = slogans[key] {
                // The same slogan again in this document: it adds mentions, not documents.
                existing.merge(one)
                existing.documents = 1
                existing.documentsWithoutExpansion = existing.expansions.isEmpty ? 1 : 0
                for k in existing.expansions.keys { existing.expansions[k]!.documents = 1 }
                slogans[key] = existing
            } else {
                slogans[key] = one
            }
        }
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        records[analysis.path] = DocumentRecord(date: reference.date, mentions: counts)
        for pair in Self.nesting(mentions, keys: keys) where pair.parent != pair.child {
            slogans[pair.parent]!.nested[pair.child] = 1
        }
        recordUnconfirmed(analysis, reading: reading, keying: keying, reference: reference)
    }

    /// How a mention is written, with an opening quote just before it and a closing quote
    /// just after it when the text has them: `“6543”工程`, `「四個全面」`, `三农`.
    static func variant(of mention: SloganMention, in reading: ReadingText?) -> String {
        guard let reading, mention.range.lowerBound >= 0, mention.range.upperBound <= reading.source.count,
              !mention.range.isEmpty else { return mention.label }
        let source = reading.source
        let read = reading.textRange(ofSourceUTF16: source.utf16Offset(codePoint: mention.range.lowerBound)..<source.utf16Offset(codePoint: mention.range.upperBound))
        guard !read.isEmpty else { return mention.label }
        let (start, end) = (read.lowerBound, read.upperBound)
        let units = reading.text.utf16
        let lower = start > 0 && SloganKeying.openingQuotes.contains(units[start - 1]) ? start - 1 : start
        let upper = end < units.count && SloganKeying.closingQuotes.contains(units[end]) ? end + 1 : end
        return reading.text.text(utf16: lower..<upper)
    }

    /// Pairs (parent key, child key) where a mention of the child lies inside an item of an
    /// expansion of the parent, each pair once.
    /// - Complexity: O(m + e log e + pairs) with `mentions` sorted by start.
    private static func nesting(_ mentions: [SloganMention], keys: [String]) -> Set<Pair> {
        struct Span: Hashable { var range: Range<Int>; var parent: String }
        var spans = Set<Span>()
        for (mention, key) in zip(mentions, keys) {
            for item in mention.expansion?.items ?? [] { spans.insert(Span(range: item.range, parent: key)) }
        }
        guard !spans.isEmpty else { return [] }
        let sorted = spans.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.parent) < ($1.range.lowerBound, $1.range.upperBound, $1.parent) }
        var pairs = Set<Pair>()
        var next = 0
        var open: [Span] = []   // spans that start at or before the current mention and may still contain it
        for (mention, key) in zip(mentions, keys) {
            while next < sorted.count, sorted[next].range.lowerBound <= mention.range.lowerBound {
                open.append(sorted[next])
                next += 1
            }
            open.removeAll { $0.range.upperBound <= mention.range.lowerBound }
            for span in open where span.range.upperBound >= mention.range.upperBound {
                pairs.insert(Pair(parent: span.parent, child: key))
            }
        }
        return pairs
    }

    private struct Pair: Hashable {
        var parent: String
        var child: String
    }
}
