import Foundation
import Testing
@testable import KouhaoKit

@Suite struct KeywordRendererTests {
    let keywords = [Keyword(term: "开发区", score: 12.345678, count: 21, variants: ["开发", "开发区域"]),
                    Keyword(term: "6543工程", score: 3, count: 1, isSlogan: true)]

    func render(_ format: KeywordRenderer.Format, showPath: Bool = false) -> String {
        var sink = ByteSink()
        KeywordRenderer.begin(format, into: &sink)
        KeywordRenderer.render(keywords, path: "a,b.txt", index: 0, format: format, showPath: showPath, into: &sink)
        KeywordRenderer.render([], path: "c.txt", index: 1, format: format, showPath: showPath, into: &sink)
        KeywordRenderer.end(format, documents: 2, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    @Test func jsonlIsTheScorersContract() throws {
        let lines = render(.jsonl).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["path"] as? String == "a,b.txt")
        let k = first["keywords"] as! [[String: Any]]
        #expect(k.map { $0["term"] as! String } == ["开发区", "6543工程"])
        #expect(k[0]["score"] as? Double == 12.3457)
        #expect(k[0]["count"] as? Int == 21)
        #expect(k[1]["slogan"] as? Bool == true)
        #expect(k[0]["variants"] as? [String] == ["开发", "开发区域"])
        #expect(k[1]["variants"] as? [String] == [])
    }

    @Test func jsonIsOneArray() throws {
        let docs = try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as! [[String: Any]]
        #expect(docs.count == 2)
        #expect((docs[1]["keywords"] as! [Any]).isEmpty)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(render(.csv) == "path,rank,term,score,count,slogan,variants\n\"a,b.txt\",1,开发区,12.3457,21,false,开发 | 开发区域\n\"a,b.txt\",2,6543工程,3.0000,1,true,\n")
    }

    @Test func textAlignsTermsAndMarksSlogans() {
        let text = render(.text, showPath: true)
        #expect(text.hasPrefix("== a,b.txt ==\n  1  开发区    12.3457  ×21  (开发, 开发区域)\n  2  6543工程  3.0000  ×1  slogan\n"))
        #expect(text.contains("\n== c.txt ==\n"))
        #expect(!render(.text).contains("=="))
    }
}
