import Foundation
import Testing
@testable import KouhaoKit

@Suite struct GlossaryHTMLTests {
    let glossary = Glossary(summary: SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) })

    func page(_ links: SourceLinks = .none) -> String { String(decoding: GlossaryHTML.render(glossary, sourceLinks: links), as: UTF8.self) }

    /// The inline data the page's script reads.
    func data(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"kouhao-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    @Test func selfContainedPageWithControls() {
        let html = page()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for control in ["<input type=\"search\" id=\"q\"", "<select id=\"sort\">", "<select id=\"kind\">", "<select id=\"from\">",
                        "<select id=\"to\">", "<input type=\"number\" id=\"min\"", "@media print", "@media (max-width:30rem)"] {
            #expect(html.contains(control), "\(control)")
        }
        for remote in ["http:", "https:", "src=", "<link", "@import", "//cdn", "url("] {
            #expect(!html.contains(remote), "\(remote)")
        }
    }

    @Test func anUndecidedMeaningIsFlagged() throws {
        let html = String(decoding: GlossaryHTML.render(Glossary(summary: SampleCorpus.undecided.summary), sourceLinks: .none), as: UTF8.self)
        let entries = try #require(try data(html)["entries"] as? [[String: Any]])
        let entry = try #require(entries.first { $0["l"] as? String == "两会" })
        #expect(entry["u"] as? Int == 1)
        #expect(html.contains("含义未定"))
        let decided = try #require(try data(page())["entries"] as? [[String: Any]]).first { $0["l"] as? String == "五通" }
        #expect(decided?["u"] == nil)
    }

    @Test func dataHoldsEveryEntry() throws {
        let d = try data(page())
        let entries = try #require(d["entries"] as? [[String: Any]])
        #expect(entries.count == glossary.entries.count)
        #expect(d["periods"] as? [String] == ["2019"])
        let code = try #require(glossary.entries.first { $0.label == "6543工程" })
        let e = try #require(entries.first { $0["n"] as? Int == code.number })
        #expect(e["l"] as? String == "6543工程")
        #expect(e["d"] as? Int == 2)
        let items = try #require((e["e"] as? [[Any]])?.first?.first as? [String])
        #expect(items.prefix(2) == ["摸清“六涉”企业底数", "制定“五张清单”"])
        #expect(Set(e["c"] as? [Int] ?? []) == Set(code.nested.map(\.number)))
        let five = try #require(entries.first { $0["l"] as? String == "五通" })
        #expect((five["t"] as? [[Int]]) == [[0, 1, 2]])      // 2019: 1 document, 2 mentions
    }

    @Test func citationsLinkOnlyBelowThePagesFolder() throws {
        let beside = try #require(try data(page(SourceLinks(pageDirectory: "/研究", workingDirectory: "/研究")))["documents"] as? [[Any]])
        #expect(beside.contains { ($0[0] as? String) == "县区/01-澜溪.txt" && ($0[1] as? String) == "%E5%8E%BF%E5%8C%BA/01-%E6%BE%9C%E6%BA%AA.txt" })
        let elsewhere = try #require(try data(page(SourceLinks(pageDirectory: "/tmp/页面", workingDirectory: "/研究")))["documents"] as? [[Any]])
        #expect(elsewhere.allSatisfy { $0[1] is NSNull })
    }

    @Test func scriptEndTagsInTextCannotCloseTheData() throws {
        var summary = CorpusSummary()
        var b = AnalysisBuilder(path: "a.txt", "坚持“两学一做”</script><b>。")
        b.mention("两学一做", numbers: [2, 1], kind: .frame)
        summary.merge(b.summary)
        let html = String(decoding: GlossaryHTML.render(Glossary(summary: summary)), as: UTF8.self)
        #expect(html.components(separatedBy: "</script>").count == 3)     // the data's and the script's
        #expect((try data(html)["entries"] as? [[String: Any]])?.first?["x"] != nil)
    }

    @Test(arguments: [
        ("/w", "/w", "Corpus/01.txt", "Corpus/01.txt"),                // beside the corpus
        ("/w/Corpus", "/w", "Corpus/01.txt", "01.txt"),                // inside it
        ("out", "/w", "Corpus/01.txt", nil),                            // /w/out: not below
        ("/w", "/w", "/w/x/../Corpus/./01.txt", "Corpus/01.txt"),
        ("/w", "/w/sub", "../Corpus/a b.txt", "Corpus/a%20b.txt"),
        ("/w", "/w", "../other/01.txt", nil),
    ] as [(String, String, String, String?)])
    func sourceLinks(page: String, cwd: String, path: String, expected: String?) {
        #expect(SourceLinks(pageDirectory: page, workingDirectory: cwd).href(for: path) == expected)
        #expect(SourceLinks.none.href(for: path) == nil)
    }

    @Test func textIsEscaped() {
        #expect(GlossaryHTML.escape("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }
}
