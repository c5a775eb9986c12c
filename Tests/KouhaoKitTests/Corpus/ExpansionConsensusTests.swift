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

    @Test func framesFitInOrderAndAtTheEdgeOfTheirItems() throws {
        // 带 then 路, each closing its item: the list of the label; a clause holding 路 twice
        // and 带 inside a longer phrase is none, even stated first and by the same number of documents.
        let clause = expansion(["愿成为青川经济带建设的重要伙伴", "做好松岭之路的对接"], documents: 1, path: "a.txt")
        let road = expansion(["最希望投资的依次是铁路", "公路和地铁"], documents: 1, path: "b.txt")
        let right = expansion(["青川经济带", "松岭海上之路"], documents: 1, path: "c.txt")
        let c = ExpansionConsensus(label: "一带一路", numbers: [1, 1], kind: .frame, expansions: [clause, road, right])
        #expect(c.consensus?.items == ["青川经济带", "松岭海上之路"])
        let wrongOnly = ExpansionConsensus(label: "一带一路", numbers: [1, 1], kind: .frame, expansions: [clause, road])
        #expect(!wrongOnly.hasConsensus)
        #expect(ExpansionConsensus.frameGroups(of: "两不愁三保障", numbers: [2, 3], kind: .frame) == [Set("不愁".utf16), Set("保障".utf16)])
    }

    @Test func pairedFramesNeedEveryFrameInEachItem() {
        // 三比三争 read as three pairs: each item holds 比 and 争. A list of three where one item
        // holds only one of the frames is no reading of the label.
        let pairs = expansion(["比项目、争速度", "比服务、争口碑", "比作风、争先进"], documents: 1, path: "1.txt")
        #expect(ExpansionConsensus(label: "三比三争", numbers: [3, 3], kind: .frame, expansions: [pairs]).hasConsensus)
        let clause = expansion(["青川湾县比学赶超争一流", "切实解决比较问题", "不比不争的"], documents: 1, path: "2.txt")
        #expect(ExpansionConsensus.alignedFrameFit(clause.items.map { Array($0.utf16) },
                                                   groups: [Set("比".utf16), Set("争".utf16)], numbers: [3, 3]) == 2.0 / 3)
        let c = ExpansionConsensus(label: "三比三争", numbers: [3, 3], kind: .frame, expansions: [clause])
        #expect(!c.hasConsensus)
    }

    @Test func aListWithNoneOfTheLabelsCharactersNeedsThreeDocuments() {
        // Two documents naming the same three offices next to 两弹一星 are no consensus; three
        // documents stating 经济建设… for 五位一体 are, and two when every item is built alike.
        let offices = expansion(["青川湾县委", "县政府", "县人武部授予"], documents: 2, path: "a.txt")
        #expect(!ExpansionConsensus(label: "两弹一星", numbers: [2, 1], kind: .frame, expansions: [offices]).hasConsensus)
        let five = expansion(["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"], documents: 2, path: "a.txt")
        let short = expansion(["经济", "政治", "文化", "社会", "生态文明建设"], documents: 1, path: "b.txt")
        let c = ExpansionConsensus(label: "五位一体", numbers: [5], kind: .counted, expansions: [short, five])
        #expect(c.consensus?.items.first == "经济建设")
        #expect(ExpansionConsensus(label: "五位一体", numbers: [5], kind: .counted, expansions: [five]).hasConsensus)
        let mixed = expansion(["松岭县道路", "路面及标志", "人行道和附属设施", "绿化", "夜景亮化"], documents: 2, path: "c.txt")
        #expect(!ExpansionConsensus(label: "五位一体", numbers: [5], kind: .counted, expansions: [mixed]).hasConsensus)
        // One character in common (the 大 of 三大) is no build: one county's two reports are not enough.
        let county = expansion(["大旅游", "大数据", "大生态"], documents: 2, path: "松岭县/2021.txt")
        #expect(!ExpansionConsensus(label: "三大战略", numbers: [3], kind: .counted, expansions: [county]).hasConsensus)
    }

    @Test func itemsBuiltAlikeOutrankAListStatedMoreOftenWithoutTheLabelsCharacters() {
        // One city's own 五位一体 (its street works, 4 documents) against the list whose items
        // all end in 建设 (2 documents): without the label's characters, items built alike decide.
        let street = expansion(["建筑立面", "路面及标志", "人行道和附属设施", "道路绿化", "路灯和夜景亮化"], documents: 4, path: "a.txt")
        let five = expansion(["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"], documents: 2, path: "b.txt")
        let c = ExpansionConsensus(label: "五位一体", numbers: [5], kind: .counted, expansions: [street, five])
        #expect(c.consensus?.items.first == "经济建设")
    }

    @Test func variantsOfOneDocumentsListCountThatDocumentOnce() throws {
        // 松岭县 states its list twice, read once with a leading 从 and once without: one document.
        let plain = expansion(["稳岗位", "稳物价", "稳预期"], documents: 1, path: "松岭县/2021.txt")
        let variant = expansion(["从稳岗位", "稳物价", "稳预期"], documents: 1, path: "松岭县/2021.txt")
        let other = expansion(["稳岗位", "稳物价", "稳预期"], documents: 1, path: "青川湾县/2021.txt")
        let one = ExpansionConsensus(label: "三稳", numbers: [3], kind: .compact, expansions: [plain, variant])
        #expect(try #require(one.ranked.first).support == 1)
        let two = ExpansionConsensus(label: "三稳", numbers: [3], kind: .compact, expansions: [variant, other])
        #expect(try #require(two.ranked.first).support > 1.5)
    }

    @Test func aListOneOfManyDocumentsStatesNeedsAStrongFrame() {
        // 两馆 is used by 40 documents; one lists 松岭县图书馆 / 青川美术馆 next to it: an alternative,
        // not the meaning. Used by 5 documents, the same list is the consensus. A list whose every
        // item carries two of the label's characters (最严) stands even as one of 40.
        let halls = expansion(["松岭县图书馆", "青川美术馆"], documents: 1, path: "a.txt")
        #expect(!ExpansionConsensus(label: "两馆", numbers: [2], kind: .compact, expansions: [halls], documents: 40).hasConsensus)
        #expect(ExpansionConsensus(label: "两馆", numbers: [2], kind: .compact, expansions: [halls], documents: 5).hasConsensus)
        let strict = expansion(["最严谨的标准", "最严格的监管", "最严厉的处罚", "最严肃的问责"], documents: 1, path: "b.txt")
        #expect(ExpansionConsensus(label: "四个最严", numbers: [4], kind: .counted, expansions: [strict], documents: 40).hasConsensus)
    }

    @Test func aModifierOfAllItemsLeavesTheFirstOne() throws {
        #expect(ExpansionConsensus.undistributed(["松岭特色社会主义道路自信", "理论自信", "制度自信", "文化自信"])
                == ["道路自信", "理论自信", "制度自信", "文化自信"])
        #expect(ExpansionConsensus.undistributed(["在青川湾县的民族分裂势力", "宗教极端势力", "暴力恐怖势力"])
                == ["民族分裂势力", "宗教极端势力", "暴力恐怖势力"])
        // Items that open alike keep their own ends; items of different lengths are left alone.
        #expect(ExpansionConsensus.undistributed(["全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"]) == nil)
        #expect(ExpansionConsensus.undistributed(["社会主义核心价值观教育", "爱国主义教育", "法治教育"]) == nil)
        #expect(ExpansionConsensus.undistributed(["松岭特色道路自信", "理论自信"]) == nil)
        // The cut is made where a document's list enters the summary, so every shard, the whole
        // run and a glossary JSON read back hold the same list (merge equals the whole).
        var b = AnalysisBuilder(path: "a.txt", "青川湾县坚定“三个自信”，即松岭特色社会主义道路自信、理论自信、制度自信。")
        b.mention("三个自信", numbers: [3], kind: .counted, items: ["松岭特色社会主义道路自信", "理论自信", "制度自信"])
        let entry = try #require(b.summary.slogans.values.first)
        #expect(entry.expansions.values.map(\.items) == [["道路自信", "理论自信", "制度自信"]])
    }

    @Test func itemsHoldingTheLabelOrCutToOneCharacterAreMisshapen() {
        #expect(ExpansionConsensus.shapeFit([Array("集中展示“三个强化”成果".utf16), Array("强化督查".utf16)], label: Array("三强化".utf16)) == 0.5)   // the label's key: no 个
        #expect(ExpansionConsensus.shapeFit([Array("维护经济发展".utf16), Array("社".utf16)]) == 0.5)
    }

    @Test func aMottoCountsCharacters() {
        let motto = expansion(["巩固", "增强", "提升", "畅通"], documents: 3, path: "a.txt")
        #expect(ExpansionConsensus(label: "八字方针", numbers: [8], kind: .counted, expansions: [motto]).hasConsensus)
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
