import Foundation
import Testing

/// `--lexicon FILE` and `--no-lexicon`: a researcher teaches kouhao their own corpus.
@Suite struct LexiconOptionsTests {
    func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-lexicon-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/语料", withIntermediateDirectories: true)
        return dir
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func slogans(_ json: String) throws -> [[String: Any]] {
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return documents.flatMap { $0["slogans"] as? [[String: Any]] ?? [] }
    }

    @Test func aGlossaryJSONTeachesANewArticle() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("青川湾县党员推行“三亮”，即亮身份、亮承诺、亮实绩。\n", to: dir + "/语料/01.txt")
        try write("松岭县推广“三亮”经验。\n", to: dir + "/语料/02.txt")
        try write("梅溪镇党员推行三亮工作法，走遍全镇。\n", to: dir + "/新文章.txt")
        let glossary = try Kouhao.run(["glossary", "--quiet", "--no-lexicon", "--format", "json", "-o", dir + "/g.json", dir + "/语料"])
        #expect(glossary.status == 0)

        let bare = try Kouhao.run(["slogans", "--quiet", "--no-lexicon", "--format", "json", dir + "/新文章.txt"])
        #expect(try slogans(bare.stdout).isEmpty)

        let taught = try Kouhao.run(["slogans", "--quiet", "--no-lexicon", "--lexicon", dir + "/g.json", "--format", "json", dir + "/新文章.txt"])
        #expect(taught.status == 0)
        let mention = try #require(try slogans(taught.stdout).first)
        #expect(mention["slogan"] as? String == "三亮")
        #expect(mention["quoted"] as? Bool == false)
        #expect(mention["direction"] as? String == "lexicon")
        #expect(mention["expansion"] as? [String] == ["亮身份", "亮承诺", "亮实绩"])
    }

    @Test func aSimpleTSVWorksToo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("# 我们自己的提法\n四敢四先\t敢想、敢干、敢闯、敢担当\n", to: dir + "/词表.tsv")
        let run = try Kouhao.run(["slogans", "--lexicon", dir + "/词表.tsv", "--format", "json"],
                                 stdin: Data("石楠市干部践行四敢四先精神。".utf8))
        let mention = try #require(try slogans(run.stdout).first)
        #expect(mention["slogan"] as? String == "四敢四先")
        #expect((mention["expansion"] as? [String])?.count == 4)
    }

    @Test func aMissingLexiconIsAUsageError() throws {
        let run = try Kouhao.run(["slogans", "--lexicon", "/没有/这个/词表.tsv"], stdin: Data("测试".utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("词表.tsv: no such file or directory"))
    }
}
