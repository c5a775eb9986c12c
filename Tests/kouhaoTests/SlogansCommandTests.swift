import Foundation
import Testing

@Suite struct SlogansCommandTests {
    let corpus = Kouhao.packageRoot.appendingPathComponent("Corpus")

    /// kouhao against the project's own hand-annotated corpus: a quality floor that fails
    /// when detection or expansions regress.
    @Test func corpusGoldQuality() throws {
        let run = try Kouhao.run(["slogans", "--format", "jsonl", "--include", "*.txt", "Corpus"])
        #expect(run.status == 0)
        let gold = try JSONDecoder().decode(GoldScore.Gold.self, from: Data(contentsOf: corpus.appendingPathComponent("gold.json")))
        let score = GoldScore(gold: gold, predictions: try GoldScore.predictions(fromJSONL: run.stdout))
        #expect(score.recall >= 0.95, "recall \(score.recall)")
        #expect(score.precision >= 0.95, "precision \(score.precision)")
        #expect(score.trapRate <= 0.03, "trap rate \(score.trapRate)")
        #expect(score.expansionF1 >= 0.85, "expansion F1 \(score.expansionF1)")
    }

    /// The whole JSONL output on Corpus/ against a reference file (regenerate it with
    /// Scripts/update-reference-outputs after a deliberate change, and read the diff).
    @Test func corpusReferenceOutput() throws {
        let run = try Kouhao.run(["slogans", "--format", "jsonl", "--include", "*.txt", "Corpus"])
        let reference = try String(contentsOf: Kouhao.packageRoot.appendingPathComponent("Tests/kouhaoTests/Reference/corpus-slogans.jsonl"), encoding: .utf8)
        #expect(run.stdout == reference)
    }

    @Test func jsonlContract() throws {
        let run = try Kouhao.run(["slogans", "--format", "jsonl"], stdin: Data("实施“6543”工程，即摸清“六涉”企业底数，制定“五张清单”，强化“四个打击”，画出“三张图”。".utf8))
        let doc = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(doc["path"] as? String == "-")
        let first = (doc["slogans"] as! [[String: Any]])[0]
        #expect(first["slogan"] as? String == "6543工程")
        #expect(first["start"] as? Int == 3)
        #expect(first["end"] as? Int == 10)
        #expect(first["direction"] as? String == "after")
        #expect(first["numbers"] as? [Int] == [6, 5, 4, 3])
        #expect(first["kind"] as? String == "digitCode")
        #expect((first["expansion"] as? [String])?.count == 4)
    }

    @Test func everyFormatRenders() throws {
        let text = Data("坚持“网格化、专业化、信息化”“三化并举”，深入开展“两学一做”。".utf8)
        let text1 = try Kouhao.run(["slogans"], stdin: text)
        #expect(text1.stdout.contains("三化并举") && text1.stdout.contains("1. 网格化"))
        let json = try Kouhao.run(["slogans", "--format", "json"], stdin: text)
        let docs = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(docs.count == 1)
        let csv = try Kouhao.run(["slogans", "--format", "csv", "--context"], stdin: text)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("path,slogan,key,start,end") == true)
        #expect(lines.count == 3)
        let md = try Kouhao.run(["slogans", "--format", "md"], stdin: text)
        #expect(md.stdout.contains("- **三化并举** ×1 — before: 1. 网格化"))
    }

    @Test func defaultCommandShowsSlogans() throws {
        let run = try Kouhao.run([], stdin: Data("持续推进“双招双引”（招商引资、招才引智）。".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("双招双引"))
        #expect(run.stdout.contains("1. 招商引资"))
    }

    /// --min-confidence drops every mention below it, quoted or not.
    @Test func minimumConfidenceIsAFloor() throws {
        let text = Data("全面推行“双随机、一公开”监管，落实八项规定精神。".utf8)
        let all = try Kouhao.run(["slogans", "--format", "jsonl"], stdin: text)
        let doc = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any]
        let confidences = (doc["slogans"] as! [[String: Any]]).map { $0["confidence"] as! Double }
        #expect(!confidences.isEmpty)
        let floor = try #require(confidences.max()) + 0.001
        let strict = try Kouhao.run(["slogans", "--format", "jsonl", "--min-confidence", String(floor)], stdin: text)
        let kept = try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as! [String: Any]
        #expect((kept["slogans"] as! [[String: Any]]).isEmpty)
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try Kouhao.run(["slogans", "--min-confidence", "2"]).status == 64)
        #expect(try Kouhao.run(["slogans", "--format", "xml"]).status == 64)
    }
}
