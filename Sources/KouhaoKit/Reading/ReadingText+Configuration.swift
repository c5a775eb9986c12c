/// How a document's text is read: which soft line breaks to join, which furniture to drop.
extension ReadingText {
    /// How to read a document.
    ///
    /// 例：`ReadingText.Configuration(lines: .keep)` reads every line as it is (`--keep-lines`).
    public struct Configuration: Hashable, Sendable {
        /// Soft line breaks and page furniture. 例：`.keep` for `--keep-lines`.
        public var lines: LineJoiner.Configuration

        /// Soft line breaks joined, page furniture dropped.
        /// 例：`ReadingText(SourceText(wrapped), path: "报告.txt", configuration: .default)`.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(lines: .keep)`.
        public init(lines: LineJoiner.Configuration = .default) {
            self.lines = lines
        }
    }

    /// Reads the text of a document as `configuration` says.
    /// 例：`ReadingText(SourceText("实施“四大产\n业”工程…"), path: "报告.txt", configuration: .default)`
    /// reads the label whole when the text is hard-wrapped.
    /// - Complexity: O(n).
    public init(_ source: SourceText, path: String?, configuration: Configuration) {
        self = LineJoiner(configuration: configuration.lines).join(source)
    }
}
