import Testing
@testable import KouhaoKit

@Suite struct GlossaryTests {
    let summary = SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) }

    func entry(_ glossary: Glossary, _ label: String) throws -> Glossary.Entry {
        try #require(glossary.entries.first { $0.label == label })
    }

    @Test func entriesBySlogansFrequencyThenLabel() {
        let g = Glossary(summary: summary)
        let ranks = g.entries.map { ($0.occurrences, $0.label) }
        for (a, b) in zip(ranks, ranks.dropFirst()) {
            #expect(a.0 > b.0 || (a.0 == b.0 && a.1.utf8.lexicographicallyPrecedes(b.1.utf8)))
        }
        #expect(g.entries.map(\.number) == Array(1...g.entries.count))
        #expect(g.entries.prefix(3).map(\.label) == ["五通", "四不四争四先锋", "6543工程"])
        #expect(g.occurrences == 15)
    }

    @Test func nestedSlogansAreLinkedBothWays() throws {
        let g = Glossary(summary: summary)
        let code = try entry(g, "6543工程")
        #expect(code.nested.map(\.label) == code.nested.map { g.entries[$0.number - 1].label })
        #expect(Set(code.nested.map(\.label)) == ["六涉", "五张清单", "四个打击", "三张图"])
        let six = try entry(g, "六涉")
        #expect(six.nestedIn.map(\.label) == ["6543工程"])
        #expect(six.nestedIn.first?.number == code.number)
    }

    @Test func expansionsStatedElsewhereAreOffered() throws {
        let g = Glossary(summary: summary)
        let frame = try entry(g, "四不四争四先锋")
        #expect(frame.expansions.count == 1)
        #expect(frame.expansions[0].items == ["不等不靠爭一流", "不推不拖爭實幹", "不驕不躁爭奉獻", "不鬆不懈爭先鋒"])
        #expect(frame.summary.documentsWithoutExpansion == 2)
        #expect(GlossaryWording.withoutExpansion(frame) != nil)
        #expect(frame.variants.first == Glossary.Count(text: "“四不四争四先锋”", occurrences: 2))
    }

    @Test func firstAndLastFollowTheOrder() throws {
        var a = AnalysisBuilder(path: "b/20150101.txt", "今年继续深化“放管服”改革，推进“双随机、一公开”监管。")
        a.mention("双随机、一公开", numbers: [2, 1], kind: .multiPart)
        var b = AnalysisBuilder(path: "a/20160101.txt", "全面推行“双随机一公开”。")
        b.mention("双随机一公开", numbers: [2, 1], kind: .multiPart)
        let dated = a.summary.merging(b.summary)
        let automatic = Glossary(summary: dated)
        #expect(automatic.order == .date)
        let e = try entry(automatic, "双随机、一公开")
        #expect(e.first.path == "b/20150101.txt")
        #expect(e.last.path == "a/20160101.txt")
        let byPath = Glossary(summary: dated, configuration: .init(order: .path))
        #expect(byPath.entries[0].first.path == "a/20160101.txt")
        // One undated document makes the automatic order the path order.
        let mixed = dated.merging(SampleCorpus.plain.summary)
        #expect(Glossary(summary: mixed).order == .path)
    }

    @Test func mostFrequentLabelNamesTheEntry() throws {
        var extra = AnalysisBuilder(path: "县区/04-补充.txt", "全县上下扎实做好“六稳”工作。")
        extra.mention("六稳", numbers: [6], kind: .compact)
        let g = Glossary(summary: summary.merging(extra.summary))
        let six = try entry(g, "六稳")
        #expect(six.summary.labels == ["六稳": 2, "六个稳": 1])
        #expect(six.variants.map(\.text) == ["「六穩」", "“六个稳”", "“六稳”"].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func emptyCorpus() {
        let g = Glossary(summary: CorpusSummary())
        #expect(g.entries.isEmpty)
        #expect(g.order == .path)
    }
}
