/// The statistics of a corpus that a glossary is made from: a commutative monoid.
///
/// A summary is built per document (``init(document:source:keying:)``) and summaries combine
/// with ``merge(_:)``: counts add, document sets unite, first/last documents and examples are
/// the extremes of a total order. So `summary(A ∪ B) == summary(A).merging(summary(B))` for
/// disjoint document sets A and B, `merging` is associative and commutative, and the empty
/// summary is its identity. That is why a glossary is the same for any `--jobs`, and why
/// `kouhao merge` of shards equals one run over the union.
///
/// Memory stays bounded by the number of distinct slogans (and one path per document), not
/// by the number of occurrences. 例：the summary of the 2,190 新闻联播 transcripts of 2012–2017.
public struct CorpusSummary: Hashable, Sendable {
    /// The paths of the documents summarized (documents without slogans included).
    /// 例：`材料/2021/20210315.txt`, `材料/2022/20220601.txt`, `材料/2023/乡镇通知.txt`.
    public internal(set) var documentPaths: Set<String>
    /// How many of them have no date in their file name. 例：1 for those three (`乡镇通知.txt`).
    public internal(set) var undatedDocuments: Int
    /// Their total length in code points.
    /// 例：52 for one file holding a 51-character line about “三个强化” and its line end.
    public internal(set) var characters: Int
    /// Every slogan, by its grouping key.
    /// 例：`slogans["三强化"]` summarizes both “三个强化” and 「三個強化」.
    public internal(set) var slogans: [String: SloganSummary]
    /// Each document's date and slogan mentions, by path: what timelines and co-occurrence
    /// are made from (see ``DocumentRecord``).
    /// 例：`records["材料/2022/20220601.txt"]?.mentions` → `["三强化": 1, "四风": 1]`.
    public internal(set) var records: [String: DocumentRecord]
    /// What the documents say about labels they did not confirm, and noise held back from the
    /// glossary (see ``CorpusEvidence``). 例：`evidence.unconfirmed["三农"]`.
    public internal(set) var evidence = CorpusEvidence()

    /// The empty summary: the identity of ``merge(_:)``. 例：`CorpusSummary()`.
    public init() {
        self.init(documentPaths: [], undatedDocuments: 0, characters: 0, slogans: [:], records: [:])
    }

    /// A summary from its parts (as decoded from a glossary file).
    /// 例：`CorpusSummary(documentPaths: ["a.txt"], undatedDocuments: 1, characters: 900, slogans: [:], records: [:])`.
    public init(documentPaths: Set<String>, undatedDocuments: Int, characters: Int, slogans: [String: SloganSummary],
                records: [String: DocumentRecord]) {
        self.documentPaths = documentPaths
        self.undatedDocuments = undatedDocuments
        self.characters = characters
        self.slogans = slogans
        self.records = records
    }

    /// Number of documents summarized. 例：3 after merging the summaries of three 通知.
    public var documentCount: Int { documentPaths.count }

    /// Adds the documents of `other`, which should be disjoint from these (see
    /// ``sharedDocuments(with:)``): a document summarized twice counts twice.
    /// 例：`total.merge(CorpusSummary(document: analysis))` for each document of a run.
    /// - Complexity: O(size of `other`).
    public mutating func merge(_ other: CorpusSummary) {
        // A resolved summary (a glossary read back) is taken apart first: what the corpus
        // vouches for is decided on the merged whole, never kept from one part.
        if !evidence.folded.isEmpty { self = unresolvingEvidence() }
        let other = other.evidence.folded.isEmpty ? other : other.unresolvingEvidence()
        documentPaths.formUnion(other.documentPaths)
        undatedDocuments += other.undatedDocuments
        characters += other.characters
        slogans.merge(other.slogans) { var a = $0; a.merge($1); return a }
        records.merge(other.records) { a, _ in a }
        evidence.merge(other.evidence)
    }

    /// This summary merged with `other`. 例：`shardA.merging(shardB)`.
    public func merging(_ other: CorpusSummary) -> CorpusSummary {
        var result = self
        result.merge(other)
        return result
    }

    /// The documents both summaries contain, in path order: shards must not share any.
    /// 例：two shards made with overlapping globs share `2016/20160101.txt`.
    /// - Complexity: O(min(m, n)) lookups plus sorting the result.
    public func sharedDocuments(with other: CorpusSummary) -> [String] {
        let (small, large) = documentPaths.count <= other.documentPaths.count
            ? (documentPaths, other.documentPaths) : (other.documentPaths, documentPaths)
        return small.filter(large.contains).sorted(by: DocumentReference.pathPrecedes)
    }
}
