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

    /// A glossary term whose quotation stands on its own keeps the quoted label as its key
    /// (“五位一体”总体布局 → 五位一体), so that every body mention borrows the entry's list; a
    /// quotation that needs its head keeps the head (“三进”村 → 三进村).
    @Test(arguments: [
        ("松岭县统筹推进“五位一体”总体布局。\n\n名词解释\n\n1.“五位一体”总体布局：即经济建设、政治建设、文化建设、社会建设、生态文明建设。\n",
         "五位一体", ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"], Expansion.Direction.elsewhere),
        ("青川县推行“四位一体”网格管理。\n\n名词解释\n\n2.“四位一体”网格管理：即“网格通、二级平台、区级平台、市级平台”四位一体的网格管理体系。\n",
         "四位一体", ["网格通", "二级平台", "区级平台", "市级平台"], .elsewhere),
        // A short quotation keeps its head in the entry, and the body's “六改” borrows its list.
        ("白沙河镇实施“六改”项目。\n\n注释\n\n3.“六改”项目：指改路、改水、改厕、改房、改圈、改灶。\n",
         "六改", ["改路", "改水", "改厕", "改房", "改圈", "改灶"], .elsewhere),
    ] as [(String, String, [String], Expansion.Direction)])
    func glossaryTermLinksBodyMentions(text: String, key: String, items: [String], direction: Expansion.Direction) throws {
        let found = slogans(text)
        let m = try #require(found.first(key), "\(key) not found in \(found.keys)")
        #expect(m.expansion?.itemTexts == items)
        #expect(m.expansion?.direction == direction)
        // The entry (the second mention) carries the list after it.
        let mentions = found.filter { $0.key.hasPrefix(key) }
        try #require(mentions.count >= 2)
        let entry = mentions[1]
        #expect(entry.expansion?.direction == .after)
        #expect(entry.expansion?.itemTexts == items)
    }

    /// A quoted part of a longer label followed by 是 opens the part's definition: each part
    /// takes its own list, not its neighbour's before it.
    @Test(arguments: [
        ("“两高两快五主干”快速通道：“两高”是松岭高速、青川高速；“两快”是湾西路、白沙路；“五主干”是甲路、乙路、丙路、丁路、戊路。",
         ["两高": ["松岭高速", "青川高速"], "两快": ["湾西路", "白沙路"], "五主干": ["甲路", "乙路", "丙路", "丁路", "戊路"]]),
        ("[18]“两保两建”：“两保”是保障甲待遇，保障乙需求。“两建”是建立丙机制，建立丁机制。",
         ["两保": ["保障甲待遇", "保障乙需求"], "两建": ["建立丙机制", "建立丁机制"]]),
    ] as [(String, [String: [String]])])
    func partDefinedByShi(text: String, parts: [String: [String]]) throws {
        let found = slogans(text)
        for (key, items) in parts {
            let m = try #require(found.first(key), "\(key) not found in \(found.keys)")
            #expect(m.expansion?.direction == .after, "\(key)")
            #expect(m.expansion?.itemTexts == items, "\(key)")
        }
    }

    /// In running text or a headline, 是 after a quoted part is a predicate, not a definition.
    @Test(arguments: [
        "松岭县推进“两高两快”建设。“两高”是松岭县发展的重大机遇和有益补充。",
        "松岭县推进“两高两快”建设。\n【两高两快·合作共赢】青川县长：“两高”是重大机遇\n",
    ])
    func shiInRunningTextIsNoCue(text: String) throws {
        let m = try #require(slogans(text).first("两高"))
        #expect(m.expansion?.direction != .after)
    }

    /// A sentence that only names the label, then 即 opening the next: the next is its definition.
    @Test(arguments: [
        ("松岭县今年要做到“三个坚持”。即：坚持生态优先；坚持项目为王；坚持民生为本。",
         "三个坚持", ["坚持生态优先", "坚持项目为王", "坚持民生为本"]),
        ("青川县突出“两个更加注重”。即更加注重改革、更加注重民生。",
         "两个更加注重", ["更加注重改革", "更加注重民生"]),
    ] as [(String, String, [String])])
    func jiAfterFullStop(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found")
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == items)
    }

    /// A definition after the label (即, 指, ：) beats a list before it that nothing ties to it.
    @Test func definitionBeatsUntiedListBefore() throws {
        let text = "松岭县新建茶叶园区、竹木园区“两园”，即北园、南园。"
        let m = try #require(slogans(text).first("两园"))
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == ["北园", "南园"])
    }

    /// A code's parts defined one after another in its glossary entry, sentence after
    /// sentence: each part gives the things it counts (an enumeration after a colon, ，-clauses,
    /// a 、 list in its own clause without the verb before it or the quoted count after it, a
    /// quoted label it names); a part of one keeps its definition whole; every body mention,
    /// even one with a list of siblings before it, borrows the entry's list.
    @Test(arguments: [
        ("全县认真落实省“1+1+3”工作部署，统筹推进各项工作。\n\n名词解释\n\n省“1+1+3”工作部署：第一个“1”是指坚定不移抓好基层党建。第二个“1”是指以改革创新推动青川发展。“3”是指扎实推进3个方面重点工作：一是建设松岭生态新城；二是发展茶叶竹木产业；三是打好乡村振兴攻坚战。\n",
         "1+1+3", ["坚定不移抓好基层党建", "以改革创新推动青川发展", "建设松岭生态新城", "发展茶叶竹木产业", "打好乡村振兴攻坚战"]),
        ("青川县落实甲方案、乙方案和“1+4”工作思路。\n\n名词解释\n\n“1+4”工作思路：“1”是指全面加强党的建设。“4”是指以湾区建设为牵引，围绕打造“山水青川”，大力实施茶园提质、竹林扩面、溪岸整治、村居美化“四大工程”。\n",
         "1+4", ["全面加强党的建设", "茶园提质", "竹林扩面", "溪岸整治", "村居美化"]),
        // Siblings listed before the body mention are no list of it: the entry's five items are.
        ("青川县落实甲方案22条、乙方案和生态“1+4”工作思路。\n\n名词解释\n\n“1+4”工作思路：“1”即《青川县生态立县实施意见》，“4”即护林、治水、净土、美村等4个配套方案。\n",
         "1+4", ["青川县生态立县实施意见", "护林", "治水", "净土", "美村"]),
        ("加快培育“2+1”千亿级产业。\n\n注释\n\n［3］“2+1”千亿级产业：“2”就是以茶叶加工为主的食品产业，以竹木家具为主的制造产业；“1”就是千亿级文化旅游产业。\n",
         "2+1", ["以茶叶加工为主的食品产业", "以竹木家具为主的制造产业", "千亿级文化旅游产业"]),
        ("推进“3+2”河湖治理。\n\n注释\n\n［5］“3+2”河湖治理：“3”是指综合治理青川河、松溪、白沙河3条河流；“2”是指生态修复月亮湖、星湖2座湖泊。\n",
         "3+2", ["青川河", "松溪", "白沙河", "月亮湖", "星湖"]),
        ("聚焦“123”目标。\n\n注释\n\n［7］“123”目标：“1”是指“一达标”，即人均收入达标；“2”是指“两不愁”，即不愁吃、不愁穿；“3”是指“三保障”，即教育、医疗和住房有保障。\n",
         "123", ["一达标", "两不愁", "三保障"]),
        ("实施“2+N”帮扶计划。\n\n注释\n\n［9］“2+N”帮扶计划：“2”是指对困难家庭实行台账管理，提供1次上门走访、1次技能培训；“N”是指各乡镇采取结对帮扶、组织见习、推荐岗位等多种方式。\n",
         "2+N", ["1次上门走访", "1次技能培训", "结对帮扶", "组织见习", "推荐岗位"]),
    ] as [(String, String, [String])])
    func codePartsInTurn(text: String, key: String, items: [String]) throws {
        let mentions = slogans(text).filter { $0.key.hasPrefix(key) }
        #expect(mentions.count == 2)
        for m in mentions { #expect(m.expansion?.itemTexts == items) }
        #expect(mentions.first?.expansion?.direction == .elsewhere)
    }

    /// A list that an uncued sentence after the label gives is none of its items when one item
    /// holds the label itself (…，建设“双优”示范区): a use of it.
    @Test func uncuedListHoldingTheLabel() throws {
        let text = "松岭县注重发现和培育“双优”企业，培育优质茶园，高质量建设“双优”示范县。"
        let m = try #require(slogans(text).first("双优"))
        #expect(m.expansion == nil)
    }
}
