import Foundation
import Testing
@testable import KouhaoKit

@Suite struct GlossaryJSONTests {
    let summary = SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) }

    @Test func decodingGivesBackTheSummary() throws {
        let bytes = GlossaryJSON.render(Glossary(summary: summary))
        #expect(try GlossaryJSON.decode(bytes, path: "all.json") == summary)
        let dated = Glossary(summary: summary, configuration: .init(order: .date))
        #expect(try GlossaryJSON.decode(GlossaryJSON.render(dated), path: "all.json") == summary)
        #expect(try GlossaryJSON.decode(GlossaryJSON.render(Glossary(summary: CorpusSummary())), path: "e.json") == CorpusSummary())
    }

    @Test func layoutIsTheDocumentedSchema() throws {
        let bytes = GlossaryJSON.render(Glossary(summary: summary))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schema"] as? String == "kouhao-glossary")
        #expect(object["version"] as? Int == 2)
        #expect(object["order"] as? String == "path")
        #expect(object["period"] as? String == "year")
        let corpus = try #require(object["corpus"] as? [String: Any])
        #expect(corpus["documents"] as? Int == 5)
        #expect((corpus["periods"] as? [[String: Any]])?.map { $0["period"] as? String } == ["2019"])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ["专题/论坛-2019.txt", "专题/说明.txt", "县区/01-澜溪.txt", "县区/02-雲杉.txt", "县区/03-石楠.txt"])
        #expect(documents[0]["date"] as? String == "2019")
        #expect((documents[2]["mentions"] as? [String: Int])?["6543工程"] == 1)
        let slogans = try #require(object["slogans"] as? [[String: Any]])
        #expect(slogans.count == 8)
        let code = try #require(slogans.first { $0["label"] as? String == "6543工程" })
        #expect(Set(code.keys) == [
            "number", "label", "key", "kind", "numbers", "occurrences", "documents", "documentsWithoutExpansion",
            "first", "last", "variants", "labels", "kinds", "example", "consensus", "expansions", "nested", "nestedIn",
            "firstByPath", "lastByPath", "firstByDate", "lastByDate", "timeline", "oftenWith",
        ])
        let fiveLinks = try #require(slogans.first { $0["key"] as? String == "五通" })
        let row = try #require((fiveLinks["timeline"] as? [[String: Any]])?.first)
        #expect(row["period"] as? String == "2019")
        #expect(row["documents"] as? Int == 1)
        #expect(row["share"] as? Double == 1.0)
        #expect(code["kind"] as? String == "digitCode")
        let expansion = try #require((code["expansions"] as? [[String: Any]])?.first)
        #expect(Set(expansion.keys) == ["items", "direction", "documents", "occurrences", "support", "fit", "example"])
        #expect((expansion["example"] as? [String: Any])?["path"] as? String == "县区/01-澜溪.txt")
        #expect((code["nested"] as? [[String: Any]])?.count == 4)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\n  \"schema\": \"kouhao-glossary\",\n  \"version\": 2,\n"))
    }

    @Test func equalSummariesGiveEqualBytes() {
        let reversed = SampleCorpus.all.reversed().reduce(CorpusSummary()) { $0.merging($1.summary) }
        #expect(GlossaryJSON.render(Glossary(summary: reversed)) == GlossaryJSON.render(Glossary(summary: summary)))
    }

    @Test func otherSchemaVersionsAreRefusedWithAWayOut() throws {
        var text = String(decoding: GlossaryJSON.render(Glossary(summary: summary)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\": 2,", with: "\"version\": 3,")
        do {
            _ = try GlossaryJSON.decode(Array(text.utf8), path: "new.json")
            Issue.record("decoded a version 3 file")
        } catch let error as KouhaoError {
            #expect("\(error)".contains("new.json"))
            #expect("\(error)".contains("version 3"))
            #expect("\(error)".contains("rerun"))
        }
    }

    /// Version 1 files have no document table to make timelines from: refused, saying so.
    @Test func versionOneIsRefusedWithAReason() {
        let v1 = "{\"schema\": \"kouhao-glossary\", \"version\": 1, \"corpus\": {\"documents\": 0, \"undatedDocuments\": 0, \"characters\": 0, \"paths\": []}, \"slogans\": []}"
        #expect {
            try GlossaryJSON.decode(Array(v1.utf8), path: "old.json")
        } throws: { error in
            "\(error)".hasPrefix("old.json: glossary schema version 1") && "\(error)".contains("rerun `kouhao glossary --format json`")
        }
    }

    @Test(arguments: [
        ("not json at all", "not a kouhao glossary"),
        ("{\"schema\": \"something-else\", \"version\": 1}", "schema \"something-else\""),
        ("{\"schema\": \"kouhao-glossary\", \"version\": 2, \"corpus\": {\"documents\": 1, \"undatedDocuments\": 0, \"characters\": 3}, \"documents\": [], \"slogans\": []}",
         "do not match"),
        ("{\"schema\": \"kouhao-glossary\", \"version\": 2, \"corpus\": {\"documents\": 0, \"undatedDocuments\": 0, \"characters\": 0}, \"documents\": []}",
         "missing \"slogans\""),
        ("{\"schema\": \"kouhao-glossary\", \"version\": 2, \"corpus\": {\"documents\": 1, \"undatedDocuments\": 0, \"characters\": 3}, \"documents\": [{\"path\": \"a.txt\", \"date\": \"2015-13\", \"mentions\": {}}], \"slogans\": []}",
         "bad date \"2015-13\""),
    ])
    func malformedFilesAreReported(text: String, message: String) {
        #expect {
            try GlossaryJSON.decode(Array(text.utf8), path: "bad.json")
        } throws: { error in
            "\(error)".hasPrefix("bad.json: ") && "\(error)".contains(message)
        }
    }
}
