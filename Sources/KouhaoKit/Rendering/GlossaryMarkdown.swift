/// The glossary as Markdown, for people: one section per slogan with its counts, spellings,
/// first and last documents, expansions with an example sentence each, and links between
/// nested slogans.
///
/// 例：
/// ```
/// ## 3. 6543工程 <a id="s3"></a>
/// - 提及 2 次，见于 1 篇文档 · 见于 `Corpus/01-devzone-lanxi.txt`
/// - 写法：“6543”工程 ×2
/// - 含义：① 摸清“六涉”企业底数 ② 制定“五张清单” ③ 强化“四个打击” ④ 画出“三张图”（1 篇文档列出）
///   > 实施“6543”工程，即……（`Corpus/01-devzone-lanxi.txt`）
/// - 包含：[六涉](#s7)、[五张清单](#s9)
/// ```
public enum GlossaryMarkdown {
    /// The Markdown text of `glossary`.
    /// 例：for `材料/`, `## 1. 三个强化 <a id="s1"></a>`, then `- 提及 4 次，见于 3 篇文档 · 首见 …`.
    /// - Complexity: O(size of the glossary).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var out = ByteSink()
        out.append("# \(GlossaryWording.title)\n\n")
        out.append(GlossaryWording.corpus(glossary) + "\n")
        renderOverview(glossary.timeline, into: &out)
        if glossary.entries.isEmpty { out.append("\n（没有找到数字式提法。）\n") }
        for entry in glossary.entries { render(entry, in: glossary, into: &out) }
        return out.bytes
    }

    /// The table of periods: documents and new slogans per period.
    private static func renderOverview(_ timeline: GlossaryTimeline, into out: inout ByteSink) {
        guard !timeline.periods.isEmpty else { return }
        out.append("\n| \(GlossaryWording.periodName(timeline.period)) | 文档 | 新出现的口号 |\n|---|---:|---:|\n")
        for i in timeline.periods.indices {
            out.append("| \(timeline.periods[i]) | \(timeline.documents[i]) | \(timeline.newSlogans[i]) |\n")
        }
    }

    private static func render(_ entry: Glossary.Entry, in glossary: Glossary, into out: inout ByteSink) {
        out.append("\n## \(entry.number). \(escape(entry.label)) <a id=\"s\(entry.number)\"></a>\n\n")
        let places = GlossaryWording.firstAndLast(entry).map { "\($0.label) \(code($0.document.path))\(GlossaryWording.date($0.document))" }
        out.append("- \(GlossaryWording.counts(entry)) · \(places.joined(separator: "，"))\n")
        if let use = GlossaryWording.datedUse(entry) { out.append("- \(use)\n") }
        let rows = glossary.timeline.rows(for: entry.key)
        if !rows.isEmpty {
            out.append("- \(GlossaryWording.periodName(glossary.timeline.period))：" + rows.map { GlossaryWording.periodCell($0) }.joined(separator: " · ") + "\n")
        }
        out.append("- 写法：\(entry.variants.map { escape(GlossaryWording.variant($0)) }.joined(separator: "、"))\n")
        if entry.expansions.isEmpty {
            out.append("- 含义：未见列出\n")
            out.append("  > \(escape(entry.summary.example.text))（\(code(entry.summary.example.path))）\n")
        } else if let note = GlossaryWording.noConsensus(entry) {
            out.append("- 含义（\(note)）：\n")
            for (i, expansion) in entry.expansions.enumerated() {
                out.append("  \(i + 1). ")
                render(expansion, indent: "     ", into: &out)
            }
        } else if entry.expansions.count == 1 {
            out.append("- 含义：")
            render(entry.expansions[0], indent: "  ", into: &out)
        } else {
            out.append("- 含义（\(entry.expansions.count) 种）：\n")
            for (i, expansion) in entry.expansions.enumerated() {
                out.append("  \(i + 1). ")
                render(expansion, indent: "     ", into: &out)
            }
        }
        if let note = GlossaryWording.withoutExpansion(entry) { out.append("- \(note)\n") }
        if !entry.nested.isEmpty { out.append("- 包含：\(links(entry.nested))\n") }
        if !entry.nestedIn.isEmpty { out.append("- 见于：\(links(entry.nestedIn)) 的条目\n") }
        let companions = glossary.companions(of: entry)
        if !companions.isEmpty { out.append("- 常与同现：\(links(companions.map(\.link), shared: true))\n") }
    }

    private static func render(_ expansion: ExpansionSummary, indent: String, into out: inout ByteSink) {
        let items = GlossaryWording.numberedItems(expansion.items, escape: escape)
        out.append("\(items)（\(GlossaryWording.expansionDocuments(expansion))）\n")
        guard !expansion.example.path.isEmpty else { return }
        out.append("\(indent)> \(escape(expansion.example.text))（\(code(expansion.example.path))）\n")
    }

    private static func links(_ links: [Glossary.Link], shared: Bool = false) -> String {
        links.map { "[\(escape($0.label))](#s\($0.number))" + (shared ? "（\($0.documents) 篇）" : "") }.joined(separator: "、")
    }

    /// Backslash-escapes the characters Markdown would read as markup; line breaks become spaces.
    static func escape(_ text: String) -> String { MarkdownText.escape(text) }

    /// A code span that holds any text (longer fences when the text has backticks).
    static func code(_ text: String) -> String {
        let flat = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        guard flat.contains("`") else { return "`\(flat)`" }
        return "`` \(flat) ``"
    }
}
