import Testing
@testable import KouhaoKit

/// Corpus evidence: labels confirmed in some documents count at their unconfirmed mentions
/// in the others, decided when the glossary is made, so that shards still merge exactly.
@Suite struct CorpusEvidenceTests {
    static let texts: [(String, String)] = [
        ("县区/01-青川湾.txt", "青川湾县坚持把“三农”工作作为重中之重，即农业、农村、农民。全县开展“双创”活动。"),
        ("县区/02-松岭.txt", "松岭县三农工作稳步推进，双创氛围浓厚。"),
        ("县区/03-梅溪.txt", "梅溪镇推进双创，即大众创业、万众创新。梅溪镇三农发展良好。"),
        ("专题/一企一策-1.txt", "石楠市对重点企业实行“一企一策”帮扶。"),
        ("专题/一企一策-2.txt", "青川湾县的“一企一策”进展顺利。"),
        ("专题/一企一策-3.txt", "松岭县推行“一企一策”，成效初显。一企一策带动明显。"),
    ]

    /// A document that lists “2330” and “3” as codes of their own (written by hand: the
    /// detector itself would seldom confirm a bare number).
    static var numbered: AnalysisBuilder {
        var b = AnalysisBuilder(path: "专题/编号.txt", "“2330”即建成两个中心、三个基地、三大平台。“3”即三个基地。")
        b.mention("2330", numbers: [2, 3, 3, 0], kind: .digitCode, items: ["建成两个中心", "三个基地", "三大平台"])
        b.mention("3", numbers: [3], kind: .digitCode, items: ["三个基地"])
        return b
    }

    static let summaries: [CorpusSummary] = {
        let analyzer = try! Analyzer(configuration: .init(knownLabels: .none))
        return texts.map { path, text in
            CorpusSummary(document: analyzer.analyze(text, path: path), source: SourceText(text))
        } + [numbered.summary]
    }()

    func whole() -> CorpusSummary { Self.summaries.reduce(CorpusSummary()) { $0.merging($1) } }

    @Test func unconfirmedMentionsCountOnceTheCorpusConfirmsTheLabel() throws {
        let summary = whole()
        // Before resolving: only 青川湾 confirms 三农; the others' mentions wait as evidence.
        #expect(summary.slogans["三农"]?.documents == 1)
        #expect(summary.evidence.unconfirmed["三农"]?.documents == 2)
        let glossary = Glossary(summary: summary)
        let entry = try #require(glossary.entry(key: "三农"))
        #expect(entry.documents == 3)
        #expect(entry.occurrences == 3)
        #expect(entry.hasConsensus)
        #expect(entry.expansions.first?.items == ["农业", "农村", "农民"])
        // Timelines and co-occurrence see the counted mentions too.
        #expect(glossary.summary.records["县区/02-松岭.txt"]?.mentions["三农"] == 1)
        // Confirmed only in their own documents, they do not count.
        let alone = Glossary(summary: summary, configuration: .init(evidence: .document))
        #expect(alone.entry(key: "三农")?.documents == 1)
    }

    @Test func aLabelQuotedInEnoughDocumentsIsConfirmedByThem() throws {
        let glossary = Glossary(summary: whole())
        let entry = try #require(glossary.entry(key: "一企一策"))
        #expect(entry.documents == CorpusEvidence.quotedDocumentsToConfirm)
        #expect(entry.occurrences == 4)   // the unquoted 一企一策 of the third document too
        let two = Self.summaries[3].merging(Self.summaries[4])
        #expect(Glossary(summary: two).entry(key: "一企一策") == nil)
    }

    @Test func bareNumbersAreHeldBackAndCodesStandWithTheirHead() throws {
        let summary = whole()
        #expect(summary.slogans["2330"] != nil)
        let glossary = Glossary(summary: summary)
        #expect(glossary.entry(key: "2330") == nil)
        #expect(glossary.entry(key: "3") == nil)
        #expect(glossary.summary.evidence.hidden["2330"] != nil)
        var code = AnalysisBuilder(path: "专题/目标.txt", "实现“2330”目标。")
        code.mention("2330”目标", numbers: [2, 3, 3, 0], kind: .digitCode)
        let withCode = Glossary(summary: summary.merging(code.summary))
        #expect(withCode.entry(key: "2330目标") != nil)
        #expect(withCode.entry(key: "2330") == nil)
    }

    @Test(arguments: [("两个", SloganKind.compact, true), ("三类", .counted, true), ("陆海", .compact, true), ("两省", .compact, true),
                      ("第三方", .compact, true), ("2020", .digitCode, true), ("三农", .compact, false), ("6543工程", .digitCode, false),
                      ("四个意识", .counted, false), ("一府两院", .frame, false), ("五个一", .counted, false),
                      ("四个一批", .counted, false), ("三零", .frame, false)] as [(String, SloganKind, Bool)])
    func countsWordsAndPlacesAreNoEntries(key: String, kind: SloganKind, noise: Bool) {
        #expect(GlossaryNoise.isNoise(key: SloganKeying.key(plain: key), label: key, kind: kind) == noise)
    }

    @Test func aCountOneDocumentListedIsNoSloganInTheOthers() throws {
        // One report lists the two difficulties of 两难 (confirmed there); ten others merely
        // mention a dilemma. A quoted label confirmed once counts everywhere (三农 above).
        var listed = AnalysisBuilder(path: "新闻/00.txt", "松岭县面临两难：雨大、堤低。")
        listed.mention("两难", numbers: [2], kind: .compact, items: ["雨大", "堤低"])
        var summary = listed.summary
        for i in 1...10 {
            var plain = AnalysisBuilder(path: "新闻/\(i).txt", "青川湾县第\(i)号堤坝的修补陷入两难。")
            plain.unconfirmedMention("两难", numbers: [2], kind: .compact)
            summary.merge(plain.summary)
        }
        #expect(summary.evidence.unconfirmed["两难"]?.documents == 10)
        #expect(Glossary(summary: summary).entry(key: "两难")?.documents == 1)
        // Confirmed in two of twelve (more than a tenth), its plain mentions count.
        var again = AnalysisBuilder(path: "新闻/11.txt", "梅溪镇也有两难：水急、坝旧。")
        again.mention("两难", numbers: [2], kind: .compact, items: ["水急", "坝旧"])
        #expect(Glossary(summary: summary.merging(again.summary)).entry(key: "两难")?.documents == 12)
    }

    @Test func aShardThatVouchesAloneDoesNotDecideForTheWhole() throws {
        // Shard A: 两难 listed in one of its four documents (a quarter: its plain mentions
        // count there); shard B: seven more plain mentions. The whole confirms it in one of
        // eleven (less than a tenth), so only the listing counts, merged or not.
        var listed = AnalysisBuilder(path: "新闻/00.txt", "松岭县面临两难：雨大、堤低。")
        listed.mention("两难", numbers: [2], kind: .compact, items: ["雨大", "堤低"])
        var a = listed.summary
        var b = CorpusSummary()
        for i in 1...10 {
            var plain = AnalysisBuilder(path: "新闻/\(String(format: "%02d", i)).txt", "青川湾县第\(i)号堤坝的修补陷入两难。")
            plain.unconfirmedMention("两难", numbers: [2], kind: .compact)
            if i <= 3 { a.merge(plain.summary) } else { b.merge(plain.summary) }
        }
        #expect(Glossary(summary: a).entry(key: "两难")?.documents == 4)
        let whole = a.merging(b)
        #expect(Glossary(summary: whole).entry(key: "两难")?.documents == 1)
        let expected = GlossaryJSON.render(Glossary(summary: whole))
        var merged = try GlossaryJSON.decode(GlossaryJSON.render(Glossary(summary: a)), path: "a.json")
        merged.merge(try GlossaryJSON.decode(GlossaryJSON.render(Glossary(summary: b)), path: "b.json"))
        #expect(Glossary(summary: merged).entry(key: "两难")?.documents == 1)
        #expect(GlossaryJSON.render(Glossary(summary: merged)) == expected)
        // Merging the resolved summaries in memory takes them apart the same way.
        let inMemory = Glossary(summary: a).summary.merging(Glossary(summary: b).summary)
        #expect(GlossaryJSON.render(Glossary(summary: inMemory)) == expected)
    }

    @Test func resolvingIsIdempotent() {
        for scope in EvidenceScope.allCases {
            let once = whole().resolvingEvidence(scope)
            #expect(once.resolvingEvidence(scope) == once)
        }
    }

    @Test func theMergeOfShardsEqualsTheWholeWithCorpusEvidence() throws {
        let expected = GlossaryJSON.render(Glossary(summary: whole()))
        var rng = SplitMix64(state: 8)
        for _ in 0..<12 {
            var parts: [CorpusSummary] = [CorpusSummary(), CorpusSummary(), CorpusSummary()]
            for s in Self.summaries { parts[Int.random(in: 0..<3, using: &rng)].merge(s) }
            // Each part goes through its own glossary JSON, as `kouhao merge` reads them.
            var merged = CorpusSummary()
            for part in parts.shuffled(using: &rng) where part.documentCount > 0 {
                let json = GlossaryJSON.render(Glossary(summary: part))
                merged.merge(try GlossaryJSON.decode(json, path: "part.json"))
            }
            #expect(GlossaryJSON.render(Glossary(summary: merged)) == expected)
        }
    }

    @Test func corpusRunsLendTheConsensusToBareMentions() throws {
        let analyzer = try Analyzer(configuration: .init(knownLabels: .none))
        let analyses = Self.texts.prefix(3).map { analyzer.analyze($0.1, path: $0.0) }
        let summary = zip(analyses, Self.texts).map { CorpusSummary(document: $0, source: SourceText($1.1)) }
            .reduce(CorpusSummary()) { $0.merging($1) }
        let corpus = KnownLabels(glossary: Glossary(summary: summary), source: .corpus)
        let songling = analyses[1].applyingCorpusEvidence(corpus)
        #expect(songling.slogans.map(\.key) == ["三农", "双创"])
        #expect(songling.slogans.allSatisfy { $0.expansion?.direction == .corpus })
        #expect(songling.slogans.last?.expansion?.itemTexts == ["大众创业", "万众创新"])
        #expect(songling.unconfirmed.isEmpty)
    }
}
