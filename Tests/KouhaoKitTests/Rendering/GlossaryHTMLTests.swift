import Testing
@testable import KouhaoKit

@Suite struct GlossaryHTMLTests {
    let glossary = Glossary(summary: SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) })

    var html: String { String(decoding: GlossaryHTML.render(glossary), as: UTF8.self) }

    @Test func selfContainedPageWithSearch() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<input type=\"search\" id=\"q\""))
        #expect(html.contains("<script>"))
        for remote in ["http:", "https:", "src=", "<link", "@import", "//cdn"] {
            #expect(!html.contains(remote), "\(remote)")
        }
    }

    @Test func sameContentAsTheMarkdown() throws {
        #expect(html.components(separatedBy: "<article id=").count - 1 == glossary.entries.count)
        let code = try #require(glossary.entries.first { $0.label == "6543工程" })
        let article = html.components(separatedBy: "<article id=\"s\(code.number)\"").dropFirst().first ?? ""
        #expect(article.contains("提及 2 次，见于 2 篇文档"))
        #expect(article.contains("① 摸清“六涉”企业底数 ② 制定“五张清单”"))
        for link in code.nested { #expect(article.contains("<a href=\"#s\(link.number)\">\(link.label)</a>")) }
        #expect(article.contains("data-search=\"6543工程 “6543”工程 “６５４３”工程"))
    }

    @Test func textIsEscaped() {
        #expect(GlossaryHTML.escape("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }
}
