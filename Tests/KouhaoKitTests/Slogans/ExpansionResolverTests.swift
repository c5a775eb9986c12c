import Testing
@testable import KouhaoKit

/// Expansions: which list a label takes and where its items begin and end, on sentences
/// written for these tests.
@Suite struct ExpansionResolverTests {
    /// Item boundaries follow the shape of the other items: what opens only the first item (a
    /// subject, adverbs, the verb that takes the list, a circumstance) goes, and so does a
    /// predicate after the last item of a list before its label.
    @Test(arguments: [
        ("按照研发、孵化、中试、规模生产“四步走”方式推进成果转化。", "四步走", ["研发", "孵化", "中试", "规模生产"]),
        ("我们牢牢守住发展和生态两条底线。", "两条底线", ["发展", "生态"]),
        ("推行“双随机、一公开”，即在监管过程中随机抽取检查对象、随机选派执法检查人员、抽查结果及时公开。", "双随机一公开",
         ["随机抽取检查对象", "随机选派执法检查人员", "抽查结果及时公开"]),
        ("全县农村危房存量和饮水不安全户数实现“双清零”。", "双清零", ["农村危房存量", "饮水不安全户数"]),
        ("青松岭、白石崖、红叶谷并称为松岭县“三绝”。", "三绝", ["青松岭", "白石崖", "红叶谷"]),
    ])
    func itemBoundaries(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// 和/与/及 splits a pair only where it is a word of its own (not the 与 of 参与), and a
    /// verb that carries the label's frame stays with a pair's first item (减少化肥 for 两减).
    @Test(arguments: [
        ("建设“两个环境”，即公平竞争的市场环境和全民参与的创建环境。", "两个环境", ["公平竞争的市场环境", "全民参与的创建环境"]),
        ("落实“两减”，即减少化肥和农药使用量，实施化肥、农药零增长行动。", "两减", ["减少化肥", "农药使用量"]),
    ])
    func conjunctions(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Coded glosses: one item per code part, the code and its cue stripped, a run of titles
    /// one item per title; the parts' own quotations are item markers, not other definitions.
    @Test(arguments: [
        ("“1+3”政策：“1”指的是《松岭县关于加快乡村振兴的意见》，“3”指的是《产业扶持办法》《人才引进办法》《土地保障办法》。", "1+3政策",
         ["松岭县关于加快乡村振兴的意见", "产业扶持办法", "人才引进办法", "土地保障办法"]),
        ("“2136”工程：“2”指两个园区，“1”指一条廊道，“3”指三个基地，“6”指六个小镇。", "2136工程", ["两个园区", "一条廊道", "三个基地", "六个小镇"]),
    ])
    func codedGlosses(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Zipped pairs: two labels sharing one colon each take their halves of the pairs.
    @Test func zippedPairs() throws {
        let text = "园区坚持“两个并重”“两个突破”：坚持引进与培育并重，突破关键技术；坚持建设与管理并重，突破体制障碍。"
        let found = slogans(text)
        #expect(found.first("两个并重")?.expansion?.itemTexts == ["坚持引进与培育并重", "坚持建设与管理并重"])
        #expect(found.first("两个突破")?.expansion?.itemTexts == ["突破关键技术", "突破体制障碍"])
    }

    /// Lists before a label: compounds written without separators after the verb that takes
    /// them, a 、 list before 三位一体 (one in three), a motto counted in characters.
    @Test(arguments: [
        ("必须坚持统筹国内国际两个大局。", "两个大局", ["国内", "国际"]),
        ("开展医疗教育法律“三进村”活动。", "三进村", ["医疗", "教育", "法律"]),
        ("健全政府、社会、家庭“三位一体”的关爱体系。", "三位一体", ["政府", "社会", "家庭"]),
        ("认真贯彻“巩固、增强、提升、畅通”八字方针。", "八字方针", ["巩固", "增强", "提升", "畅通"]),
    ])
    func listsBefore(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts == items)
    }

    /// Not a compound list: words at the clause start, or a modifier before 的.
    @Test(arguments: ["引入优质“双创”服务体系入驻本市。", "打造面向大众的“双创”全程服务。"])
    func noCompoundList(text: String) throws {
        let m = try #require(slogans(text).first("双创"))
        #expect(m.expansion == nil)
    }

    /// A label that is one member of the enumeration before it (after 、 or 和), or the object
    /// of its last verb, takes no list from it.
    @Test(arguments: [
        ("青川湾县坚持以青松精神、白石作风、红叶品格和“三个代表”要求为指引。", "三个代表"),
        ("松岭县做好国防动员、人民防空、“双拥”共建工作。", "双拥"),
        ("为建成松岭新城、实现“两个一百年”奋斗目标而努力。", "两个一百年"),
    ])
    func aMemberOfTheEnumerationIsNotItsName(text: String, key: String) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion == nil)
    }

    /// A list that ends in 的 before its label keeps its last item whole; a last item running on
    /// with a 的-phrase past the one length of the others is cut there.
    @Test(arguments: [
        ("梅溪镇落实最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责的“四个最严”要求。", "四个最严",
         ["最严谨的标准", "最严格的监管", "最严厉的处罚", "最严肃的问责"]),
        ("要认真落实去产能、去库存、去杠杆、降成本、补短板的工作任务，深入推进“三去一降一补”。", "三去一降一补",
         ["去产能", "去库存", "去杠杆", "降成本", "补短板"]),
    ])
    func theEndOfAListBeforeItsLabel(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// An enumeration opening the next sentence gives a counted label its items, each cut to
    /// what ends with the head; a bold heading's label takes the topic sentences of its
    /// section, a generic word after the head (建设) set aside.
    @Test(arguments: [
        ("全县坚持精准发力，纵深推进“三大工程”，打造松岭发展升级版。一是纵深推进科技引领工程，打造创新松岭；二是纵深推进公园城市工程，打造生态松岭；三是纵深推进文化惠民工程，打造人文松岭。",
         "三大工程", ["科技引领工程", "公园城市工程", "文化惠民工程"]),
        ("**大力推进两大物流枢纽建设。**推进青川港航运枢纽建设，新增航线10条。推进松岭空港枢纽建设，开通货运航线。\n**（二）深化改革。**推进商事制度改革。",
         "两大物流枢纽", ["青川港航运枢纽", "松岭空港枢纽"]),
    ])
    func enumerationsAndSections(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first { $0.key.hasPrefix(key) }, "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }
}
