/// A keyword of a document: a term, its score and how often it occurs.
///
/// 例：for a development-zone report, `Keyword(term: "招商引资", score: 0.42, count: 6, isSlogan: false)`
/// and `Keyword(term: "6543工程", score: 0.31, count: 2, isSlogan: true)`.
public struct Keyword: Hashable, Sendable {
    /// The term, normalized (Simplified, NFKC): 开发区, 招商引资, 6543工程.
    /// 例：`两个清单` for 「兩個清單」 in the text.
    public var term: String
    /// Its score (higher is better; comparable within one run).
    /// 例：for `全县上下要扎实推进“三个强化”行动，即强化规划引领、…`, 三个强化 about 43.9, 扎实推进 about 6.5.
    public var score: Double
    /// Occurrences in the document. 例：3 for 强化 in `即强化规划引领、强化要素保障、强化督查考核`.
    public var count: Int
    /// Whether the term is a detected numbered slogan. 例：true for 三个强化, false for 强化督查考核.
    public var isSlogan: Bool
    /// The other forms of the term in the document, merged into it (near-duplicates), most
    /// frequent first; ``count`` counts them too. 例：`["伊核"]` for 伊核协议; `["习主席", "习近平"]`
    /// for 习近平主席.
    public var variants: [String]

    /// A keyword. 例：`Keyword(term: "开发区", score: 0.5, count: 9, isSlogan: false)`.
    public init(term: String, score: Double, count: Int, isSlogan: Bool = false, variants: [String] = []) {
        self.term = term
        self.score = score
        self.count = count
        self.isSlogan = isSlogan
        self.variants = variants
    }
}
