import Foundation

/// Renders the words a corpus uses (``PhraseBuilder/Phrase``) as text, JSON, JSON Lines or CSV.
///
/// 例：in ``Format/csv``, `一带一路,2,2733,636,7.59,7.91,7.84` — term, tokens, count,
/// documents, cohesion, left and right entropy.
public enum PhraseRenderer {
    /// Output formats. 例：`kouhao words --format jsonl` uses `.jsonl`.
    public enum Format: String, Sendable, CaseIterable {
        /// An aligned table with a header. 例：`  1  一带一路  2733  636  7.59  7.91 / 7.84  2`.
        case text
        /// One JSON array. 例：`[{"term":"一带一路",…}]`.
        case json
        /// One JSON object per line. 例：`{"term":"一带一路","tokens":2,…}`.
        case jsonl
        /// `term,tokens,count,documents,cohesion,left_entropy,right_entropy` rows under a header.
        /// 例：`一带一路,2,2733,636,7.59,7.91,7.84`.
        case csv
    }

    /// Renders `phrases`. 例：`PhraseRenderer.render(phrases, format: .text, into: &sink)`.
    public static func render(_ phrases: [PhraseBuilder.Phrase], format: Format, into sink: inout ByteSink) {
        func n(_ x: Double) -> String { String(format: "%.2f", x) }
        switch format {
        case .text:
            let width = max(4, phrases.map { KeywordRenderer.displayWidth($0.text) }.max() ?? 0)
            sink.append("  #  term" + String(repeating: " ", count: width - 4) + "    count   docs  cohesion  entropy L / R  tokens\n")
            for (i, p) in phrases.enumerated() {
                let rank = String(i + 1)
                sink.append(String(repeating: " ", count: max(0, 3 - rank.count)) + rank + "  " + p.text)
                sink.append(String(repeating: " ", count: width - KeywordRenderer.displayWidth(p.text)))
                sink.append(pad(String(p.count), 9) + pad(String(p.documents), 7) + pad(n(p.cohesion), 10))
                sink.append(pad(n(p.leftEntropy), 9) + " / " + n(p.rightEntropy) + pad(String(p.tokens), 8) + "\n")
            }
        case .json, .jsonl:
            if format == .json { sink.append("[") }
            for (i, p) in phrases.enumerated() {
                if format == .json { sink.append(i == 0 ? "\n" : ",\n") }
                sink.append("{\"term\":")
                sink.appendJSONString(p.text)
                sink.append(",\"tokens\":\(p.tokens),\"count\":\(p.count),\"documents\":\(p.documents),")
                sink.append("\"cohesion\":\(n(p.cohesion)),\"left_entropy\":\(n(p.leftEntropy)),\"right_entropy\":\(n(p.rightEntropy))}")
                if format == .jsonl { sink.append("\n") }
            }
            if format == .json { sink.append(phrases.isEmpty ? "]\n" : "\n]\n") }
        case .csv:
            sink.append("term,tokens,count,documents,cohesion,left_entropy,right_entropy\n")
            for p in phrases {
                sink.append("\(KeywordRenderer.csvField(p.text)),\(p.tokens),\(p.count),\(p.documents),\(n(p.cohesion)),\(n(p.leftEntropy)),\(n(p.rightEntropy))\n")
            }
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - s.count)) + s
    }
}
