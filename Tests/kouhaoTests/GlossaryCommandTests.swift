import Foundation
import Testing

/// End-to-end runs of `kouhao glossary` and `kouhao merge` on Corpus/. They check structure
/// and invariants, which hold whatever the slogan detector finds.
@Suite struct GlossaryCommandTests {
    let corpus = ["--include", "*.txt", "Corpus"]

    func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-glossary-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sameJSONForAnyNumberOfJobs() throws {
        let one = try Kouhao.run(["glossary", "--format", "json", "--jobs", "1"] + corpus)
        #expect(one.status == 0)
        let corpusInfo = try #require(try json(one.stdout)["corpus"] as? [String: Any])
        #expect(corpusInfo["documents"] as? Int == 15)
        let documents = try #require(try json(one.stdout)["documents"] as? [[String: Any]])
        #expect(documents.first?["path"] as? String == "Corpus/01-devzone-lanxi.txt")
        for jobs in ["2", "7"] {
            let many = try Kouhao.run(["glossary", "--format", "json", "--jobs", jobs] + corpus)
            #expect(many.status == 0)
            #expect(many.stdout == one.stdout, "--jobs \(jobs)")
        }
    }

    @Test func mergeOfTwoHalvesEqualsTheWhole() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let whole = try Kouhao.run(["glossary", "--format", "json", "--include", "*.txt", "Corpus"])
        let first = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/a.json", "--include", "0*.txt", "Corpus"])
        let second = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/b.json", "--include", "1*.txt", "Corpus"])
        #expect([whole.status, first.status, second.status] == [0, 0, 0])
        #expect(first.stdout.isEmpty)
        let a = try json(String(contentsOfFile: dir + "/a.json", encoding: .utf8))
        #expect((a["corpus"] as? [String: Any])?["documents"] as? Int == 9)
        let merged = try Kouhao.run(["merge", dir + "/a.json", dir + "/b.json"])
        #expect(merged.status == 0)
        #expect(merged.stdout == whole.stdout)
        let reversed = try Kouhao.run(["merge", dir + "/b.json", dir + "/a.json"])
        #expect(reversed.stdout == whole.stdout)
        let directory = try Kouhao.run(["merge", dir])
        #expect(directory.stdout == whole.stdout)
        // Other formats of the merge equal the same formats of the whole run.
        let md = try Kouhao.run(["merge", "--format", "md", dir + "/a.json", dir + "/b.json"])
        #expect(md.stdout == (try Kouhao.run(["glossary", "--format", "md", "--include", "*.txt", "Corpus"])).stdout)
    }

    @Test func everyFormat() throws {
        let md = try Kouhao.run(["glossary"] + corpus)
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# 口号词表\n\n15 篇文档 · "))
        let csv = try Kouhao.run(["glossary", "--format", "csv"] + corpus)
        #expect(csv.stdout.hasPrefix("number,slogan,key,kind,occurrences,documents,"))
        let html = try Kouhao.run(["glossary", "--format", "html"] + corpus)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<input type=\"search\""))
        #expect(!html.stdout.contains("http"))
        let bad = try Kouhao.run(["glossary", "--format", "docx"] + corpus)
        #expect(bad.status == 64)
    }

    @Test func outputFileIsReplacedOnlyWhenComplete() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/glossary.json"
        try Data("old glossary\n".utf8).write(to: URL(fileURLWithPath: target))
        let good = try Kouhao.run(["glossary", "--format", "json", "-o", target] + corpus)
        #expect(good.status == 0)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written == (try Kouhao.run(["glossary", "--format", "json"] + corpus)).stdout)

        // A merge that fails (a part is not a glossary) leaves the old file as it was.
        try Data("不是词表".utf8).write(to: URL(fileURLWithPath: dir + "/broken.json"))
        let failed = try Kouhao.run(["merge", "-o", target, target, dir + "/broken.json"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.json: not a kouhao glossary"))
        #expect(failed.stderr.contains("nothing was written"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["broken.json", "glossary.json"])

        // A directory that does not exist: an error that says so, and no file.
        let missing = try Kouhao.run(["glossary", "-o", dir + "/no/such/dir/g.md"] + corpus)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot write"))
    }

    @Test func mergeRefusesPartsThatShareDocuments() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/a.json", "--include", "0*.txt", "Corpus"])
        _ = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/b.json", "--include", "*.txt", "Corpus"])
        let r = try Kouhao.run(["merge", dir + "/a.json", dir + "/b.json"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("b.json: summarizes Corpus/01-devzone-lanxi.txt and 8 more, already in an earlier shard"))
        let none = try Kouhao.run(["merge"])
        #expect(none.status == 64)
    }
}
