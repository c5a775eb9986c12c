/// CSV for document analyses (RFC 4180 quoting, LF line ends): one row per slogan occurrence,
/// or per keyword; with both (`kouhao show`), a `record` column says which a row is.
///
/// 例：`path,slogan,key,start,end,kind,numbers,confidence,quoted,direction,expansion`
/// then `Corpus/01.txt,三比三争,三比三争,232,236,frame,3 3,0.9,true,before,比项目、争速度 | …`.
public enum AnalysisCSV {
    /// Writes the header row.
    /// 例：`path,rank,term,score,count,slogan` for `.keywords`; the slogan columns, plus
    /// `,sentence,context` (the mention's sentence, the sentence stating its expansion) with
    /// `context`, otherwise.
    public static func header(_ content: AnalysisJSON.Content, context: Bool = false, into sink: inout ByteSink) {
        switch content {
        case .keywords:
            sink.append("path,rank,term,score,count,slogan\n")
        case .slogans:
            sink.append(sloganColumns + (context ? ",sentence,context\n" : "\n"))
        case .all:
            sink.append("path,record," + sloganColumns.dropFirst(5) + (context ? ",sentence,context" : "") + ",rank,term,score,count\n")
        }
    }

    static let sloganColumns = "path,slogan,key,start,end,kind,numbers,confidence,quoted,direction,expansion"

    /// Writes the rows of one document.
    /// 例：`四抓.txt,四抓,四抓,20,22,compact,4,0.95,true,before,抓项目 | 抓产业 | 抓民生 | 抓队伍`
    /// for `坚持抓项目、抓产业、抓民生、抓队伍，这“四抓”工作法已在全镇推开。`.
    public static func write(_ analysis: DocumentAnalysis, content: AnalysisJSON.Content, context: Bool = false, into sink: inout ByteSink) {
        if content == .keywords {
            for (i, k) in analysis.keywords.enumerated() {
                row([analysis.path, String(i + 1), k.term, AnalysisJSON.number(k.score), String(k.count), String(k.isSlogan)], into: &sink)
            }
            return
        }
        let all = content == .all
        for m in analysis.slogans {
            var fields = [analysis.path, m.label, m.key, String(m.range.lowerBound), String(m.range.upperBound), m.kind.rawValue,
                          m.numbers.map(String.init).joined(separator: " "), AnalysisJSON.number(m.confidence), String(m.isQuoted),
                          m.expansion?.direction.rawValue ?? "", m.expansion?.itemTexts.joined(separator: " | ") ?? ""]
            if context { fields += [m.sentence, m.expansion?.context ?? ""] }
            if all {
                fields.insert("slogan", at: 1)
                fields += ["", "", "", ""]
            }
            row(fields, into: &sink)
        }
        guard all else { return }
        let empty = [String](repeating: "", count: context ? 12 : 10)
        for (i, k) in analysis.keywords.enumerated() {
            row([analysis.path, "keyword"] + empty + [String(i + 1), k.term, AnalysisJSON.number(k.score), String(k.count)], into: &sink)
        }
    }

    /// One CSV row; fields with commas, quotes or line ends are quoted.
    /// 例：`row(["四抓.txt", "抓项目, 抓产业"], into: &sink)` appends `四抓.txt,"抓项目, 抓产业"` and a line
    /// end; the full-width ，and “” need no quoting.
    public static func row(_ fields: [String], into sink: inout ByteSink) {
        for (i, f) in fields.enumerated() {
            if i > 0 { sink.append(",") }
            if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                sink.append("\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            } else {
                sink.append(f)
            }
        }
        sink.append("\n")
    }
}

private extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        var out = ""
        for ch in self { out += String(ch) == a ? b : String(ch) }
        return out
    }
}
