import Foundation
import Testing

@Suite struct KeywordsCommandTests {
    let corpus = Kouhao.packageRoot.appendingPathComponent("Corpus").path

    func jsonLines(_ s: String) throws -> [[String: Any]] {
        try s.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func standardInputGivesRankedWholeTerms() throws {
        let text = "开发区把招商引资作为一号工程。全员招商引资，推进开发区建设。开发区招商工作要实，开发区项目要快。"
        let r = try Kouhao.run(["keywords", "--top", "2"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("开发区") && lines[0].hasPrefix("  1  "))
        #expect(lines[1].contains("招商引资"))
    }

    @Test func jsonlHasOneObjectPerDocumentBestFirst() throws {
        let r = try Kouhao.run(["keywords", "--format", "jsonl", "--top", "5", "--include", "*.txt", corpus])
        #expect(r.status == 0)
        let docs = try jsonLines(r.stdout)
        #expect(docs.count == 15)
        for d in docs {
            #expect((d["path"] as! String).hasSuffix(".txt"))
            let k = d["keywords"] as! [[String: Any]]
            #expect(k.count == 5)
            let scores = k.map { $0["score"] as! Double }
            #expect(scores == scores.sorted(by: >))
            for term in k.map({ $0["term"] as! String }) { #expect(term.count >= 2) }
        }
        let lanxi = try #require(docs.first { ($0["path"] as! String).hasSuffix("01-devzone-lanxi.txt") })
        #expect((lanxi["keywords"] as! [[String: Any]]).first?["term"] as? String == "开发区")
    }

    @Test func outputIsTheSameForAnyNumberOfJobs() throws {
        let one = try Kouhao.run(["keywords", "--format", "jsonl", "--jobs", "1", "--include", "*.txt", corpus])
        let two = try Kouhao.run(["keywords", "--format", "jsonl", "--jobs", "3", "--include", "*.txt", corpus])
        #expect(one.status == 0 && one.stdout == two.stdout && !one.stdout.isEmpty)
    }

    @Test func corpusIDFDiffersFromTheTable() throws {
        let corpusIDF = try Kouhao.run(["keywords", "--format", "jsonl", "--include", "*.txt", corpus])
        let table = try Kouhao.run(["keywords", "--format", "jsonl", "--idf", "table", "--include", "*.txt", corpus])
        #expect(corpusIDF.status == 0 && table.status == 0)
        #expect(corpusIDF.stdout != table.stdout)
        // A single file uses the table, as --idf table does.
        let file = corpus + "/05-party-notice-qinglan.txt"
        let single = try Kouhao.run(["keywords", "--format", "jsonl", file])
        let forced = try Kouhao.run(["keywords", "--format", "jsonl", "--idf", "table", file])
        #expect(single.stdout == forced.stdout)
    }

    @Test func textRankAndCSV() throws {
        let file = corpus + "/11-grassroots-governance-binhu.txt"
        let r = try Kouhao.run(["keywords", "--method", "textrank", "--format", "csv", "--top", "3", file])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n")
        #expect(rows.first == "path,rank,term,score,count,slogan,variants")
        #expect(rows.count == 4)
        #expect(rows[1].contains(",1,"))
    }

    @Test func ownStopWordsReplaceTheBuiltInList() throws {
        let file = corpus + "/01-devzone-lanxi.txt"
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("kouhao-stop-\(UUID().uuidString).txt")
        try Data("# mine\n开发区 的 和\n".utf8).write(to: list)
        defer { try? FileManager.default.removeItem(at: list) }
        let plain = try Kouhao.run(["keywords", file])
        let own = try Kouhao.run(["keywords", "--stopwords", list.path, file])
        #expect(plain.stdout.contains("开发区"))
        #expect(own.status == 0)
        #expect(!own.stdout.split(separator: "\n").contains { $0.split(separator: " ").contains("开发区") })
    }

    @Test func writeATableThenUseIt() throws {
        let table = FileManager.default.temporaryDirectory.appendingPathComponent("kouhao-idf-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: table) }
        let w = try Kouhao.run(["keywords", "-q", "--write-idf-table", table.path, "--min-documents", "2", "--include", "*.txt", corpus])
        #expect(w.status == 0 && w.stdout.isEmpty)
        let text = try String(contentsOf: table, encoding: .utf8)
        #expect(text.contains("# documents\t15\n"))
        #expect(text.contains("\n企业\t11\n"))   // in 11 of the 15 sample texts
        let r = try Kouhao.run(["keywords", "--idf-table", table.path, "--top", "3", corpus + "/02-devzone-yunshan.txt"])
        #expect(r.status == 0 && r.stdout.split(separator: "\n").count == 3)
    }

    @Test func errorsNameWhatIsWrong() throws {
        let usage = try Kouhao.run(["keywords", "--top", "0"])
        #expect(usage.status == 64)
        let missing = try Kouhao.run(["keywords", "--stopwords", "/no/such/list.txt"], stdin: Data("开发区".utf8))
        #expect(missing.status == 1 && missing.stderr.contains("/no/such/list.txt"))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("kouhao-bad-\(UUID().uuidString).tsv")
        try Data("# documents\t10\n开发区 12\n".utf8).write(to: bad)
        defer { try? FileManager.default.removeItem(at: bad) }
        let malformed = try Kouhao.run(["keywords", "--idf-table", bad.path], stdin: Data("开发区".utf8))
        #expect(malformed.status == 1 && malformed.stderr.contains("line 2"))
    }
}
