import Foundation
import Testing

/// The glossary of Corpus/ with the slogan engine: it agrees with `kouhao slogans`, and shows
/// what Corpus/gold.json says the sample articles contain.
@Suite struct GlossaryContentTests {
    static let quotes = Set("\"'“”‘’「」『』〝〞〟«»‹›")

    let glossary: [String: Any]
    let entries: [[String: Any]]

    init() throws {
        let r = try Kouhao.run(["glossary", "--format", "json", "--include", "*.txt", "Corpus"])
        glossary = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        entries = glossary["slogans"] as? [[String: Any]] ?? []
    }

    func entry(_ label: String) throws -> [String: Any] {
        try #require(entries.first { $0["label"] as? String == label }, "no entry \(label)")
    }

    func labels(_ links: Any?) -> [String] { (links as? [[String: Any]] ?? []).compactMap { $0["label"] as? String } }
    func items(_ entry: [String: Any]) -> [[String]] {
        (entry["expansions"] as? [[String: Any]] ?? []).compactMap { $0["items"] as? [String] }
    }
    func variants(_ entry: [String: Any]) -> [String] {
        (entry["variants"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    /// Every mention `kouhao slogans` reports is counted once, under a spelling that is its
    /// label with the quotes around or inside it.
    @Test func countsEveryMentionOfTheSlogansCommand() throws {
        let slogans = try Kouhao.run(["slogans", "--format", "jsonl", "--include", "*.txt", "Corpus"])
        #expect(slogans.status == 0)
        var mentioned: [String: Int] = [:]
        for line in slogans.stdout.split(separator: "\n") {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for s in document["slogans"] as? [[String: Any]] ?? [] { mentioned[s["slogan"] as? String ?? "", default: 0] += 1 }
        }
        var counted: [String: Int] = [:]
        for e in entries {
            for v in e["variants"] as? [[String: Any]] ?? [] {
                counted[String((v["text"] as? String ?? "").filter { !Self.quotes.contains($0) }), default: 0] += v["occurrences"] as? Int ?? 0
            }
        }
        #expect(!mentioned.isEmpty)
        #expect(counted == mentioned)
        #expect((glossary["corpus"] as? [String: Any])?["occurrences"] as? Int == mentioned.values.reduce(0, +))
    }

    @Test func traditionalSpellingsUnderTheSimplifiedLabel() throws {
        let e = try entry("两不愁三保障")                                 // 13-…-trad.txt: 「兩不愁三保障」即…
        #expect(variants(e).contains("「兩不愁三保障」"))
        #expect(items(e).contains { $0.first == "不愁吃" && $0.count == 5 })
    }

    @Test func expansionStatedInOneDocumentIsOfferedToTheOthers() throws {
        let e = try entry("四风")                                         // defined in 14 (即), bare in 05
        #expect((e["documents"] as? Int ?? 0) >= 2)
        #expect((e["documentsWithoutExpansion"] as? Int ?? 0) >= 1)
        #expect(items(e).contains { $0.contains("形式主义") && $0.contains("官僚主义") })
        let md = try Kouhao.run(["glossary", "--include", "*.txt", "Corpus"]).stdout
        let section = md.components(separatedBy: "\n## ").first { $0.contains(". 四风 <a id=") } ?? ""
        #expect(section.contains("篇文档提到它而未列出条目，上列含义供参考。"))
    }

    @Test func nestedSlogansLinkBothWays() throws {
        let e = try entry("4321工程")                                     // 01: 建好“四个台账”，落实“三项制度”…
        let nested = labels(e["nested"])
        #expect(!nested.isEmpty)
        #expect(Set(nested).isSubset(of: ["四个台账", "三项制度", "两张清单", "一条底线"]))
        for label in nested { #expect(labels(try entry(label)["nestedIn"]).contains("4321工程")) }
    }

    @Test func everyEncodingAndQuoteStyle() throws {
        let gb = try entry("三线一单")                                     // the GB18030 file
        #expect((gb["first"] as? [String: Any])?["path"] as? String == "Corpus/09-ecology-qinglan-gb18030.txt")
        #expect(items(gb).contains(["资源利用上线", "生态保护红线", "环境质量底线", "生态环境准入清单"]))
        #expect(variants(try entry("五篇大文章")).contains("\"五篇大文章\""))       // ASCII quotes, file 15
        #expect(variants(try entry("4321工程")) == ["“4321”工程"])               // quotes inside the label
    }
}
