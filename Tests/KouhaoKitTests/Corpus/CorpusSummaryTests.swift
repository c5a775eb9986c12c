import Testing
@testable import KouhaoKit

/// A small deterministic random number generator, so that every run tries the same splits.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct CorpusSummaryTests {
    let documents = SampleCorpus.all.map(\.summary)

    func whole() -> CorpusSummary { documents.reduce(CorpusSummary()) { $0.merging($1) } }

    @Test func oneDocument() throws {
        let s = SampleCorpus.lanxi.summary
        #expect(s.documentCount == 1)
        #expect(s.undatedDocuments == 1)
        let code = try #require(s.slogans["6543工程"])
        #expect(code.occurrences == 1)
        #expect(code.variants == ["“6543”工程": 1])
        #expect(code.numbers == [6, 5, 4, 3])
        #expect(code.documentsWithoutExpansion == 0)
        #expect(code.expansions.values.map(\.items) == [["摸清“六涉”企业底数", "制定“五张清单”", "强化“四个打击”", "画出“三张图”"]])
        #expect(code.nested == ["六涉": 1, "五张清单": 1, "四打击": 1, "三张图": 1])   // by key: 四个打击 → 四打击
        let six = try #require(s.slogans["六涉"])
        #expect(six.occurrences == 2)
        #expect(six.documents == 1)
        #expect(six.documentsWithoutExpansion == 1)
        #expect(six.example.start < s.slogans["四打击"]!.example.start)   // the first mention is the example
        #expect(six.nested.isEmpty)
        #expect(s.slogans["四不四争四先锋"]?.variants == ["“四不四争四先锋”": 1])
        #expect(s.slogans["六稳"]?.labels == ["六个稳": 1])
    }

    @Test func variantsOfOneSloganGroupTogether() throws {
        let s = whole()
        let frame = try #require(s.slogans["四不四争四先锋"])
        #expect(frame.occurrences == 3)
        #expect(frame.documents == 3)
        #expect(frame.documentsWithoutExpansion == 2)
        #expect(frame.variants == ["“四不四争四先锋”": 2, "「四不四爭四先鋒」": 1])
        #expect(frame.labels == ["四不四争四先锋": 3])
        #expect(frame.expansions.count == 1)
        let six = try #require(s.slogans["六稳"])
        #expect(six.labels == ["六个稳": 1, "六稳": 1])
        let code = try #require(s.slogans["6543工程"])
        #expect(code.variants == ["“6543”工程": 1, "“６５４３”工程": 1])
    }

    @Test func distinctExpansionsKeepTheirDocuments() throws {
        let fiveLinks = try #require(whole().slogans["五通"])
        #expect(fiveLinks.occurrences == 3)
        #expect(fiveLinks.documents == 2)
        #expect(fiveLinks.documentsWithoutExpansion == 0)
        #expect(fiveLinks.expansions.count == 2)
        #expect(fiveLinks.expansions.values.allSatisfy { $0.documents == 1 })
        #expect(fiveLinks.firstByPath.path == "专题/论坛-2019.txt")
        #expect(fiveLinks.lastByPath.path == "县区/03-石楠.txt")
        #expect(fiveLinks.firstByDate?.path == "专题/论坛-2019.txt")
        #expect(fiveLinks.lastByDate?.path == "专题/论坛-2019.txt")
    }

    @Test func emptySummaryIsTheIdentity() {
        for d in documents + [whole()] {
            #expect(CorpusSummary().merging(d) == d)
            #expect(d.merging(CorpusSummary()) == d)
        }
    }

    @Test func mergingIsCommutativeAndAssociative() {
        for a in documents {
            for b in documents {
                #expect(a.merging(b) == b.merging(a))
                for c in documents {
                    #expect(a.merging(b).merging(c) == a.merging(b.merging(c)))
                }
            }
        }
    }

    /// The law itself: any split of the documents into parts, each summarized in any order,
    /// merged in any order, gives the summary (and the JSON) of the whole.
    @Test(arguments: 0..<40)
    func anySplitMergesToTheWhole(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let expected = whole()
        let parts = Int.random(in: 1...documents.count, using: &rng)
        var shards = Array(repeating: CorpusSummary(), count: parts)
        for d in documents.shuffled(using: &rng) { shards[Int.random(in: 0..<parts, using: &rng)].merge(d) }
        let merged = shards.shuffled(using: &rng).reduce(CorpusSummary()) { $0.merging($1) }
        #expect(merged == expected)
        #expect(merged.records == expected.records)
        for period in Period.allCases {
            let configuration = Glossary.Configuration(period: period)
            #expect(GlossaryJSON.render(Glossary(summary: merged, configuration: configuration))
                    == GlossaryJSON.render(Glossary(summary: expected, configuration: configuration)))
        }
    }

    @Test func sharedDocumentsAreFound() {
        let a = documents[0].merging(documents[1]), b = documents[1].merging(documents[2])
        #expect(a.sharedDocuments(with: b) == ["县区/02-雲杉.txt"])
        #expect(documents[0].sharedDocuments(with: documents[2]).isEmpty)
    }

    @Test func eachDocumentKeepsItsDateAndMentions() throws {
        let s = whole()
        #expect(s.records.count == 5)
        let forum = try #require(s.records["专题/论坛-2019.txt"])
        #expect(forum.date == DocumentDate(year: 2019))
        #expect(forum.mentions["五通"] == 2)
        #expect(s.records["县区/01-澜溪.txt"]?.date == nil)
        #expect(s.records.values.reduce(0) { $0 + $1.mentions.values.reduce(0, +) }
                == s.slogans.values.reduce(0) { $0 + $1.occurrences })
    }

    @Test func documentsWithoutSlogansCount() {
        let s = whole()
        #expect(s.documentCount == 5)
        #expect(s.undatedDocuments == 4)
        #expect(s.characters == SampleCorpus.all.reduce(0) { $0 + $1.text.unicodeScalars.count })
    }
}
