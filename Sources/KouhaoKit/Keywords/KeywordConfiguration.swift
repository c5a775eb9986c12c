import Foundation

/// How keywords are found and ranked: the method, how many, which words never count, what
/// a term may look like, and the weights of the score.
///
/// 例：`KeywordConfiguration(method: .textRank, top: 5)`; the defaults rank by TF-IDF and
/// keep 10 keywords of 2 to 16 characters.
public struct KeywordConfiguration: Sendable {
    /// How candidate terms are ranked.
    ///
    /// 例：`.tfidf` ranks 开发区 (21 occurrences, common in reports) against 6543工程 (one
    /// occurrence, rare); `.textRank` ranks by centrality in the co-occurrence graph.
    public enum Method: String, Hashable, Sendable, CaseIterable, Codable {
        /// Term frequency × inverse document frequency × shape weights (see ``Weights``).
        /// 例：`kouhao keywords --method tfidf`.
        case tfidf
        /// PageRank over the graph of terms that occur near each other, × the length prior.
        /// 例：`kouhao keywords --method textrank`.
        case textRank = "textrank"
    }

    /// Where titles are found; a title occurrence counts ``Weights/title`` times.
    ///
    /// 例：with `.headingsAndFirstLine`, `## [视频]习近平会见…` and a short first line
    /// followed by more text are titles.
    public enum Titles: String, Hashable, Sendable, CaseIterable, Codable {
        /// No title weighting. 例：for texts without titles.
        case none
        /// Lines starting with `#` (the `## title` lines of 新闻联播 transcripts). 例：`## [视频]…`.
        case headings
        /// Headings, and the first line when it is short (at most 60 characters) and
        /// more text follows. 例：a report's first line `2020年政府工作报告`.
        case headingsAndFirstLine
    }

    /// Where TF-IDF takes its document frequencies from.
    ///
    /// 例：`kouhao keywords 报告/` (many documents) uses the corpus; `kouhao keywords 报告.txt`
    /// the built-in table.
    public enum IDFSource: String, Hashable, Sendable, CaseIterable, Codable {
        /// The corpus when there are at least two documents, else the table. 例：`--idf auto`.
        case automatic = "auto"
        /// The corpus's own document frequencies, with the table as prior. 例：`--idf corpus`.
        case corpus
        /// The table only (one pass, output as documents are read). 例：`--idf table`.
        case table
    }

    /// The factors of a TF-IDF score beyond TF and IDF.
    ///
    /// Measured on the CSL abstracts (see `Scripts/evaluate-keywords`): keywords are mostly
    /// 3–5 characters; terms with digits are rarely keywords. The sublinear term frequency
    /// (exponent 0.7, with the slogan factor 1.6) was measured on CSL (F1@5 0.2658 → 0.2674), on
    /// the keyword boundary check (0.966 → 0.974) and on the side-by-side reading with jieba
    /// (generic words of city reports, 企业 and 建设, leave the top 10). A single token is a word of the
    /// tokenizer's lexicon and counts like a run (it counted 0.7 when ICU alone segmented,
    /// since ICU then knew only common words; with the lexicon overlay 0.7 and 1 score the same
    /// on CSL, and 1 keeps words such as 开发区 and 招商引资 level with runs).
    /// 例：`Weights.default.lengthPrior[4]` is 1.2, `[2]` is 0.6.
    public struct Weights: Hashable, Sendable {
        /// Weight by length in characters, index = length; lengths past the end use the last value.
        /// 例：`[0, 0.2, 0.6, 1.0, 1.2, 1.1, 1.0, 0.8, 0.6, 0.4]`.
        public var lengthPrior: [Double]
        /// Factor for a term that is one token. 例：1.
        public var singleToken: Double
        /// Factor for a term containing an ASCII digit (not a slogan). 例：0.3 for `2019年`.
        public var digits: Double
        /// Factor for a detected numbered slogan, which takes no length prior. 例：1.6 for 6543工程
        /// (2 with a linear term frequency: with the sublinear one, 2 made a report's ten keywords
        /// its slogans alone, 开发区 said 12 times out of the seed article's; 1.2 let fragments of
        /// city reports said twice, 居全国, outrank their slogans said once).
        public var slogan: Double
        /// How many times an occurrence in a title counts. 例：2.
        public var title: Double
        /// The exponent of the term frequency: a term found `tf` times weighs `tf^e` (1: plain
        /// TF-IDF). Below 1 it is sublinear, so that a generic word said 80 times in a long
        /// report (企业, 建设, 项目) does not outweigh the report's own terms said a few times
        /// (双随机一公开, 三链协同). 例：0.7, so that 10 occurrences weigh 5.0 and 80 weigh 21.5.
        public var termFrequencyExponent: Double

        /// The documented defaults, measured on CSL dev (see `Scripts/evaluate-keywords`).
        /// 例：`Weights.default.singleToken` → 1.
        public static let `default` = Weights(
            lengthPrior: [0, 0.2, 0.6, 1.0, 1.2, 1.1, 1.0, 0.8, 0.6, 0.4],
            singleToken: 1.0, digits: 0.3, slogan: 1.6, title: 2, termFrequencyExponent: 0.7)

        /// Weights. 例：`Weights(lengthPrior: [0, 0, 1], singleToken: 1, digits: 1, slogan: 1, title: 1, termFrequencyExponent: 1)`
        /// is plain TF-IDF for terms of two or more characters.
        public init(lengthPrior: [Double], singleToken: Double, digits: Double, slogan: Double, title: Double,
                    termFrequencyExponent: Double = 0.7) {
            precondition(!lengthPrior.isEmpty, "the length prior needs at least one value")
            precondition(termFrequencyExponent > 0, "the term frequency exponent must be positive")
            self.lengthPrior = lengthPrior
            self.singleToken = singleToken
            self.digits = digits
            self.slogan = slogan
            self.title = title
            self.termFrequencyExponent = termFrequencyExponent
        }

        /// The weight of a term frequency, `tf^e`. 例：`termFrequency(10)` → 5.01 with e = 0.7.
        @inline(__always)
        public func termFrequency(_ tf: Double) -> Double {
            termFrequencyExponent == 1 || tf <= 0 ? tf : pow(tf, termFrequencyExponent)
        }

        /// The term frequency whose weight is `w` (the inverse of ``termFrequency(_:)``).
        /// 例：`inverseTermFrequency(5.01)` → 10 with e = 0.7.
        @inline(__always)
        public func inverseTermFrequency(_ w: Double) -> Double {
            termFrequencyExponent == 1 || w <= 0 ? w : pow(w, 1 / termFrequencyExponent)
        }

        /// The length prior of a term of `length` characters. 例：`prior(4)` → 1.2.
        @inline(__always)
        public func prior(_ length: Int) -> Double {
            lengthPrior[min(length, lengthPrior.count - 1)]
        }
    }

    /// The ranking method. 例：`.tfidf`.
    public var method: Method
    /// How many keywords per document. 例：10.
    public var top: Int
    /// Words that end candidate terms and are never keywords. 例：`.default`.
    public var stopWords: StopWords
    /// What a term may look like (length, edges). 例：`.default`.
    public var shape: TermShape
    /// Score factors. 例：`.default`.
    public var weights: Weights
    /// Where titles are. 例：`.headingsAndFirstLine`.
    public var titles: Titles
    /// Where document frequencies come from. 例：`.automatic`.
    public var idf: IDFSource
    /// How many documents' worth of evidence the built-in IDF table adds to a corpus's own
    /// document frequencies (a Bayesian prior; 0 = the corpus alone). 例：100.
    public var priorDocuments: Double
    /// How often a multi-token term must occur in the built-in table's corpus to count as a
    /// known term when it occurs only once in a document (then only as a whole run between
    /// stop words or punctuation). 例：3.
    public var knownTermMinimumDocuments: Int

    /// TF-IDF, 10 keywords, the built-in stop words, the default shape and weights.
    /// 例：`KeywordExtractor(configuration: .default, tokenizer: tokenizer)`.
    public static let `default` = KeywordConfiguration()

    /// A configuration. 例：`KeywordConfiguration(top: 5, stopWords: try StopWords(contentsOf: "my-stopwords.txt"))`.
    public init(method: Method = .tfidf, top: Int = 10, stopWords: StopWords = .default, shape: TermShape = .default,
                weights: Weights = .default, titles: Titles = .headingsAndFirstLine, idf: IDFSource = .automatic, priorDocuments: Double = 100,
                knownTermMinimumDocuments: Int = 3) {
        precondition(top >= 0, "top must not be negative")
        self.method = method
        self.top = top
        self.stopWords = stopWords
        self.shape = shape
        self.weights = weights
        self.titles = titles
        self.idf = idf
        self.priorDocuments = priorDocuments
        self.knownTermMinimumDocuments = knownTermMinimumDocuments
    }
}
