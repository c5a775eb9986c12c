import Foundation
import Testing
@testable import KouhaoKit

@Suite struct PhraseRendererTests {
    let phrases = [PhraseBuilder.Phrase(text: "一带一路", tokens: 4, count: 1450, documents: 812, cohesion: 7.912, leftEntropy: 4.118, rightEntropy: 3.6)]

    func render(_ format: PhraseRenderer.Format) -> String {
        var sink = ByteSink()
        PhraseRenderer.render(phrases, format: format, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    @Test func csvAndJSONLines() throws {
        #expect(render(.csv) == "term,tokens,count,documents,cohesion,left_entropy,right_entropy\n一带一路,4,1450,812,7.91,4.12,3.60\n")
        let o = try JSONSerialization.jsonObject(with: Data(render(.jsonl).utf8)) as! [String: Any]
        #expect(o["term"] as? String == "一带一路" && o["documents"] as? Int == 812 && o["cohesion"] as? Double == 7.91)
        let a = try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as! [[String: Any]]
        #expect(a.count == 1)
    }

    @Test func textIsATable() {
        let lines = render(.text).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("cohesion"))
        #expect(lines[1].contains("一带一路") && lines[1].contains("1450") && lines[1].contains("4.12 / 3.60"))
    }
}
