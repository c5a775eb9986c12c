import Testing
@testable import KouhaoKit

/// Items named after a counted label as noun phrases ending with its head, spread over the
/// sentences of its paragraph, on sentences written for these tests.
@Suite struct ExpansionResolverSharedHeadTests {
    @Test(arguments: [
        // Two coordinations over two clauses, after 以 and before 建设为重点.
        ("青川县巩固提升“四大产业基地”，增强产业竞争力。以松岭物流基地和青川旅游基地建设为重点，集聚生产要素；"
         + "以湾区装备制造业基地、白沙新材料基地为重点，推进新型工业化。",
         "四大产业基地", ["松岭物流基地", "青川旅游基地", "湾区装备制造业基地", "白沙新材料基地"]),
        // One item per sentence, after verbs and adverbs; a shorter later mention is the same item.
        ("建设“三大科学城”。加强基础设施建设，完善公共服务配套。进一步拓展和优化松岭科学城发展空间，发挥松岭科学城的引领作用。"
         + "全面落实青川科学城发展规划。实施白沙湾科学城行动计划，提升科学城发展活力。\n\n深化科技体制改革。",
         "三大科学城", ["松岭科学城", "青川科学城", "白沙湾科学城"]),
        // After a verb and 和 (the same text as a negative case below, without the coordination).
        ("治理“三类污染”。减少湖区污染和山区污染，加强土壤污染防治。", "三类污染", ["湖区污染", "山区污染", "土壤污染"]),
    ] as [(String, String, [String])])
    func phrasesSharingTheHead(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Not as many phrases as the label counts, or one that holds a count, gives no list; the
    /// paragraph's end bounds the search.
    @Test(arguments: [
        // Two of three.
        ("建设“三大科学城”。优化松岭科学城发展空间。全面落实青川科学城发展规划。实施白沙湾科技城行动计划。", "三大科学城"),
        // A phrase holding another count (五大中心) is no item: three left of four.
        ("加快建设“四大物流中心”。建成松岭物流中心、青川物流中心，推进白沙物流中心建设，带动全县五大中心协同发展。", "四大物流中心"),
        // The third phrase is in the next paragraph.
        ("建设“三大科学城”。优化松岭科学城发展空间。全面落实青川科学城发展规划。\n\n实施白沙湾科学城行动计划。", "三大科学城"),
        // The head ends a coordination whose other members do not carry it (大气、水、土壤污染).
        ("治理“三类污染”。减少湖区污染和山区污染，加强大气、水、土壤污染防治。", "三类污染"),
    ] as [(String, String)])
    func noSharedHeadList(text: String, key: String) {
        #expect(slogans(text).first(key)?.expansion == nil)
    }

    /// A list the label's own cue gives stays: phrases sharing the head only fill labels
    /// without one.
    @Test func aCuedListStays() throws {
        let text = "建设“三大物流基地”：松岭、青川、白沙湾。建成松岭物流基地，推进湾区物流基地和山区物流基地建设。"
        let m = try #require(slogans(text).first("三大物流基地"))
        #expect(m.expansion?.itemTexts == ["松岭", "青川", "白沙湾"])
    }
}
