/// Extracts the keywords of documents: candidate terms (``TermStatistics``) ranked by
/// TF-IDF or TextRank (``KeywordConfiguration/Method``).
///
/// One document: ``keywords(in:spans:)``, with IDF from the table (built-in unless another
/// is given). A corpus, TF-IDF with the corpus's own document frequencies, in two passes:
/// ``candidates(in:spans:)`` for every document (in parallel), ``DocumentFrequencies/add(_:)``
/// for each (in order), then ``keywords(for:in:)``.
///
/// 例：
/// ```swift
/// let extractor = try KeywordExtractor()
/// let text = Normalizer().normalize(SourceText("开发区作为招商引资工作的主阵地……"))
/// extractor.keywords(in: text)   // 开发区, 招商引资, …
/// ```
/// Safe to share between threads.
public struct KeywordExtractor: Sendable {
    /// The configuration in use. 例：`extractor.configuration.top` → 10.
    public let configuration: KeywordConfiguration
    /// The IDF table (document frequencies of a reference corpus). 例：`.builtIn`.
    public let table: IDFTable
    let tokenizer: Tokenizer
    let rules: TermRules

    /// An extractor using `tokenizer`. 例：`KeywordExtractor(tokenizer: try Tokenizer())`.
    public init(configuration: KeywordConfiguration = .default, table: IDFTable = .builtIn, tokenizer: Tokenizer) {
        self.configuration = configuration
        self.table = table
        self.tokenizer = tokenizer
        rules = TermRules(configuration)
    }

    /// An extractor with its own tokenizer. 例：`try KeywordExtractor(configuration: .init(top: 5))`.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)``.
    public init(configuration: KeywordConfiguration = .default, table: IDFTable = .builtIn) throws {
        self.init(configuration: configuration, table: table, tokenizer: try Tokenizer())
    }

    /// The term statistics of a document. 例：`extractor.statistics(in: text).terms`.
    public func statistics(in text: NormalizedText, spans: [TermSpan] = [],
                           onceSeenRuns: TermStatistics.OnceSeenRuns = .keepKnown) -> TermStatistics {
        TermStatistics(text: text, tokenizer: tokenizer, spans: spans, rules: rules, configuration: configuration,
                       known: onceSeenRuns == .keepKnown ? table : nil, onceSeenRuns: onceSeenRuns, pruning: nil)
    }

    /// The keywords of one document, best first: TF-IDF with the table's IDF, or TextRank.
    /// 例：`extractor.keywords(in: text)` → 开发区, 经济开发区, 高质发展, … for the seed article.
    /// - Parameter spans: slogan spans, each counted as one term.
    /// - Complexity: O(n) in the length of the text.
    public func keywords(in text: NormalizedText, spans: [TermSpan] = []) -> [Keyword] {
        if configuration.method == .textRank { return textRank(statistics(in: text, spans: spans)) }
        let statistics = TermStatistics(text: text, tokenizer: tokenizer, spans: spans, rules: rules, configuration: configuration,
                                        known: table, onceSeenRuns: .keepKnown,
                                        pruning: .init(top: Self.pool(configuration.top), weights: configuration.weights, table: table))
        var best = TopScores(Self.pool(configuration.top))
        var scratch: [UInt16] = []
        for e32 in statistics.candidates {
            let e = Int(e32)
            let c = statistics.candidateStatistics(e, term: e32)
            scratch.removeAll(keepingCapacity: true)
            let hash = statistics.appendUnits(of: e, to: &scratch)
            let df = scratch.withUnsafeBufferPointer { table.documentFrequency(of: $0, hash: hash) }
            let s = TFIDF.score(c, idf: TFIDF.idf(tableFrequency: df, table: table), weights: configuration.weights)
            best.offer(.init(score: s, first: c.first, id: e32))
        }
        return merged(best.sorted.map {
            let e = Int($0.id)
            return Keyword(term: statistics.text(of: e), score: $0.score, count: Int(statistics.counter.entries[e].count), isSlogan: statistics.isSlogan(e))
        })
    }

    /// How many of the best candidates are ranked before near-duplicates are merged.
    static func pool(_ top: Int) -> Int { top * 2 }

    /// `keywords` (best first, ``pool(_:)`` of them) with near-duplicates merged
    /// (``KeywordMerging``), cut to ``KeywordConfiguration/top``.
    func merged(_ keywords: [Keyword]) -> [Keyword] {
        let normalizer = Normalizer()
        let merged = KeywordMerging.merge(keywords) { term in
            let text = normalizer.normalize(SourceText(term))
            return tokenizer.tokens(in: text).map { Array(text.units[$0.normalizedRange]) }
        }
        return Array(merged.prefix(configuration.top))
    }

    /// TextRank keywords of a document whose statistics are known.
    /// 例：`extractor.textRank(extractor.statistics(in: text))`.
    public func textRank(_ statistics: TermStatistics) -> [Keyword] {
        merged(TextRank.rank(statistics, top: Self.pool(configuration.top), weights: configuration.weights).map { e, score in
            Keyword(term: statistics.text(of: e), score: score, count: Int(statistics.counter.entries[e].count), isSlogan: statistics.isSlogan(e))
        })
    }

    /// First pass over a corpus: a document's terms and candidates.
    /// 例：`df.add(extractor.candidates(in: text))`.
    /// - Parameter onceSeenRuns: `.keepAll` when building an IDF table.
    /// - Complexity: O(n).
    public func candidates(in text: NormalizedText, spans: [TermSpan] = [],
                           onceSeenRuns: TermStatistics.OnceSeenRuns = .keepKnown) -> DocumentCandidates {
        candidates(of: statistics(in: text, spans: spans, onceSeenRuns: onceSeenRuns))
    }

    /// A document's terms and candidates from its statistics.
    /// 例：`extractor.candidates(of: extractor.statistics(in: text))`.
    public func candidates(of statistics: TermStatistics) -> DocumentCandidates {
        var d = DocumentCandidates()
        let terms = statistics.documentTerms
        d.hashes.reserveCapacity(terms.count)
        d.offsets.reserveCapacity(terms.count + 1)
        d.units.reserveCapacity(terms.count * 4)
        for e32 in terms {
            let h = statistics.appendUnits(of: Int(e32), to: &d.units)
            d.offsets.append(Int32(d.units.count))
            d.hashes.append(h)
        }
        // Candidates and document terms are both in entry order, candidates among the terms:
        // a candidate's term number is found by walking both lists (no dictionary).
        var k = 0
        d.candidates = statistics.candidates.map { e32 in
            while terms[k] != e32 { k += 1 }
            return statistics.candidateStatistics(Int(e32), term: Int32(k))
        }
        return d
    }

    /// Second pass: the TF-IDF keywords of a registered document, best first, with IDF
    /// from the corpus (and the table as prior) or from the table alone, as
    /// ``KeywordConfiguration/idf`` says. 例：`extractor.keywords(for: registered, in: df)`.
    public func keywords(for document: RegisteredCandidates, in frequencies: DocumentFrequencies) -> [Keyword] {
        var best = TopScores(Self.pool(configuration.top))
        let terms = frequencies.table
        let useCorpus = configuration.idf == .corpus || (configuration.idf == .automatic && frequencies.documents >= 2)
        for (k, c) in document.candidates.enumerated() {
            let t = Int(c.term)
            let tableDF = terms.termUnits(t).withUnsafeBufferPointer { table.documentFrequency(of: $0, hash: terms.hashes[t]) }
            let idf = useCorpus
                ? TFIDF.idf(corpusFrequency: terms.value(at: t), documents: frequencies.documents,
                            tableFrequency: tableDF, table: table, priorDocuments: configuration.priorDocuments)
                : TFIDF.idf(tableFrequency: tableDF, table: table)
            best.offer(.init(score: TFIDF.score(c, idf: idf, weights: configuration.weights), first: c.first, id: Int32(k)))
        }
        return merged(best.sorted.map {
            let c = document.candidates[Int($0.id)]
            return Keyword(term: terms.term(Int(c.term)), score: $0.score, count: Int(c.count), isSlogan: c.isSlogan)
        })
    }
}
