/// JSON for document analyses: one object per document, in a stable key order.
///
/// The object is the contract that `score_slogans.py` and `score_keywords.py` read:
/// `{"path": …, "slogans": [{"slogan": "6543工程", "start": 1448, "end": 1455,
/// "expansion": ["摸清“六涉”企业底数", …] | null, "direction": "after" | "before" |
/// "elsewhere" | "lexicon" | "corpus" | null, "numbers": [6, 5, 4, 3], "kind": "digitCode", "confidence": 0.9, …}],
/// "keywords": [{"term", "score", "count"}]}`. Offsets are code points of the text as read
/// (for a PDF, of the text `"extractedBy"` names, e.g. `"extractedBy": "pdftotext"`).
/// 例：`AnalysisJSON.write(analysis, into: &sink)` appends one such object.
public enum AnalysisJSON {
    /// What to include in each document object.
    ///
    /// 例：`kouhao slogans --format jsonl` writes `.slogans`.
    public enum Content: Sendable {
        /// Slogans only. 例：`kouhao slogans --format json`: `{"path":"四抓.txt","slogans":[…]}`.
        case slogans
        /// Keywords only. 例：`{"path":"四抓.txt","keywords":[{"term":"四抓",…,"slogan":true},…]}`.
        case keywords
        /// Both. 例：`kouhao show --format json`, with `"slogans"` then `"keywords"`.
        case all
    }

    /// Appends one document object (no trailing newline). With `context`, each mention
    /// carries its sentence and each expansion the sentence that states it.
    /// 例：for `四抓.txt` with `.slogans`: `{"path":"四抓.txt","slogans":[{"slogan":"四抓",…}]}`.
    public static func write(_ analysis: DocumentAnalysis, content: Content = .all, context: Bool = false, into sink: inout ByteSink) {
        sink.append("{\"path\":")
        sink.appendJSONString(analysis.path)
        if let program = analysis.extractedBy {
            sink.append(",\"extractedBy\":")
            sink.appendJSONString(program)
        }
        if content != .keywords {
            sink.append(",\"slogans\":[")
            for (i, m) in analysis.slogans.enumerated() {
                if i > 0 { sink.append(",") }
                writeMention(m, context: context, into: &sink)
            }
            sink.append("]")
        }
        if content != .slogans {
            sink.append(",\"keywords\":[")
            for (i, k) in analysis.keywords.enumerated() {
                if i > 0 { sink.append(",") }
                sink.append("{\"term\":")
                sink.appendJSONString(k.term)
                sink.append(",\"score\":\(number(k.score)),\"count\":\(k.count)")
                if k.isSlogan { sink.append(",\"slogan\":true") }
                if !k.variants.isEmpty {
                    sink.append(",\"variants\":[")
                    for (j, v) in k.variants.enumerated() {
                        if j > 0 { sink.append(",") }
                        sink.appendJSONString(v)
                    }
                    sink.append("]")
                }
                sink.append("}")
            }
            sink.append("]")
        }
        sink.append("}")
    }

    /// Appends one mention object.
    /// 例：`{"slogan":"四抓","key":"四抓","start":20,"end":22,"expansion":["抓项目",…],"direction":"before",…}`.
    public static func writeMention(_ m: SloganMention, context: Bool = false, into sink: inout ByteSink) {
        sink.append("{\"slogan\":")
        sink.appendJSONString(m.label)
        sink.append(",\"key\":")
        sink.appendJSONString(m.key)
        sink.append(",\"start\":\(m.range.lowerBound),\"end\":\(m.range.upperBound),\"expansion\":")
        if let e = m.expansion {
            sink.append("[")
            for (i, item) in e.items.enumerated() {
                if i > 0 { sink.append(",") }
                sink.appendJSONString(item.text)
            }
            sink.append("],\"direction\":\"\(e.direction.rawValue)\"")
        } else {
            sink.append("null,\"direction\":null")
        }
        sink.append(",\"numbers\":[\(m.numbers.map(String.init).joined(separator: ","))]")
        sink.append(",\"kind\":\"\(m.kind.rawValue)\",\"confidence\":\(number(m.confidence)),\"quoted\":\(m.isQuoted)")
        if let e = m.expansion {
            sink.append(",\"items\":[")
            for (i, item) in e.items.enumerated() {
                if i > 0 { sink.append(",") }
                sink.append("{\"text\":")
                sink.appendJSONString(item.text)
                if e.direction.isInDocument {
                    sink.append(",\"start\":\(item.range.lowerBound),\"end\":\(item.range.upperBound)}")
                } else {
                    sink.append(",\"start\":null,\"end\":null}")
                }
            }
            sink.append("]")
            if context {
                sink.append(",\"context\":")
                sink.appendJSONString(e.context)
            }
        }
        if context {
            sink.append(",\"sentence\":")
            sink.appendJSONString(m.sentence)
        }
        if !m.evidence.isEmpty {
            // Sorted by name, so that the output is the same on every run.
            sink.append(",\"evidence\":{")
            for (i, (name, value)) in m.evidence.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { sink.append(",") }
                sink.appendJSONString(name)
                sink.append(":\(number(value))")
            }
            sink.append("}")
        }
        sink.append("}")
    }

    /// A JSON number with at most four decimals.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 10_000).rounded() / 10_000
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
