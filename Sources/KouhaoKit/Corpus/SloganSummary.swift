/// What a corpus says about one slogan: counts, spellings, where it is first and last seen,
/// its distinct expansions, and the slogans nested in them.
///
/// Bounded: it keeps counts and one example of each kind, never the list of occurrences.
/// 例：for 6543工程 over three documents: 5 occurrences, 3 documents, variants “6543”工程 ×4 and
/// 6543工程 ×1, one expansion (摸清“六涉”企业底数 / …) stated in 2 documents, nested 六涉 / 五张清单 /
/// 四个打击 / 三张图.
public struct SloganSummary: Hashable, Sendable {
    /// The grouping key (see ``SloganKeying/key(_:)``). 例：`三强化` for “三个强化” and 「三個強化」.
    public var key: String
    /// Mentions across the corpus. 例：4 for 三个强化 over `材料/`.
    public var occurrences: Int
    /// Documents that mention it. 例：3 for 三个强化 over `材料/`.
    public var documents: Int
    /// Documents that mention it without any expansion of their own: the glossary offers them
    /// the expansions stated elsewhere.
    /// 例：2 for 三个强化 when only `20210315.txt` of its three documents lists the items.
    public var documentsWithoutExpansion: Int
    /// Plain forms of the label (NFKC, Simplified, no quotes) → mentions: 四个全面 ×12.
    /// 例：`["三个强化": 4]` for “三个强化” ×3 and 「三個強化」 ×1.
    public var labels: [String: Int]
    /// Spellings as written, with the quotes around or inside them → mentions:
    /// “四个全面” ×10, 「四個全面」 ×2, 四个全面 ×1.
    /// 例：`["“三个强化”": 3, "「三個強化」": 1]`.
    public var variants: [String: Int]
    /// Shapes the detector gave its mentions → mentions. 例：`[.counted: 4]` for 三个强化.
    public var kinds: [SloganKind: Int]
    /// First document by path. 例：`材料/2021/20210315.txt` for 三个强化.
    public var firstByPath: DocumentReference
    /// Last document by path. 例：`材料/2023/乡镇通知.txt` for 三个强化.
    public var lastByPath: DocumentReference
    /// First document by the date in its file name (nil when no mentioning document has one).
    /// 例：`材料/2021/20210315.txt` for 三个强化; nil for 5321工程, only in the undated `乡镇通知.txt`.
    public var firstByDate: DocumentReference?
    /// Last document by date. 例：`材料/2022/20220601.txt` for 三个强化, the undated `乡镇通知.txt` left out.
    public var lastByDate: DocumentReference?
    /// The sentence of the first mention, first by ``Citation/precedes(_:_:)``.
    /// 例：`大力整治“四风”问题。` from `材料/2021/20210315.txt` for 四风.
    public var example: Citation
    /// The numbers of that mention's label: 四不四争四先锋 → [4, 4, 4].
    /// 例：[5, 3, 2, 1] for 5321工程.
    public var numbers: [Int]
    /// Distinct expansions by their key.
    /// 例：for 四抓, one keyed `抓项目\u{1F}抓产业\u{1F}抓民生\u{1F}抓队伍`.
    public var expansions: [String: ExpansionSummary]
    /// Keys of slogans mentioned inside an item of this slogan's expansions → documents
    /// where that happens: 6543工程 → [六涉: 1, 五张清单: 1, …].
    /// 例：`["三强化": 1, "四抓": 1]` for 两个提升 in `即提升“四抓”成效、提升“三个强化”质量`.
    public var nested: [String: Int]

    /// A summary (usually built from documents, or decoded from a glossary file).
    /// 例：see ``CorpusSummary/init(document:source:keying:)``.
    public init(key: String, occurrences: Int, documents: Int, documentsWithoutExpansion: Int,
                labels: [String: Int], variants: [String: Int], kinds: [SloganKind: Int],
                firstByPath: DocumentReference, lastByPath: DocumentReference,
                firstByDate: DocumentReference?, lastByDate: DocumentReference?,
                example: Citation, numbers: [Int], expansions: [String: ExpansionSummary], nested: [String: Int]) {
        self.key = key
        self.occurrences = occurrences
        self.documents = documents
        self.documentsWithoutExpansion = documentsWithoutExpansion
        self.labels = labels
        self.variants = variants
        self.kinds = kinds
        self.firstByPath = firstByPath
        self.lastByPath = lastByPath
        self.firstByDate = firstByDate
        self.lastByDate = lastByDate
        self.example = example
        self.numbers = numbers
        self.expansions = expansions
        self.nested = nested
    }

    /// Adds `other` (the same slogan in other documents): counts add, the first and last
    /// documents are the extremes of both, the example is the first of both. Commutative and
    /// associative. 例：merging 四风 in 01.txt (2 mentions) and 05.txt (1) gives 3 mentions in 2 documents.
    mutating func merge(_ other: SloganSummary) {
        precondition(key == other.key, "merging the summaries of different slogans")
        occurrences += other.occurrences
        documents += other.documents
        documentsWithoutExpansion += other.documentsWithoutExpansion
        labels.merge(other.labels, uniquingKeysWith: +)
        variants.merge(other.variants, uniquingKeysWith: +)
        kinds.merge(other.kinds, uniquingKeysWith: +)
        if DocumentReference.precedes(other.firstByPath, firstByPath, in: .path) { firstByPath = other.firstByPath }
        if DocumentReference.precedes(lastByPath, other.lastByPath, in: .path) { lastByPath = other.lastByPath }
        firstByDate = Self.extreme(firstByDate, other.firstByDate) { DocumentReference.precedes($0, $1, in: .date) }
        lastByDate = Self.extreme(lastByDate, other.lastByDate) { DocumentReference.precedes($1, $0, in: .date) }
        if Citation.precedes(other.example, example)
            || (other.example == example && other.numbers.lexicographicallyPrecedes(numbers)) {
            example = other.example
            numbers = other.numbers
        }
        expansions.merge(other.expansions) { var a = $0; a.merge($1); return a }
        nested.merge(other.nested, uniquingKeysWith: +)
    }

    /// The one of `a` and `b` that comes first by `first`, ignoring nils.
    private static func extreme(_ a: DocumentReference?, _ b: DocumentReference?,
                                first: (DocumentReference, DocumentReference) -> Bool) -> DocumentReference? {
        guard let a else { return b }
        guard let b else { return a }
        return first(b, a) ? b : a
    }
}
