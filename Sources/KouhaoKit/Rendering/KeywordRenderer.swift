import Foundation

/// Renders the keywords of documents as text, JSON, JSON Lines or CSV.
///
/// 例：in ``Format/jsonl`` one document renders as
/// `{"path":"a.txt","keywords":[{"term":"开发区","score":12.3456,"count":21,"slogan":false,"variants":[]}]}` —
/// the line format `score_keywords.py` reads.
public enum KeywordRenderer {
    /// Output formats.
    ///
    /// 例：`kouhao keywords --format csv` uses `.csv`.
    public enum Format: String, Sendable, CaseIterable {
        /// Per document: the path (when there are several documents), then one line per keyword:
        /// rank, term, score, count, `slogan` for numbered slogans, and the merged variants in
        /// brackets. 例：`  1  开发区  119.1816  ×21`, `  2  伊核协议  88.1  ×9  (伊核)`.
        case text
        /// One JSON array of documents. 例：`[{"path":…,"keywords":[…]}]`.
        case json
        /// One JSON object per document per line. 例：`{"path":"a.txt","keywords":[…]}`.
        case jsonl
        /// `path,rank,term,score,count,slogan,variants` rows under a header (variants separated by
        /// ` | `). 例：`a.txt,1,开发区,119.1816,21,false,`.
        case csv
    }

    /// What comes before the first document. 例：`[` for JSON, the header row for CSV.
    public static func begin(_ format: Format, into sink: inout ByteSink) {
        switch format {
        case .json: sink.append("[")
        case .csv: sink.append("path,rank,term,score,count,slogan,variants\n")
        case .text, .jsonl: break
        }
    }

    /// One document's keywords. 例：`KeywordRenderer.render(keywords, path: "a.txt", index: 0, format: .jsonl, showPath: false, into: &sink)`.
    /// - Parameters:
    ///   - index: the document's position in the output (0 for the first).
    ///   - showPath: whether the text format prints the path above the keywords.
    public static func render(_ keywords: [Keyword], path: String, index: Int, format: Format, showPath: Bool, into sink: inout ByteSink) {
        switch format {
        case .text:
            if showPath {
                if index > 0 { sink.append("\n") }
                sink.append("== \(path) ==\n")
            }
            let width = keywords.map { displayWidth($0.term) }.max() ?? 0
            for (i, k) in keywords.enumerated() {
                let rank = String(i + 1)
                sink.append(String(repeating: " ", count: max(0, 3 - rank.count)) + rank + "  ")
                sink.append(k.term)
                sink.append(String(repeating: " ", count: width - displayWidth(k.term) + 2))
                sink.append(score(k.score))
                sink.append("  ×\(k.count)")
                if k.isSlogan { sink.append("  slogan") }
                if !k.variants.isEmpty { sink.append("  (" + k.variants.joined(separator: ", ") + ")") }
                sink.append("\n")
            }
        case .json, .jsonl:
            if format == .json { sink.append(index == 0 ? "\n" : ",\n") }
            sink.append("{\"path\":")
            sink.appendJSONString(path)
            sink.append(",\"keywords\":[")
            for (i, k) in keywords.enumerated() {
                if i > 0 { sink.append(",") }
                sink.append("{\"term\":")
                sink.appendJSONString(k.term)
                sink.append(",\"score\":\(score(k.score)),\"count\":\(k.count),\"slogan\":\(k.isSlogan),\"variants\":[")
                for (j, v) in k.variants.enumerated() {
                    if j > 0 { sink.append(",") }
                    sink.appendJSONString(v)
                }
                sink.append("]}")
            }
            sink.append("]}")
            if format == .jsonl { sink.append("\n") }
        case .csv:
            for (i, k) in keywords.enumerated() {
                sink.append("\(csvField(path)),\(i + 1),\(csvField(k.term)),\(score(k.score)),\(k.count),\(k.isSlogan),\(csvField(k.variants.joined(separator: " | ")))\n")
            }
        }
    }

    /// What comes after the last document. 例：`]` for JSON.
    public static func end(_ format: Format, documents: Int, into sink: inout ByteSink) {
        if format == .json { sink.append(documents == 0 ? "]\n" : "\n]\n") }
    }

    /// A score with four decimals. 例：`score(12.34567)` → `12.3457`.
    static func score(_ s: Double) -> String { String(format: "%.4f", s) }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Terminal columns: 2 for wide (CJK) characters, 1 otherwise.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return w + (wide ? 2 : 1)
        }
    }
}
