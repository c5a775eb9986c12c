import Testing
@testable import KouhaoKit

/// Expansions read from definitions part by part, numbered headings, chains of quotations,
/// coded glosses with comments and counted things, on sentences written for these tests.
@Suite struct ExpansionResolverPartsTests {
    /// Each part defined in turn (一网，指…；四中心，指…) gives its items: the 、 list when the
    /// part counts that many, else the whole definition.
    @Test func partsDefinedInTurn() throws {
        let text = "松岭县落实“一网四中心”建设。一网，指统一的政务服务网；四中心，指政务服务中心、公共资源交易中心、投资服务中心、党群服务中心。"
        let m = try #require(slogans(text).first("一网四中心"))
        #expect(m.expansion?.itemTexts == ["统一的政务服务网", "政务服务中心", "公共资源交易中心", "投资服务中心", "党群服务中心"])
    }

    /// Parts defined in turn by 是 after a quoted part, with 多 for a part the text leaves
    /// uncounted (its definition is one item), and a repeated code told apart by 第一个/第二个
    /// (a part's count and head after its list go).
    @Test(arguments: [
        ("松岭县加快“两桥三路”建设。\n\n“两桥三路”：“两桥”是青川大桥、松岭大桥；“三路”是滨江路、茶园路、溪岸路。",
         "两桥三路", ["青川大桥", "松岭大桥", "滨江路", "茶园路", "溪岸路"]),
        ("松岭县构建“一核三园多点”体系。\n\n“一核三园多点”体系：“一核”是青川湾科创核心区；“三园”是茶叶园、竹木园、数字园；“多点”是培育周边多个创新节点。",
         "一核三园多点", ["青川湾科创核心区", "茶叶园", "竹木园", "数字园", "培育周边多个创新节点"]),
        ("松岭县构建“3+3+1”产业体系。\n\n“3+3+1”产业体系：第一个“3”指茶叶、竹木和康养三大主导产业；第二个“3”指物流、金融、会展三大服务业；“1”指以数字经济为核心的新兴产业。",
         "3+3+1产业", ["茶叶", "竹木", "康养", "物流", "金融", "会展", "以数字经济为核心的新兴产业"]),
    ])
    func partsDefinedByShiAndCodes(text: String, key: String, items: [String]) throws {
        let found = slogans(text).filter { $0.key == key }
        #expect(!found.isEmpty, "\(key) not found")
        for m in found { #expect(m.expansion?.itemTexts == items) }
    }

    /// A title line's label takes the numbered headings under it, one item each, when there are
    /// as many as it counts; the lines between the headings are no items.
    @Test(arguments: [
        ("松岭县三件民生实事\n一、新建社区食堂\n全年新建20个。\n二、改造老旧小区\n涉及3000户。\n三、新增停车位\n新增1000个。",
         "三件民生实事", ["新建社区食堂", "改造老旧小区", "新增停车位"] as [String]?),
        // Two headings for a count of three: no list.
        ("松岭县三件民生实事\n一、新建社区食堂\n全年新建20个。\n二、改造老旧小区\n涉及3000户。",
         "三件民生实事", nil),
    ])
    func numberedHeadings(text: String, key: String, items: [String]?) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Short quotations side by side before a counted label are its items, one each.
    @Test func quotedChainBeforeACount() throws {
        let m = try #require(slogans("松岭县实施“茶乡工匠”“山城巧手”“溪岸厨娘”三项工程。").first("三项工程"))
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts == ["茶乡工匠", "山城巧手", "溪岸厨娘"])
    }

    /// A code part's comment after its first clause is no part of the item.
    @Test func codedGlossWithAComment() throws {
        let text = "“2136”工程：“2”指两个园区，是全县的支柱；“1”指一条廊道；“3”指三个基地；“6”指六个小镇。"
        let found = slogans(text)
        #expect(found.first("2136工程")?.expansion?.itemTexts == ["两个园区", "一条廊道", "三个基地", "六个小镇"])
        // The quoted digits explaining the code are item markers, not labels.
        #expect(found.keys == ["2136工程"])
    }

    /// Things counted in the text are the items, without the verb and the quantity.
    @Test func countedThingsLoseTheirQuantities() throws {
        let m = try #require(slogans("全县实施“三名工程”，即引进名校8所、引进和培养名师44名、名校长8名。").first("三名工程"))
        #expect(m.expansion?.itemTexts == ["名校", "名师", "名校长"])
    }

    /// Two labels joined by 和 share the cue after the second, each taking its halves.
    @Test func zippedPairsAcrossHe() throws {
        let found = slogans("全县坚持“三个坚持”和“三个共同”，即坚持开放，共同发展；坚持合作，共同建设；坚持创新，共同繁荣。")
        #expect(found.first("三个坚持")?.expansion?.itemTexts == ["坚持开放", "坚持合作", "坚持创新"])
        #expect(found.first("三个共同")?.expansion?.itemTexts == ["共同发展", "共同建设", "共同繁荣"])
    }

    /// A count before a quoted head is one label (三条“底线”), with the list after its colon.
    @Test func aCountBeforeAQuotedHead() throws {
        let m = try #require(slogans("松岭县坚决守住三条“底线”：守住安全底线、守住生态底线、守住民生底线。").first("三条底线"))
        #expect(m.expansion?.itemTexts == ["守住安全底线", "守住生态底线", "守住民生底线"])
    }

    /// After a plain comma, items that open with one character start there in the first and
    /// the last item too (整治乱收费 → 乱收费; 严禁乱摊派 → 乱摊派).
    @Test func itemsAfterACommaStartWithTheirFrame() throws {
        let m = try #require(slogans("坚决纠治“三乱”，整治乱收费、乱罚款，严禁乱摊派。").first("三乱"))
        #expect(m.expansion?.itemTexts == ["乱收费", "乱罚款", "乱摊派"])
    }

    /// A last item that runs on into the predicate the items share is cut where it starts.
    @Test func aTrailingPredicateIsCut() throws {
        let m = try #require(slogans("“两清零”：指全县农村危房和饮水不安全户实现清零的工作目标。").first("两清零"))
        #expect(m.expansion?.itemTexts == ["农村危房", "饮水不安全户"])
    }

    /// A glossary term alone on its line with 指 opening the next line is an entry, and the
    /// body's mention links to it.
    @Test func aGlossaryTermAloneOnItsLine() throws {
        let found = slogans("全县深入开展“三进村”活动。\n\n名词解释\n1．三进村\n指医疗、教育、法律服务进村。")
        let body = try #require(found.first("三进村"))
        #expect(body.expansion?.direction == .elsewhere)
        #expect(body.expansion?.itemTexts == ["医疗", "教育", "法律服务"])
        #expect(found.filter { $0.key == "三进村" }.count == 2)
    }
}

extension ExpansionResolverPartsTests {
    /// 和 splits the last item when the list is one short of the count, after a cue or before
    /// the label.
    @Test(arguments: [
        "松岭县打造“四个园区”，即茶叶园区、竹木园区、文旅园区和数字园区。",
        "松岭县建设茶叶园区、竹木园区、文旅园区和数字园区四大园区。",
    ])
    func heSplitsTheLastItemOneShort(text: String) throws {
        let m = try #require(slogans(text).first { $0.key.hasSuffix("园区") }, "\(slogans(text).keys)")
        #expect(m.expansion?.itemTexts == ["茶叶园区", "竹木园区", "文旅园区", "数字园区"])
    }

    /// A list of exactly N parallel items elsewhere in the text that repeats the label's frame
    /// characters is its expansion when nothing closer is.
    @Test func aParallelListElsewhere() throws {
        let m = try #require(slogans("会议强调，务必守正、务必实干、务必为民。全县干部要牢记“三个务必”。").first("三个务必"))
        #expect(m.expansion?.itemTexts == ["务必守正", "务必实干", "务必为民"])
    }
}

extension SloganScannerTests {
    /// Parts of a quoted label joined by 、 are one multi-part label; a quoted formula with a
    /// head is a label.
    @Test(arguments: [
        ("构建“一核引领、两带支撑、多点联动”格局。", "一核引领两带支撑多点联动"),
        ("落实“3+2”政策。", "3+2政策"),
    ])
    func quotedMultiPartAndFormula(text: String, key: String) {
        #expect(slogans(text).keys == [key])
    }
}

extension ExpansionResolverPartsTests {
    /// A definition (a glossary entry with 指) beats a cue-less list next to the mention.
    @Test func aDefinitionBeatsAnUncuedNeighbour() throws {
        let found = slogans("松岭县从严控制“三类支出”，压减会议费用、差旅费用、培训费用。\n\n名词解释\n“三类支出”：指会议费、差旅费、接待费。")
        let body = try #require(found.first("三类支出"))
        #expect(body.expansion?.direction == .elsewhere)
        #expect(body.expansion?.itemTexts == ["会议费", "差旅费", "接待费"])
    }
}
