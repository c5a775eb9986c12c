/// Runs the whole pipeline on one document: normalize, tokenize, find slogans and their
/// expansions, extract keywords.
///
/// Pure: text and configuration in, a ``DocumentAnalysis`` out. Safe to share between
/// threads. 例：`try Analyzer().analyze("实施“6543”工程，即…", path: "-")`.
public struct Analyzer: Sendable {
    /// What to compute and how.
    ///
    /// 例：`Analyzer.Configuration(slogans: .default, keywords: .extract(.default))`.
    public struct Configuration: Sendable {
        /// Whether to extract keywords, and how.
        ///
        /// 例：`.extract(KeywordConfiguration(top: 5))` gives each analysis its five best
        /// keywords, detected slogans counted as single terms.
        public enum Keywords: Sendable {
            /// No keywords (``DocumentAnalysis/keywords`` stays empty). 例：`kouhao slogans`.
            case off
            /// Keywords by this configuration, IDF from the built-in table.
            /// 例：`.extract(.default)` for the default `kouhao` view.
            case extract(KeywordConfiguration)
        }

        /// How a document's text is read before anything else (soft line breaks, page furniture).
        /// 例：`.init(lines: .keep)` for `--keep-lines`.
        public var reading: ReadingText.Configuration
        /// Normalization before matching.
        /// 例：`.default`, so that 「兩個清單」 is found with key 两个清单 and label 兩個清單 as written.
        public var normalization: Normalizer.Configuration
        /// Slogan detection. 例：`.init(minimumConfidence: 0.7)` for `kouhao slogans --min-confidence 0.7`.
        public var slogans: SloganDetector.Configuration
        /// Keyword extraction (off by default). 例：`.extract(.default)`.
        public var keywords: Keywords
        /// Slogans known before any document: the built-in slogan lexicon by default; `.none`
        /// for the document alone (`--no-lexicon`), or a user's lexicon merged in (`--lexicon FILE`).
        /// 例：`KnownLabels.builtIn.merging(try KnownLabels(contentsOf: "g.json"))`.
        public var knownLabels: KnownLabels
        /// The word lexicon the keywords' tokenizer lays over ICU (see ``Tokenizer``).
        /// 例：`.builtIn`; `.none` for ICU alone (`--no-lexicon`); `.custom(Lexicon(adding: mine, to: .builtIn))`.
        public var words: Words

        /// The tokenizer's word lexicon for keywords (read only when keywords are extracted).
        ///
        /// 例：`Analyzer.Configuration(keywords: .extract(.default), words: .none)` segments with ICU alone.
        public enum Words: Sendable {
            /// The built-in lexicon (``Lexicon/builtIn``). 例：`kouhao show`.
            case builtIn
            /// ICU alone. 例：`kouhao show --no-lexicon`.
            case none
            /// A lexicon of the caller's. 例：`kouhao show --dict 我的词典.txt`.
            case custom(Lexicon)

            /// The lexicon this choice names (nil for ICU alone). 例：`Words.builtIn.lexicon?.count`.
            public var lexicon: Lexicon? {
                switch self {
                case .builtIn: return .builtIn
                case .none: return nil
                case .custom(let lexicon): return lexicon
                }
            }
        }

        /// The documented defaults: slogans with the detector's defaults and the built-in
        /// slogan lexicon, no keywords.
        /// 例：`try Analyzer(configuration: .default).analyze("推进“三个强化”")` finds 三个强化, no keywords.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(normalization: .default, slogans: .default, keywords: .off)`.
        public init(reading: ReadingText.Configuration = .default, normalization: Normalizer.Configuration = .default,
                    slogans: SloganDetector.Configuration = .default, keywords: Keywords = .off,
                    knownLabels: KnownLabels = .builtIn, words: Words = .builtIn) {
            self.reading = reading
            self.normalization = normalization
            self.slogans = slogans
            self.keywords = keywords
            self.knownLabels = knownLabels
            self.words = words
        }
    }

    /// The configuration in use. 例：`try Analyzer().configuration.slogans.minimumConfidence` → 0.5.
    public let configuration: Configuration
    let normalizer: Normalizer
    let tokenizer: Tokenizer
    let detector: SloganDetector
    let extractor: KeywordExtractor?

    /// An analyzer. 例：`try Analyzer(configuration: .init(keywords: .extract(.default)))`, as `kouhao show` makes.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)`` when ICU cannot be used.
    public init(configuration: Configuration = .default) throws {
        self.configuration = configuration
        normalizer = Normalizer(configuration: configuration.normalization)
        // The slogan engine reads ICU's boundaries itself; the word lexicon is for keywords.
        if case .extract = configuration.keywords {
            tokenizer = try Tokenizer(lexicon: configuration.words.lexicon)
        } else {
            tokenizer = try Tokenizer(lexicon: nil)
        }
        detector = SloganDetector(configuration: configuration.slogans, knownLabels: configuration.knownLabels, tokenizer: tokenizer)
        if case .extract(let keywords) = configuration.keywords {
            extractor = KeywordExtractor(configuration: keywords, tokenizer: tokenizer)
        } else {
            extractor = nil
        }
    }

    /// Analyses a decoded document. 例：`analyzer.analyze(decoded, path: "Corpus/01.txt")`.
    /// - Complexity: O(n) in the length of the document.
    public func analyze(_ decoded: DecodedText, path: String) -> DocumentAnalysis {
        analyze(ReadingText(decoded.text, path: path, configuration: configuration.reading), path: path,
                diagnostics: decoded.diagnostics)
    }

    /// Analyses a document already read (``ReadingText``), as the CLI does; offsets refer to
    /// the reading's source. 例：`analyzer.analyze(ReadingText(SourceText(report)), path: "报告.txt")`.
    /// - Complexity: O(n) in the length of the document.
    public func analyze(_ reading: ReadingText, path: String, diagnostics: [Diagnostic] = []) -> DocumentAnalysis {
        let text = normalizer.normalize(reading)
        let (slogans, unconfirmed) = detector.detect(in: text)
        let keywords = extractor?.keywords(in: text, spans: slogans.map { TermSpan($0, in: text) }) ?? []
        return DocumentAnalysis(path: path, slogans: slogans, keywords: keywords, diagnostics: diagnostics,
                                length: reading.source.count, unconfirmed: unconfirmed)
    }

    /// Analyses a string. 例：`analyzer.analyze("坚持“两学一做”常态化制度化")`.
    public func analyze(_ string: String, path: String = "-") -> DocumentAnalysis {
        analyze(DecodedText(text: SourceText(string), encoding: TextEncoding(name: "UTF-8", source: .specified), diagnostics: []),
                path: path)
    }
}
