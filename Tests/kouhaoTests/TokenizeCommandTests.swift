import Foundation
import Testing

@Suite struct TokenizeCommandTests {
    func fixture(_ name: String) -> String { Kouhao.fixtures.appendingPathComponent(name).path }

    @Test func sameTokensInEveryEncoding() throws {
        let utf8 = try Kouhao.run(["tokenize", fixture("article-utf8.txt")])
        #expect(utf8.status == 0)
        #expect(utf8.stdout.contains("“ 三清 两 改 一 提升 ”"))
        for name in ["article-gb18030.txt", "article-utf16le-bom.txt"] {
            let other = try Kouhao.run(["tokenize", fixture(name)])
            #expect(other.status == 0)
            #expect(other.stdout == utf8.stdout, "\(name)")
        }
        // Big5 holds the Traditional text: the same token boundaries, Traditional characters.
        let big5 = try Kouhao.run(["tokenize", fixture("article-big5.txt")])
        #expect(big5.status == 0)
        let lengths = { (s: String) in s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: " ").map(\.count) } }
        #expect(lengths(big5.stdout) == lengths(utf8.stdout))
        #expect(big5.stdout.contains("兩"))
    }

    @Test func oneLinePerInputLine() throws {
        let r = try Kouhao.run(["tokenize"], stdin: Data("第一行四风\r\n\r\n第三行三农\r第四行".utf8))
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(r.stdout.hasSuffix("\n"))
    }

    @Test func invalidUTF8WarnsOnceWithTheOffsetAndGoesOn() throws {
        let r = try Kouhao.run(["tokenize", fixture("invalid-utf8.txt")])
        #expect(r.status == 0)
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("byte 393") == true)
        #expect(r.stdout.contains("村民 老周 说"))
    }

    @Test func jsonCarriesKindsAndOffsets() throws {
        let r = try Kouhao.run(["tokenize", "--format", "json"], stdin: Data("实施“6543”工程".utf8))
        let docs = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let tokens = docs[0]["tokens"] as! [[String: Any]]
        #expect(tokens.map { $0["text"] as! String } == ["实施", "“", "6543", "”", "工程"])
        #expect(tokens[2]["kind"] as? String == "number")
        #expect(tokens[2]["start"] as? Int == 3)
        #expect(tokens[2]["end"] as? Int == 7)
    }

    @Test func exitCodes() throws {
        let missing = try Kouhao.run(["tokenize", "no-such-file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-file.txt"))
        let usage = try Kouhao.run(["tokenize", "--jobs", "0"])
        #expect(usage.status == 64)
        let encoding = try Kouhao.run(["tokenize", "--encoding", "GB2313", fixture("article-utf8.txt")])
        #expect(encoding.status == 64)
        #expect(encoding.stderr.contains("GB18030"))
    }

    @Test func directoriesAreWalked() throws {
        let r = try Kouhao.run(["tokenize", "--include", "article-*.txt", Kouhao.fixtures.path])
        #expect(r.status == 0)
        #expect(r.stdout.components(separatedBy: "青 禾 县").count - 1 >= 3)
    }
}
