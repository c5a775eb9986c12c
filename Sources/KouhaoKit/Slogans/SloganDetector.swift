/// Finds the numbered slogans of a document and resolves their expansions.
///
/// 例：in `以“四不四争四先锋”精神…` it finds 四不四争四先锋 with numbers [4, 4, 4].
/// (Work in progress: the detection engine lands with issue 3.)
public struct SloganDetector: Sendable {
    /// What the detector accepts.
    ///
    /// 例：`SloganDetector.Configuration(minimumConfidence: 0.5)`.
    public struct Configuration: Hashable, Sendable {
        /// Mentions below this confidence are dropped.
        public var minimumConfidence: Double

        /// The documented defaults.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(minimumConfidence: 0.5)`.
        public init(minimumConfidence: Double = 0.5) {
            self.minimumConfidence = minimumConfidence
        }
    }

    /// The configuration in use.
    public var configuration: Configuration

    /// A detector. 例：`SloganDetector()`.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// The slogan mentions of `text`, in text order.
    public func mentions(in text: NormalizedText) -> [SloganMention] {
        []
    }
}
