/// Renders document analyses, one after another, in any of the per-document formats.
///
/// Streaming: `begin`, then `write` for each document in order, then `end`.
/// 例：`AnalysisRenderer(format: .jsonl, content: .slogans)` writes one JSON object per line.
public struct AnalysisRenderer: Sendable {
    /// The formats.
    ///
    /// 例：`kouhao slogans --format md` uses `.md`.
    public enum Format: String, Sendable, CaseIterable {
        /// For people: each slogan with its numbered expansion and its sentence.
        case text
        /// One JSON array of document objects.
        case json
        /// One JSON object per document, one per line.
        case jsonl
        /// One CSV row per slogan occurrence (or per keyword).
        case csv
        /// Markdown: a section per document.
        case md
    }

    /// The format.
    public let format: Format
    /// What to include.
    public let content: AnalysisJSON.Content
    private let state = Counter()

    /// A renderer. 例：`AnalysisRenderer(format: .text, content: .all)`.
    public init(format: Format, content: AnalysisJSON.Content) {
        self.format = format
        self.content = content
    }

    /// Writes what comes before the first document (`[` for JSON, the CSV header).
    public func begin(into sink: inout ByteSink) {
        switch format {
        case .json: sink.append("[")
        case .csv: AnalysisCSV.header(content, into: &sink)
        default: break
        }
    }

    /// Writes one document.
    public func write(_ analysis: DocumentAnalysis, into sink: inout ByteSink) {
        let index = state.next()
        switch format {
        case .json:
            sink.append(index == 0 ? "\n" : ",\n")
            AnalysisJSON.write(analysis, content: content, into: &sink)
        case .jsonl:
            AnalysisJSON.write(analysis, content: content, into: &sink)
            sink.append("\n")
        case .csv:
            AnalysisCSV.write(analysis, content: content, into: &sink)
        case .text:
            AnalysisText.write(analysis, content: content, first: index == 0, into: &sink)
        case .md:
            AnalysisMarkdown.write(analysis, content: content, into: &sink)
        }
    }

    /// Writes what comes after the last document.
    public func end(into sink: inout ByteSink) {
        if format == .json { sink.append(state.value == 0 ? "]\n" : "\n]\n") }
    }

    /// Counts documents written (the renderer is used from one thread).
    private final class Counter: @unchecked Sendable {
        var value = 0
        func next() -> Int { defer { value += 1 }; return value }
    }
}
