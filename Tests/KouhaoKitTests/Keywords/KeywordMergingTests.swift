import Testing
@testable import KouhaoKit

@Suite struct KeywordMergingTests {
    func k(_ term: String, _ score: Double, _ count: Int) -> Keyword { Keyword(term: term, score: score, count: count) }
    func words(_ term: String) -> [[UInt16]] {
        let known = ["违章建筑": ["违章", "建筑"], "松岭县政府": ["松岭县", "政府"], "房瑞标": ["房", "瑞", "标"]]
        return (known[term] ?? [term]).map { Array($0.utf16) }
    }

    @Test func theFullestFormTakesItsPrefixes() {
        // 云溪协议 holds 云溪 four times of five: one entry, the fuller form, five occurrences.
        let merged = KeywordMerging.merge([k("云溪", 10, 5), k("云溪协议", 9.5, 4), k("松岭县", 8, 3)], words: words)
        #expect(merged.map(\.term) == ["云溪协议", "松岭县"])
        #expect(merged[0].variants == ["云溪"] && merged[0].count == 5 && merged[0].score == 10)
    }

    @Test func aFarMoreFrequentShortFormKeepsTheEntry() {
        let merged = KeywordMerging.merge([k("松岭", 20, 30), k("松岭北部", 6, 5)], words: words)
        #expect(merged.map(\.term) == ["松岭"] && merged[0].variants == ["松岭北部"])
    }

    @Test func abbreviationsAndSiblingsMerge() {
        let merged = KeywordMerging.merge([k("违章建筑", 9, 6), k("违建", 5, 3), k("爱国主义教育", 4, 2), k("爱国主义精神", 3.9, 2)], words: words)
        #expect(merged.count == 2)
        #expect(merged[0].term == "违章建筑" && merged[0].variants == ["违建"] && merged[0].count == 9)
        #expect(merged[1].term == "爱国主义教育" && merged[1].variants == ["爱国主义精神"] && merged[1].count == 4)
    }

    @Test func aTitleBeforeANameMergesIntoTheName() {
        // 房瑞标, a name no lexicon knows, and 书记房瑞标 (a title before it): one entry, the name.
        let merged = KeywordMerging.merge([k("房瑞标", 50, 5), k("开发区", 30, 4), k("书记房瑞标", 24, 2), k("新开发区", 10, 2)], words: words)
        #expect(merged.map(\.term) == ["房瑞标", "开发区", "新开发区"])
        #expect(merged[0].variants == ["书记房瑞标"] && merged[0].count == 5)
        // Even when the longer form ranks first, the name is the entry's term.
        let first = KeywordMerging.merge([k("书记房瑞标", 30, 4), k("房瑞标", 20, 5)], words: words)
        #expect(first.map(\.term) == ["房瑞标"] && first[0].score == 30)
        // A term with a modifier before it is a kind of it (海洋|天然|产物 / 天然|产物).
        let kinds = KeywordMerging.merge([k("天然产物", 30, 4), k("海洋天然产物", 20, 2)], words: { t in
            t == "天然产物" ? [Array("天然".utf16), Array("产物".utf16)] : [Array(t.utf16)]
        })
        #expect(kinds.count == 2)
    }

    @Test func aWordAndAKindOfItStayApart() {
        // Chinese puts the head last: 中欧合作 is a kind of 合作, not a longer spelling of it;
        // and two extensions of one short form are no near-duplicates of each other.
        #expect(KeywordMerging.merge([k("合作", 9, 12), k("中欧合作", 5, 2)], words: words).count == 2)
        let dna = KeywordMerging.merge([k("DNA片段", 9, 3), k("DNA提取", 8, 3), k("DNA", 5, 8)], words: words)
        #expect(dna.filter { $0.term.hasPrefix("DNA") }.count == 2)
        // A place of its own is no spelling of its name's first part.
        #expect(KeywordMerging.merge([k("云溪", 9, 4), k("云溪国际自贸区", 8, 2)], words: words).count == 2)
    }

    @Test func theExtractorMergesNearDuplicatesOfADocument() throws {
        let text = KeywordTesting.text("""
        松岭县推进云溪协议落实。云溪协议签署一年来，云溪协议各方合作顺利。云溪各方表示，将继续推动云溪协议全面落实。
        """)
        let keywords = KeywordExtractor(configuration: .init(top: 5), tokenizer: KeywordTesting.tokenizer).keywords(in: text)
        let entry = try #require(keywords.first { $0.term == "云溪协议" })
        #expect(entry.variants == ["云溪"] && entry.count == 5)
        #expect(!keywords.contains { $0.term == "云溪" })
    }
}
