/// How a document's text is read: as text or as an HTML page, which soft line breaks to
/// join, which furniture to drop.
extension ReadingText {
    /// How to read a document.
    ///
    /// 例：`ReadingText.Configuration(format: .html, html: .init(content: .main))` for
    /// `--input html --html-main`; `Configuration(lines: .keep)` for `--keep-lines`.
    public struct Configuration: Hashable, Sendable {
        /// Which format a document is read as.
        ///
        /// 例：`.automatic` reads `通知.html` as a page and `通知.txt` as text.
        public enum Format: String, Hashable, Sendable, CaseIterable {
            /// By content (a doctype or `<html>` near the start) and extension (`.html`, `.htm`).
            /// 例：a saved page named `通知` without extension is read as HTML.
            case automatic = "auto"
            /// Always as text. 例：an HTML tutorial whose tags are the subject (`--input text`).
            case text
            /// Always as an HTML page. 例：a page saved as `通知.txt` (`--input html`).
            case html
        }

        /// Which format. 例：`.automatic`.
        public var format: Format
        /// Soft line breaks and page furniture (applied to an HTML page's visible text too).
        /// 例：`.keep` for `--keep-lines`.
        public var lines: LineJoiner.Configuration
        /// What to read of an HTML page. 例：`.init(content: .main)` for `--html-main`.
        public var html: HTMLText.Configuration

        /// Format detected, soft line breaks joined, page furniture dropped, the whole page.
        /// 例：`ReadingText(SourceText(wrapped), path: "报告.txt", configuration: .default)`.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(format: .html, lines: .keep)`.
        public init(format: Format = .automatic, lines: LineJoiner.Configuration = .default,
                    html: HTMLText.Configuration = .default) {
            self.format = format
            self.lines = lines
            self.html = html
        }

        /// The format `source` is read as, from this configuration, its start and its path.
        /// 例：`.html` for `<!DOCTYPE html>…` with `.automatic`.
        public func format(of source: SourceText, path: String?) -> DocumentFormat {
            switch format {
            case .automatic: return DocumentFormat(text: source, path: path)
            case .text: return .text
            case .html: return .html
            }
        }
    }

    /// Reads the text of a document as `configuration` says: an HTML page's visible text,
    /// then soft line breaks joined and page furniture dropped.
    /// 例：`ReadingText(SourceText("实施“四大产\n业”工程…"), path: "报告.txt", configuration: .default)`
    /// reads the label whole when the text is hard-wrapped.
    /// - Complexity: O(n).
    public init(_ source: SourceText, path: String?, configuration: Configuration) {
        let joiner = LineJoiner(configuration: configuration.lines)
        if configuration.format(of: source, path: path) == .html {
            self = joiner.join(HTMLText.read(source, configuration: configuration.html))
        } else {
            self = joiner.join(source)
        }
    }
}
