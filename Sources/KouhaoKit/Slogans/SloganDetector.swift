/// Finds the numbered slogans of a document and resolves their expansions.
///
/// The pipeline: the scanner proposes candidates (quoted labels, numbered labels in running
/// text) and rejects traps by shape; the resolver looks for each candidate's list after it
/// and before it; candidates are accepted on the evidence (quotation, a set-naming head,
/// a validated list, the same label confirmed elsewhere in the document); labels confirmed
/// once are then found wherever else they occur; a slogan expanded once lends that
/// expansion (`elsewhere`) to its other mentions, and so do the items of a glossary or an
/// unlabeled list that fits the label.
/// 例：in `以“四不四争四先锋”精神…` it finds 四不四争四先锋 with numbers [4, 4, 4].
public struct SloganDetector: Sendable {
    /// What the detector accepts.
    ///
    /// 例：`SloganDetector.Configuration(minimumConfidence: 0.6)` keeps only surer mentions.
    public struct Configuration: Hashable, Sendable {
        /// Mentions below this confidence are dropped.
        /// 例：at 0.7 (`--min-confidence 0.7`) the unquoted 十大工程 of `全市实施十大工程。` (0.6) is dropped.
        public var minimumConfidence: Double

        /// Whether each mention carries its evidence (``SloganMention/evidence``); with a
        /// floor below 0.5 the candidates that were not taken show too, with theirs.
        /// 例：`Configuration(minimumConfidence: 0, explain: true)` for `kouhao slogans --explain --min-confidence 0`.
        public var explain: Bool

        /// The documented defaults: confidence at least 0.5, no evidence.
        /// 例：keeps 十大工程 in `全市实施十大工程。`, drops 五项任务 in `全镇完成五项任务。`.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(minimumConfidence: 0.5)`.
        public init(minimumConfidence: Double = 0.5, explain: Bool = false) {
            self.minimumConfidence = minimumConfidence
            self.explain = explain
        }
    }

    /// The configuration in use. 例：`try SloganDetector().configuration.minimumConfidence` → 0.5.
    public var configuration: Configuration
    /// Labels known before the document (none by default; ``Analyzer`` passes the built-in
    /// lexicon): found unquoted in running text, and their items fill mentions the document
    /// leaves bare (direction `lexicon`).
    /// 例：with `KnownLabels.builtIn`, 四风 in `坚决反对四风。` is a mention with four items.
    public var knownLabels: KnownLabels
    let tokenizer: Tokenizer

    /// A detector. 例：`let detector = try SloganDetector(configuration: .init(minimumConfidence: 0.7))`.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)`` when ICU's word breaker cannot be opened.
    public init(configuration: Configuration = .default, knownLabels: KnownLabels = .none) throws {
        self.configuration = configuration
        self.knownLabels = knownLabels
        tokenizer = try Tokenizer(lexicon: nil)  // the detector reads ICU's boundaries only
    }

    /// A detector sharing an existing tokenizer.
    init(configuration: Configuration, knownLabels: KnownLabels = .none, tokenizer: Tokenizer) {
        self.configuration = configuration
        self.knownLabels = knownLabels
        self.tokenizer = tokenizer
    }

    /// The slogan mentions of `text`, in text order, each at least as confident as
    /// ``Configuration/minimumConfidence``. Whether a label is a slogan is decided at
    /// ``SloganScorer/threshold`` (0.5) whatever the floor: a higher floor keeps fewer
    /// mentions, a lower one shows candidates that were not taken.
    /// 例：`try SloganDetector().mentions(in: Normalizer().normalize(SourceText("坚持“两学一做”")))`.
    /// - Complexity: O(n) in the length of the text.
    public func mentions(in text: NormalizedText) -> [SloganMention] {
        detect(in: text).mentions
    }

    /// The keyword engine's spans of the mentions of `text`: the same as
    /// `mentions(in: text).map { TermSpan($0, in: text) }`, without building the mentions'
    /// strings and expansions (see ``SloganAssembler/labelSpans()``).
    /// 例：`detector.termSpans(in: text)` → one span labelled 两学一做 for `坚持“两学一做”`.
    /// - Complexity: O(n) in the length of the text.
    public func termSpans(in text: NormalizedText) -> [TermSpan] {
        let index = DocumentIndex(text: text, tokenizer: tokenizer)
        var assembler = SloganAssembler(index: index, configuration: configuration)
        assembler.known = knownLabels
        return assembler.labelSpans().map { TermSpan(range: $0.range, label: $0.key, weight: $0.expanded ? 2 : 1) }
    }

    /// The mentions of `text` (as ``mentions(in:)``) and the labels seen but left without
    /// evidence (see ``DocumentAnalysis/unconfirmed``).
    /// 例：`detector.detect(in: text).unconfirmed` → 三农 for `全县三农工作稳步推进。` without a lexicon.
    /// - Complexity: O(n) in the length of the text.
    public func detect(in text: NormalizedText) -> (mentions: [SloganMention], unconfirmed: [SloganMention]) {
        let index = DocumentIndex(text: text, tokenizer: tokenizer)
        var assembler = SloganAssembler(index: index, configuration: configuration)
        assembler.known = knownLabels
        let (mentions, unconfirmed) = assembler.run()
        let kept = mentions.filter { $0.confidence >= configuration.minimumConfidence }
        return (knownLabels.isEmpty ? kept : knownLabels.filling(kept), unconfirmed)
    }
}
