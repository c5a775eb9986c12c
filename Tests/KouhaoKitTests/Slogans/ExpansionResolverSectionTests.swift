import Testing
@testable import KouhaoKit

/// Lists spread over a section and glossaries (名词解释, 注释): the items a heading's label
/// names in the sentences that follow, and glossary entries linked to every mention, on
/// sentences written for these tests.
@Suite struct ExpansionResolverSectionTests {
    /// The sentences of a section name one item each; the lead-in they all repeat (a subject,
    /// a modal, a verb, a modifier ending in 的) is no part of the items.
    @Test(arguments: [
        ("——坚持开放引领，全力打造“三个枢纽”。今后五年主要目标是：生产总值年均增长7%。我们要打造西南重要的区域性航运枢纽，加快港区建设。"
         + "我们要打造西南重要的区域性物流枢纽，建设一批物流园区。我们要打造西南重要的区域性数据枢纽，推动数据中心集聚。\n\n——坚持协调融合，加快建设现代青川。",
         "三个枢纽", ["区域性航运枢纽", "区域性物流枢纽", "区域性数据枢纽"]),
        ("——坚持开放引领，全力打造“三个枢纽”。今后五年主要目标是：生产总值年均增长7%。我们要建设区域性航运枢纽，加快港区建设。"
         + "我们要建设区域性物流枢纽，建设一批物流园区。我们要建设区域性数据枢纽，推动数据中心集聚。\n\n——坚持协调融合，加快建设现代青川。",
         "三个枢纽", ["区域性航运枢纽", "区域性物流枢纽", "区域性数据枢纽"]),
        // Nothing shared: the items stay as they are.
        ("（二）实施“三大行动”。开展街巷整治行动，改造老旧小区40个。推进河湖清洁行动。实施绿化提升行动，新增绿地20公顷。\n（三）建设松岭新城。",
         "三大行动", ["街巷整治行动", "河湖清洁行动", "绿化提升行动"]),
    ] as [(String, String, [String])])
    func sharedLeadIn(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found")
        #expect(m.expansion?.itemTexts == items)
    }

    /// A code's or a frame's parts explained in turn, each naming as many things as it counts:
    /// the items are the things (titles, quotations, a 、 list without its count and head); a
    /// part of one keeps its gloss whole, or its one title.
    @Test(arguments: [
        ("青川县“3+2”平台：指“松融通”“岭贷通”“湾创通”三大金融服务平台和“青川监管平台”“青川信用平台”两大保障平台。",
         "3+2", ["松融通", "岭贷通", "湾创通", "青川监管平台", "青川信用平台"]),
        ("“两园三区”：“两园”是北园、南园；“三区”是东区、西区和中区。",
         "两园三区", ["北园", "南园", "东区", "西区", "中区"]),
        ("“1+3”政策文件：“1”是总纲，即《松岭县促进民营经济发展的意见》；“3”是配套政策，分别为《松岭县甲办法》《松岭县乙办法》《松岭县丙办法》。",
         "1+3", ["松岭县促进民营经济发展的意见", "松岭县甲办法", "松岭县乙办法", "松岭县丙办法"]),
        ("“3+3+1”产业体系：第一个“3”指茶叶、竹木和药材三大特色产业；第二个“3”指物流、会展、文旅三大服务业；“1”指以数字经济为核心的新兴产业。",
         "3+3+1", ["茶叶", "竹木", "药材", "物流", "会展", "文旅", "以数字经济为核心的新兴产业"]),
        // Parts neither named nor counted: the list is read as a whole (the lead-in goes).
        ("“四改两清”：在农村开展改路、改房、改水、改厕；清洁水源、清洁田园。",
         "四改两清", ["改路", "改房", "改水", "改厕", "清洁水源", "清洁田园"]),
        // Parts named before 指: a part of one keeps its gloss whole.
        ("松岭县落实“一网三中心”建设。一网，指统一的政务服务网；三中心，指政务服务中心、投资服务中心和党群服务中心。",
         "一网三中心", ["统一的政务服务网", "政务服务中心", "投资服务中心", "党群服务中心"]),
    ] as [(String, String, [String])])
    func partsNamingTheirThings(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first { $0.key.hasPrefix(key) }, "\(key) not found")
        #expect(m.expansion?.itemTexts == items)
    }
}
