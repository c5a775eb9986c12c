/// Markdown for document analyses: a section per document, a bullet per slogan with its
/// expansion, then the keywords.
///
/// 例：`- **五化并举** ×1 — before: 1. 网格化 2. 专业化 3. 知识化 4. 信息化 5. 常态化`.
public enum AnalysisMarkdown {
    /// Appends the section of one document.
    /// 例：`## 四抓.txt`, then `- **四抓** ×1 — before: 1. 抓项目 2. 抓产业 3. 抓民生 4. 抓队伍`.
    public static func write(_ analysis: DocumentAnalysis, content: AnalysisJSON.Content, into sink: inout ByteSink) {
        sink.append("## \(escape(analysis.path))\n\n")
        if let program = analysis.extractedBy { sink.append("_Text extracted by \(escape(program)); offsets refer to that text._\n\n") }
        if content != .keywords {
            let groups = SloganGroup.group(analysis.slogans)
            if groups.isEmpty { sink.append("_No numbered slogans found._\n") }
            for g in groups {
                sink.append("- **\(escape(g.representative.label))** ×\(g.mentions.count)")
                if let e = g.expansion {
                    sink.append(" — \(e.direction.rawValue):")
                    for (i, item) in e.items.enumerated() { sink.append(" \(i + 1). \(escape(item.text))") }
                }
                sink.append("\n")
            }
            sink.append("\n")
        }
        if content != .slogans, !analysis.keywords.isEmpty {
            sink.append("**Keywords:** " + analysis.keywords.map { escape($0.term) }.joined(separator: " · ") + "\n\n")
        }
    }

    /// Escapes Markdown's special characters. 例：`escape("材料_2023/*草稿*")` → `材料\_2023/\*草稿\*`.
    public static func escape(_ s: String) -> String { MarkdownText.escape(s) }
}
