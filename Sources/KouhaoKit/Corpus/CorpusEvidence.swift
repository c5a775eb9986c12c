/// What a corpus summary keeps of the labels its documents did not confirm, so that a
/// glossary can count them once other documents do — decided when the glossary is made,
/// never while reading, so the summary stays a sum of per-document parts.
///
/// A document that mentions 三农 only unquoted and without a list does not confirm it; a
/// hundred others that quote it do. The unconfirmed mentions are summarized here like any
/// slogan (``SloganSummary``), with the documents that quoted the label and the mentions per
/// document; ``CorpusSummary/resolvingEvidence(_:)`` folds them into the slogans when the
/// corpus confirms the label. Entries that are noise rather than slogans (bare numbers such
/// as “10”) are held here too, so that shards still merge exactly.
///
/// 例：after summarizing `报告A.txt` (“三农”工作…) and `报告B.txt` (三农工作…), `slogans["三农"]`
/// holds A's mention and `evidence.unconfirmed["三农"]` B's; the glossary shows 三农 in 2 documents.
public struct CorpusEvidence: Hashable, Sendable {
    /// Mentions of labels their documents did not confirm, by grouping key.
    /// 例：`unconfirmed["三农"]?.documents` → 1 for `报告B.txt`.
    public internal(set) var unconfirmed: [String: SloganSummary]
    /// Documents in which an unconfirmed label was quoted (“一号工程” without a list), by key.
    /// 例：`quotedDocuments["一号工程"]` → 2.
    public internal(set) var quotedDocuments: [String: Int]
    /// Unconfirmed mentions per document and key, for timelines and co-occurrence once the
    /// label is confirmed. 例：`mentions["报告B.txt"]` → `["三农": 1]`.
    public internal(set) var mentions: [String: [String: Int]]
    /// Confirmed slogans the glossary does not show because they are noise: a bare number
    /// (“10”, “2020”; a code stands with its head, “2330”目标). By key.
    /// 例：`hidden["9"]` for `“9”是指扎实推进9个方面重点工作`.
    public internal(set) var hidden: [String: SloganSummary]
    /// Labels whose unconfirmed mentions a glossary counted (see
    /// ``CorpusSummary/resolvingEvidence(_:)``), with what the summary held of them before, so
    /// that a resolved summary read back from a glossary file can be taken apart again and
    /// merged shards decide as the whole would. Empty in a summary that was never resolved.
    /// 例：`folded["三农"]?.unconfirmed.documents` → 1 for `报告B.txt`.
    var folded: [String: Fold] = [:]

    /// What a resolution folded into one slogan: its confirmed part (none when quotes alone
    /// confirmed the label), the unconfirmed part, the documents that quoted it, and the
    /// unconfirmed mentions per document it added to the per-document records.
    /// 例：`Fold(confirmed: a, unconfirmed: b, quotedDocuments: 0, mentions: ["报告B.txt": 1])` for 三农.
    struct Fold: Hashable, Sendable {
        var confirmed: SloganSummary?
        var unconfirmed: SloganSummary
        var quotedDocuments: Int
        var mentions: [String: Int]
    }

    /// No evidence: the identity of ``merge(_:)``. 例：`CorpusEvidence()`.
    public init() {
        self.init(unconfirmed: [:], quotedDocuments: [:], mentions: [:], hidden: [:])
    }

    /// Evidence from its parts (as decoded from a glossary file).
    /// 例：`CorpusEvidence(unconfirmed: ["三农": s], quotedDocuments: [:], mentions: ["b.txt": ["三农": 1]], hidden: [:])`.
    public init(unconfirmed: [String: SloganSummary], quotedDocuments: [String: Int], mentions: [String: [String: Int]],
                hidden: [String: SloganSummary]) {
        self.unconfirmed = unconfirmed
        self.quotedDocuments = quotedDocuments
        self.mentions = mentions
        self.hidden = hidden
    }

    /// Whether there is none. 例：`CorpusEvidence().isEmpty` → true.
    public var isEmpty: Bool { unconfirmed.isEmpty && hidden.isEmpty && folded.isEmpty }

    /// Adds `other`'s evidence (of other documents): counts add, summaries merge.
    /// 例：`a.merge(b)`; commutative and associative like ``CorpusSummary/merge(_:)``.
    public mutating func merge(_ other: CorpusEvidence) {
        unconfirmed.merge(other.unconfirmed) { var a = $0; a.merge($1); return a }
        quotedDocuments.merge(other.quotedDocuments, uniquingKeysWith: +)
        mentions.merge(other.mentions) { a, b in a.merging(b, uniquingKeysWith: +) }
        hidden.merge(other.hidden) { var a = $0; a.merge($1); return a }
        // Resolved summaries are taken apart before they merge (CorpusSummary.merge), so no
        // label is folded on both sides; should one be, the first side's record stands.
        folded.merge(other.folded) { a, _ in a }
    }

    /// Documents that must quote a label no document confirms for the corpus to take it as
    /// a fixed label (“一带一路” quoted across the news, never with a list that fits); only
    /// labels of repeated number frames or several parts qualify (not “单一窗口”).
    public static let quotedDocumentsToConfirm = 3
}
