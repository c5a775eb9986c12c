import Foundation
import Testing

@Suite struct WordsCommandTests {
    let corpus = Kouhao.packageRoot.appendingPathComponent("Corpus").path

    @Test func listsTheCorpusWordsWithTheirStatistics() throws {
        let r = try Kouhao.run(["words", "--format", "jsonl", "--top", "10", "--include", "*.txt", corpus])
        #expect(r.status == 0)
        let words = try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(words.count == 10)
        for w in words {
            #expect((w["tokens"] as! Int) >= 2 && (w["count"] as! Int) >= 5)
            #expect((w["cohesion"] as! Double) >= 3)
        }
        // The lexicon knows 开发区; the invented county 石楠县 is a discovery.
        #expect(words.contains { $0["term"] as? String == "石楠县" })
        #expect(!words.contains { $0["term"] as? String == "开发区" })
    }

    @Test func withoutTheLexiconFindsWhatICUSplits() throws {
        let r = try Kouhao.run(["words", "--no-lexicon", "--format", "jsonl", "--top", "10", "--include", "*.txt", corpus])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"term\":\"开发区\""))
    }

    @Test func sameOutputForAnyJobsAndCSV() throws {
        let one = try Kouhao.run(["words", "--format", "csv", "--jobs", "1", "--include", "*.txt", corpus])
        let three = try Kouhao.run(["words", "--format", "csv", "--jobs", "3", "--include", "*.txt", corpus])
        #expect(one.status == 0 && one.stdout == three.stdout)
        #expect(one.stdout.hasPrefix("term,tokens,count,documents,cohesion,left_entropy,right_entropy\n"))
    }

    @Test func usageErrors() throws {
        #expect(try Kouhao.run(["words", "--min-count", "1", corpus]).status == 64)
    }
}
