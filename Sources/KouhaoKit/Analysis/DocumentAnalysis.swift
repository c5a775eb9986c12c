/// Everything kouhao finds in one document: slogans with expansions, keywords, diagnostics.
///
/// Offsets refer to the text as read. 例：analysing the seed article gives 17 slogan
/// mentions (四不四争四先锋, 6543工程, …) and keywords 开发区, 招商引资, ….
public struct DocumentAnalysis: Sendable {
    /// The document's path (`-` for standard input).
    public var path: String
    /// Every slogan occurrence, in text order.
    public var slogans: [SloganMention]
    /// The keywords, best first (empty unless requested).
    public var keywords: [Keyword]
    /// Problems met (decoding repairs).
    public var diagnostics: [Diagnostic]
    /// The document's length in code points.
    public var length: Int

    /// An analysis. 例：`DocumentAnalysis(path: "-", slogans: [], keywords: [], diagnostics: [], length: 0)`.
    public init(path: String, slogans: [SloganMention], keywords: [Keyword], diagnostics: [Diagnostic], length: Int) {
        self.path = path
        self.slogans = slogans
        self.keywords = keywords
        self.diagnostics = diagnostics
        self.length = length
    }
}
