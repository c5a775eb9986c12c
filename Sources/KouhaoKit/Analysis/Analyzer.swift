/// Runs the whole pipeline on one document: normalize, tokenize, find slogans and their
/// expansions, extract keywords.
///
/// Pure: text and configuration in, a ``DocumentAnalysis`` out. Safe to share between
/// threads. 例：`try Analyzer().analyze("实施“6543”工程，即…", path: "-")`.
public struct Analyzer: Sendable {
    /// What to compute and how.
    ///
    /// 例：`Analyzer.Configuration(slogans: .default)`.
    public struct Configuration: Sendable {
        /// Normalization before matching.
        public var normalization: Normalizer.Configuration
        /// Slogan detection.
        public var slogans: SloganDetector.Configuration

        /// The documented defaults.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(normalization: .default, slogans: .default)`.
        public init(normalization: Normalizer.Configuration = .default, slogans: SloganDetector.Configuration = .default) {
            self.normalization = normalization
            self.slogans = slogans
        }
    }

    /// The configuration in use.
    public let configuration: Configuration
    let normalizer: Normalizer
    let tokenizer: Tokenizer
    let detector: SloganDetector

    /// An analyzer.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)`` when ICU cannot be used.
    public init(configuration: Configuration = .default) throws {
        self.configuration = configuration
        normalizer = Normalizer(configuration: configuration.normalization)
        tokenizer = try Tokenizer()
        detector = SloganDetector(configuration: configuration.slogans, tokenizer: tokenizer)
    }

    /// Analyses a decoded document. 例：`analyzer.analyze(decoded, path: "Corpus/01.txt")`.
    /// - Complexity: O(n) in the length of the document.
    public func analyze(_ decoded: DecodedText, path: String) -> DocumentAnalysis {
        let text = normalizer.normalize(decoded.text)
        let slogans = detector.mentions(in: text)
        return DocumentAnalysis(path: path, slogans: slogans, keywords: [], diagnostics: decoded.diagnostics,
                                length: decoded.text.count)
    }

    /// Analyses a string. 例：`analyzer.analyze("坚持“两学一做”常态化制度化")`.
    public func analyze(_ string: String, path: String = "-") -> DocumentAnalysis {
        analyze(DecodedText(text: SourceText(string), encoding: TextEncoding(name: "UTF-8", source: .specified), diagnostics: []),
                path: path)
    }
}
