/// A keyword of a document: a term, its score and how often it occurs.
///
/// 例：for a development-zone report, `Keyword(term: "招商引资", score: 0.42, count: 6, isSlogan: false)`
/// and `Keyword(term: "6543工程", score: 0.31, count: 2, isSlogan: true)`.
public struct Keyword: Hashable, Sendable {
    /// The term, normalized (Simplified, NFKC): 开发区, 招商引资, 6543工程.
    public var term: String
    /// Its score (higher is better; comparable within one run).
    public var score: Double
    /// Occurrences in the document.
    public var count: Int
    /// Whether the term is a detected numbered slogan.
    public var isSlogan: Bool

    /// A keyword. 例：`Keyword(term: "开发区", score: 0.5, count: 9, isSlogan: false)`.
    public init(term: String, score: Double, count: Int, isSlogan: Bool = false) {
        self.term = term
        self.score = score
        self.count = count
        self.isSlogan = isSlogan
    }
}
