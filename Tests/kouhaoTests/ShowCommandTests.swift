import Foundation
import Testing

@Suite struct ShowCommandTests {
    let article = Kouhao.packageRoot.appendingPathComponent("Corpus/01-devzone-lanxi.txt").path

    @Test func defaultCommandShowsSlogansThenKeywords() throws {
        let run = try Kouhao.run([article])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        let keywordLine = try #require(lines.last { $0.hasPrefix("keywords: ") })
        let terms = keywordLine.dropFirst("keywords: ".count).split(separator: " ", omittingEmptySubsequences: true)
        #expect(terms.count == 10)
        #expect(terms.contains("开发区"))
        // Keywords are whole words: no single characters, no bare numbers.
        #expect(terms.allSatisfy { $0.count >= 2 && !$0.allSatisfy(\.isNumber) })
        // The slogans come first.
        #expect(lines.firstIndex { $0.hasPrefix("keywords: ") }! > 0)
    }

    @Test func keywordCountIsAnOption() throws {
        let none = try Kouhao.run(["--keywords", "0", article])
        #expect(none.status == 0)
        #expect(!none.stdout.contains("keywords:"))
        let three = try Kouhao.run(["show", "--keywords", "3", "--format", "jsonl", article])
        let doc = try JSONSerialization.jsonObject(with: Data(three.stdout.utf8)) as! [String: Any]
        #expect((doc["keywords"] as? [[String: Any]])?.count == 3)
        #expect((doc["slogans"] as? [[String: Any]])?.isEmpty == false)
        #expect(try Kouhao.run(["--keywords", "-1", article]).status == 64)
    }
}
