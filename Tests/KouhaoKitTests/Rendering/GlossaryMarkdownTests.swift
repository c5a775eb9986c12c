import Testing
@testable import KouhaoKit

@Suite struct GlossaryMarkdownTests {
    let glossary = Glossary(summary: SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) })

    var markdown: String { String(decoding: GlossaryMarkdown.render(glossary), as: UTF8.self) }

    @Test func oneSectionPerSloganWithAnchors() {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == glossary.entries.count)
        #expect(headings.first == "## 1. 五通 <a id=\"s1\"></a>")
        #expect(markdown.hasPrefix("# 口号词表\n\n5 篇文档 · 8 条口号 · 15 处提及 · 首见、末见按路径排序\n"))
    }

    @Test func entryShowsCountsVariantsExpansionsAndLinks() throws {
        let code = try #require(glossary.entries.first { $0.label == "6543工程" })
        let section = markdown.components(separatedBy: "\n## ").first { $0.hasPrefix("\(code.number). 6543工程") } ?? ""
        #expect(section.contains("- 提及 2 次，见于 2 篇文档 · 首见 `县区/01-澜溪.txt`，末见 `县区/03-石楠.txt`"))
        #expect(section.contains("- 写法：“6543”工程 ×1、“６５４３”工程 ×1"))
        #expect(section.contains("- 含义：① 摸清“六涉”企业底数 ② 制定“五张清单” ③ 强化“四个打击” ④ 画出“三张图”（1 篇文档列出）"))
        #expect(section.contains("  > 园区全面实施“6543”工程，即摸清“六涉”企业底数、制定“五张清单”、强化“四个打击”、画出“三张图”。（`县区/01-澜溪.txt`）"))
        #expect(section.contains("- 另有 1 篇文档提到它而未列出条目，上列含义供参考。"))
        let six = try #require(glossary.entries.first { $0.label == "六涉" })
        #expect(section.contains("[六涉](#s\(six.number))"))
    }

    @Test func severalExpansionsAreNumbered() throws {
        let section = markdown.components(separatedBy: "\n## ").first { $0.hasPrefix("1. 五通") } ?? ""
        #expect(section.contains("- 含义（2 种）：\n  1. ① "))
        #expect(section.contains("\n  2. ① "))
    }

    @Test func markupIsEscaped() {
        #expect(GlossaryMarkdown.escape("1*2_[x]<b>") == "1\\*2\\_\\[x\\]\\<b\\>")
        #expect(GlossaryMarkdown.code("a`b") == "`` a`b ``")
    }
}
