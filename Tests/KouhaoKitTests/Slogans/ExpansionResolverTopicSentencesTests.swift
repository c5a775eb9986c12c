import Testing
@testable import KouhaoKit

/// Lists spread over a section as topic sentences, without list punctuation: paragraph openers
/// after a heading, or short sentences whose predicates are alike, on sentences written for
/// these tests.
@Suite struct ExpansionResolverTopicSentencesTests {
    @Test(arguments: [
        // Paragraph openers ending with the label's bodies, as many as each part counts.
        ("（三）扩大开放。落实开放三年行动，走好开放路子，打造“一枢纽、两高地”。\n\n着力打造松岭内陆枢纽。加快建设铁路货场，开通班列20列。\n\n"
         + "着力构建青川开放高地。推进口岸建设，扩大进出口规模。\n\n着力打造湾区创新高地。引进研发机构5家。\n\n（四）改善民生。",
         "一枢纽两高地", ["松岭内陆枢纽", "青川开放高地", "湾区创新高地"]),
        // After a heading, openers sharing an introducing word.
        ("（二）坚持“三轮驱动”，确保经济稳定增长\n\n发挥投资的拉动作用。启动重大项目30个，完成投资200亿元。\n\n"
         + "发挥消费的基础作用。改造提升传统商圈，培育新型消费。\n\n发挥出口的支撑作用。加快出口基地建设。\n\n（三）加快产业升级",
         "三轮驱动", ["投资的拉动作用", "消费的基础作用", "出口的支撑作用"]),
        // A run-in topic sentence; its paragraph's short sentences share a predicate opening (稳中).
        ("“一湖两岸”建设加快。湖区治理稳中提质。新建湿地公园2个。东岸开发稳中有进。引进项目12个，完成投资8亿元。西岸开发稳中向好。建成滨水步道5公里。\n\n松岭县财政收入增长6%。",
         "一湖两岸", ["湖区治理", "东岸开发", "西岸开发"]),
        // After a heading: the same predicate three times.
        ("（三）着力打好三大攻坚战，短板加快补齐\n\n金融风险防范有力有效。清理网贷平台12家。精准脱贫有力有效。村集体收入全部达到10万元。"
         + "污染防治有力有效。新建污水管网30公里。\n\n（四）着力抓改革促开放",
         "三大攻坚战", ["金融风险防范", "精准脱贫", "污染防治"]),
        // A shared ending holding the label's characters (改革) is the items' head: it stays.
        ("全面深化“三大综合改革试点”。深化金融综合改革。设立青川县小微金融服务中心。深化农村综合改革。推进承包地确权。深化教育综合改革。编制松岭县办学规划。\n\n（二）加快产业升级",
         "三大综合改革试点", ["金融综合改革", "农村综合改革", "教育综合改革"]),
    ] as [(String, String, [String])])
    func topicSentences(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Openers that only share an introducing word after a paragraph's last sentence (not a
    /// heading) are a list of their own; two alike predicates are no list.
    @Test(arguments: [
        ("坚持系统思维，加快推进城市治理现代化。到2030年，松岭县“四级城镇体系”更加完善。\n\n着力提升宜居品质。建设公园10个。\n\n着力提升开放品质。开通航线5条。\n\n"
         + "着力提升生活品质。新增学位3000个。\n\n着力提升服务品质。推行一网通办。\n\n（五）加强政府建设", "四级城镇体系"),
        ("“两岸”建设加快。东岸开发稳中有进。引进项目12个。西岸开发稳中向好。建成滨水步道5公里。\n\n松岭县财政收入增长6%。", "两岸"),
    ] as [(String, String)])
    func noTopicList(text: String, key: String) {
        #expect(slogans(text).first(key)?.expansion == nil)
    }
}

/// 即 opening the sentence after the one a label ends, on sentences written for these tests.
@Suite struct ExpansionResolverNextSentenceCueTests {
    @Test(arguments: [
        ("松岭县要做到“三个坚持”。即：坚持生态优先；坚持开放带动；坚持民生为本。突出“两个注重”。即：注重山区发展；注重湖区保护。",
         "三个坚持", ["坚持生态优先", "坚持开放带动", "坚持民生为本"]),
        ("松岭县要做到“三个坚持”。即：坚持生态优先；坚持开放带动；坚持民生为本。突出“两个注重”。即：注重山区发展；注重湖区保护。",
         "两个注重", ["注重山区发展", "注重湖区保护"]),
    ] as [(String, String, [String])])
    func listInNextSentence(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found")
        #expect(m.expansion?.itemTexts == items)
    }

    /// 即将, 即使 open no list.
    @Test func jiAsPartOfAWord() {
        let text = "青川县实施“三大行动”。即将启动的湖区治理、山区绿化和城区更新工程年内开工。"
        #expect(slogans(text).first("三大行动")?.expansion?.direction != .after)
    }
}
