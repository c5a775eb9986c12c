import Foundation
import Testing
@testable import KouhaoKit

@Suite struct AnalysisRendererTests {
    let analysis = try! Analyzer(configuration: .init(keywords: .extract(.default)))
        .analyze("全镇推行“三访三问”（访农户、访企业、访社区，问需、问计、问效），坚持抓项目、抓产业、抓民生“三抓”。", path: "镇.txt")

    /// A renderer can be used for several runs: each `begin` starts a new document count.
    @Test func aRendererIsReusable() throws {
        let renderer = AnalysisRenderer(format: .json, content: .slogans)
        for _ in 0..<2 {
            var sink = ByteSink()
            renderer.begin(into: &sink)
            renderer.write(analysis, into: &sink)
            renderer.end(into: &sink)
            let docs = try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [[String: Any]]
            #expect(docs?.count == 1)
        }
    }

    /// With slogans and keywords (`kouhao show`), CSV rows say which they are.
    @Test func csvOfBothHasARecordColumn() throws {
        let renderer = AnalysisRenderer(format: .csv, content: .all)
        var sink = ByteSink()
        renderer.begin(into: &sink)
        renderer.write(analysis, into: &sink)
        let lines = String(decoding: sink.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines[0] == "path,record,slogan,key,start,end,kind,numbers,confidence,quoted,direction,expansion,rank,term,score,count")
        let columns = lines[0].split(separator: ",").count
        let slogans = lines.filter { $0.hasPrefix("镇.txt,slogan,") }
        let keywords = lines.filter { $0.hasPrefix("镇.txt,keyword,") }
        #expect(slogans.count == analysis.slogans.count && !slogans.isEmpty)
        #expect(keywords.count == analysis.keywords.count && !keywords.isEmpty)
        // Every row has every column (no field here holds a comma).
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == columns })
        #expect(keywords[0].hasSuffix(",1,\(analysis.keywords[0].term),\(AnalysisJSON.number(analysis.keywords[0].score)),\(analysis.keywords[0].count)"))
    }

    /// The per-document Markdown escapes as the glossary does.
    @Test func markdownEscapesLikeTheGlossary() {
        #expect(AnalysisMarkdown.escape("材料_2023/*草稿*~\t尾") == GlossaryMarkdown.escape("材料_2023/*草稿*~\t尾"))
        #expect(AnalysisMarkdown.escape("a~b\tc") == "a\\~b c")
    }
}
