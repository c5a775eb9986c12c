import Testing
@testable import KouhaoKit

@Suite struct GlossaryTimelineRenderingTests {
    /// The invented documents of ``GlossaryTimelineTests``, with their slogan summaries.
    static func glossary(_ period: Period = .year) -> Glossary {
        var summary = CorpusSummary()
        let documents: [(String, String, [(String, Int)])] = [
            ("松岭/20150105.txt", "松岭县推进“四个全面”，落实“四个全面”，参与“一带一路”。", [("四个全面", 2), ("一带一路", 1)]),
            ("松岭/20150320.txt", "坚持“四个全面”。", [("四个全面", 1)]),
            ("松岭/20160211.txt", "增强“四个意识”，协调推进“四个全面”“四个全面”“四个全面”。", [("四个意识", 1), ("四个全面", 3)]),
        ]
        for (path, text, mentions) in documents {
            var b = AnalysisBuilder(path: path, text)
            for (label, n) in mentions {
                for k in 0..<n { b.mention(label, occurrence: k, numbers: [4], kind: .counted) }
            }
            summary.merge(b.summary)
        }
        return Glossary(summary: summary, configuration: .init(period: period))
    }

    @Test func timelineCSVIsTidy() {
        let csv = String(decoding: GlossaryTimelineCSV.render(Self.glossary()), as: UTF8.self)
        #expect(csv == """
        label,period,documents,mentions,share\r
        四个全面,2015,2,3,1.0000\r
        四个全面,2016,1,3,1.0000\r
        一带一路,2015,1,1,0.5000\r
        四个意识,2016,1,1,1.0000\r

        """)
        let monthly = String(decoding: GlossaryTimelineCSV.render(Self.glossary(.month)), as: UTF8.self)
        #expect(monthly.contains("四个全面,2015-03,1,1,1.0000\r\n"))
        #expect(!monthly.contains(",2015-02,"))                 // no mention: no row
    }

    @Test func textFitsEightyColumnsWithSparklines() {
        let text = String(decoding: GlossaryText.render(Self.glossary(.month), top: 2), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines.map { DisplayWidth.of($0) })")
        let first = lines.first { $0.contains("1. 四个全面") } ?? ""
        #expect(first.contains("▇") && first.hasSuffix("3 篇 · 6 次"), "\(first)")
        #expect(lines.contains { $0.contains("2015-01-05–2016-02-11") })
        #expect(lines.last { !$0.isEmpty }?.contains("另有 1 条") == true)
    }

    @Test(arguments: [
        ([0, 1, 4, 2], [10, 10, 10, 10], 20, " ▂▇▃"),
        ([1, 1], [2, 4], 20, "▇▃"),
        ([0, 0, 3, 3, 0, 6], [1, 1, 6, 6, 1, 6], 3, " ▃▇"),      // two periods a character
        ([0, 0], [0, 5], 10, "  "),
    ])
    func sparklines(hits: [Int], documents: [Int], width: Int, expected: String) {
        #expect(Sparkline.render(hits: hits, documents: documents, width: width) == expected)
    }

    @Test(arguments: [("四个全面", 8), ("6543工程", 8), ("▁▃▇", 3), ("“四风”", 8)])
    func displayWidths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func markdownShowsPeriodsAndDatedUse() {
        let md = String(decoding: GlossaryMarkdown.render(Self.glossary()), as: UTF8.self)
        #expect(md.contains("| 年份 | 文档 | 新出现的口号 |\n|---|---:|---:|\n| 2015 | 2 | 2 |\n| 2016 | 1 | 1 |\n"))
        #expect(md.contains("- 使用日期：2015-01-05 至 2016-02-11\n- 年份：2015：2 篇（100.0%） · 2016：1 篇（100.0%）\n"))
    }
}
