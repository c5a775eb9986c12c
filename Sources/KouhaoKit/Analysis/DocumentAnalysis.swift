/// Everything kouhao finds in one document: slogans with expansions, keywords, diagnostics.
///
/// Offsets refer to the text as read. 例：analysing the seed article gives 17 slogan
/// mentions (四不四争四先锋, 6543工程, …) and keywords 开发区, 招商引资, ….
public struct DocumentAnalysis: Sendable {
    /// The document's path (`-` for standard input). 例：`"材料/02-乡镇通知.txt"`.
    public var path: String
    /// Every slogan occurrence, in text order.
    /// 例：for `大力整治“四风”问题，持续深化“两学一做”学习教育。` 四风 (5..<7), then 两学一做 (16..<20).
    public var slogans: [SloganMention]
    /// The keywords, best first (empty unless requested).
    /// 例：for the same sentence with keywords on: 两学一做, 大力整治, 四风, 持续深化, 学习教育, 问题.
    public var keywords: [Keyword]
    /// Problems met (decoding repairs).
    /// 例：one U+FFFD warning for a GBK 通知 with a damaged byte; empty for a string given to `analyze(_:)`.
    public var diagnostics: [Diagnostic]
    /// The document's length in code points. 例：26 for `大力整治“四风”问题，持续深化“两学一做”学习教育。`.
    public var length: Int
    /// Labels the detector saw but did not accept for want of evidence in this document (an
    /// unquoted 三农 mentioned once, a quoted “一号工程” without a list): a corpus run counts
    /// them when other documents confirm the label (see ``CorpusEvidence``). In text order.
    /// 例：三农 in `全县三农工作稳步推进。`, confidence 0.3.
    public var unconfirmed: [SloganMention]
    /// The program that extracted the text the offsets refer to, when the document is not
    /// text itself; nil for text files and HTML pages (whose offsets refer to the page source).
    /// 例：`"pdftotext"` for `报告.pdf`: offsets count code points of pdftotext's output.
    public var extractedBy: String? = nil

    /// An analysis. 例：`DocumentAnalysis(path: "-", slogans: [], keywords: [], diagnostics: [], length: 0)`.
    public init(path: String, slogans: [SloganMention], keywords: [Keyword], diagnostics: [Diagnostic], length: Int,
                unconfirmed: [SloganMention] = []) {
        self.path = path
        self.slogans = slogans
        self.keywords = keywords
        self.diagnostics = diagnostics
        self.length = length
        self.unconfirmed = unconfirmed
    }
}
