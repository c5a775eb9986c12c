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
        /// 例：`四抓  ×1  compact 4`, then `  before:  1. 抓项目  2. 抓产业 …` and `  « 坚持抓项目、… »`.
        case text
        /// One JSON array of document objects. 例：`[`, `{"path":"四抓.txt",…}`, `]` on their own lines.
        case json
        /// One JSON object per document, one per line. 例：`{"path":"四抓.txt","slogans":[…]}`.
        case jsonl
        /// One CSV row per slogan occurrence (or per keyword; both, told apart by a `record`
        /// column, in `kouhao show`).
        /// 例：`四抓.txt,四抓,四抓,20,22,compact,4,0.95,true,before,抓项目 | 抓产业 | 抓民生 | 抓队伍`.
        case csv
        /// Markdown: a section per document. 例：`## 四抓.txt`, then `- **四抓** ×1 — before: 1. 抓项目 …`.
        case md
    }

    /// The format. 例：`.csv` for `kouhao slogans --format csv`.
    public let format: Format
    /// What to include. 例：`.slogans` in `kouhao slogans`, `.all` in `kouhao show`.
    public let content: AnalysisJSON.Content
    /// Whether JSON and CSV carry each mention's sentence (text and Markdown always do).
    /// 例：true for `kouhao slogans --context`, adding `坚持抓项目、…已在全镇推开。` as the `sentence` column.
    public let context: Bool
    private let state = Counter()

    /// A renderer. 例：`AnalysisRenderer(format: .text, content: .all)`.
    public init(format: Format, content: AnalysisJSON.Content, context: Bool = false) {
        self.format = format
        self.content = content
        self.context = context
    }

    /// Writes what comes before the first document (`[` for JSON, the CSV header).
    /// 例：`path,slogan,key,start,end,kind,numbers,confidence,quoted,direction,expansion` for `.csv` and `.slogans`.
    public func begin(into sink: inout ByteSink) {
        state.value = 0
        switch format {
        case .json: sink.append("[")
        case .csv: AnalysisCSV.header(content, context: context, into: &sink)
        default: break
        }
    }

    /// Writes one document. 例：for `.jsonl`, `{"path":"四抓.txt",…}` and a line end.
    public func write(_ analysis: DocumentAnalysis, into sink: inout ByteSink) {
        let index = state.next()
        switch format {
        case .json:
            sink.append(index == 0 ? "\n" : ",\n")
            AnalysisJSON.write(analysis, content: content, context: context, into: &sink)
        case .jsonl:
            AnalysisJSON.write(analysis, content: content, context: context, into: &sink)
            sink.append("\n")
        case .csv:
            AnalysisCSV.write(analysis, content: content, context: context, into: &sink)
        case .text:
            AnalysisText.write(analysis, content: content, first: index == 0, into: &sink)
        case .md:
            AnalysisMarkdown.write(analysis, content: content, into: &sink)
        }
    }

    /// Writes what comes after the last document.
    /// 例：`\n]\n` after 四抓.txt's object in `.json`, `]\n` when no document came; nothing in the other formats.
    public func end(into sink: inout ByteSink) {
        if format == .json { sink.append(state.value == 0 ? "]\n" : "\n]\n") }
    }

    /// Counts documents written (the renderer is used from one thread).
    private final class Counter: @unchecked Sendable {
        var value = 0
        func next() -> Int { defer { value += 1 }; return value }
    }
}
