import Testing
@testable import KouhaoKit

@Suite struct ExpansionConsensusTests {
    func expansion(_ items: [String], documents: Int, path: String) -> ExpansionSummary {
        ExpansionSummary(key: items.joined(separator: "\u{1F}"), items: items, direction: .after, documents: documents,
                         occurrences: documents, example: Citation(path: path, start: 0, text: items.joined(separator: "、")))
    }

    @Test func theListThatFitsTheLabelBeatsTheFirstSeen() throws {
        // The first document (by path) lends 两个提升 a list from the sentence next to it; the
        // later one states the list whose items carry the label's 提升.
        let wrong = expansion(["“四个意识”", "坚决做到"], documents: 1, path: "a/01.txt")
        let right = expansion(["提升产业能级", "提升城市品质"], documents: 1, path: "b/02.txt")
        let c = ExpansionConsensus(label: "两个提升", numbers: [2], kind: .counted, expansions: [wrong, right])
        #expect(c.hasConsensus)
        #expect(c.consensus?.items == ["提升产业能级", "提升城市品质"])
        #expect(c.ranked.map(\.expansion.items.first) == ["提升产业能级", "“四个意识”"])
    }

    @Test func agreeingListsPoolTheirSupport() throws {
        // Two spellings of one list outweigh a list stated twice that shares nothing with them.
        let a = expansion(["防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"], documents: 2, path: "1.txt")
        let b = expansion(["打好防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"], documents: 1, path: "2.txt")
        let c = expansion(["拆违拆临", "治堵治霾", "城市治理"], documents: 2, path: "3.txt")
        let consensus = ExpansionConsensus(label: "三大攻坚战", numbers: [3], kind: .counted, expansions: [c, b, a])
        #expect(consensus.consensus?.items.first == "防范化解重大风险攻坚战")
        #expect(consensus.ranked.count == 3)
        let top = consensus.ranked[0]
        #expect(top.support > 2.5)
        #expect(consensus.ranked.last?.expansion.items.first == "拆违拆临")
    }

    @Test func noListIsTheMeaningWhenNoneFits() {
        // Wrong counts and clause fragments: alternatives only.
        let a = expansion(["社会", "实现", "发展"], documents: 1, path: "1.txt")
        let b = expansion(["在各级机关开展", "以制度建设为重点"], documents: 1, path: "2.txt")
        let c = ExpansionConsensus(label: "两个一百年", numbers: [2], kind: .counted, expansions: [a, b])
        #expect(!c.hasConsensus)
        #expect(c.consensus == nil)
        #expect(c.ranked.count == 2)
    }

    @Test(arguments: [
        ([2], SloganKind.counted, [2]),
        ([3, 3], .frame, [2, 6, 3]),
        ([3, 1, 1], .frame, [3, 5]),
        ([6, 5, 4, 3], .digitCode, [4, 18]),
    ] as [([Int], SloganKind, [Int])])
    func expectedCounts(numbers: [Int], kind: SloganKind, counts: [Int]) {
        #expect(ExpansionConsensus.expectedCounts(numbers: numbers, kind: kind) == Set(counts))
    }
}
