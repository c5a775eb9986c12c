import Testing
@testable import KouhaoKit

/// The detector end to end, shape by shape, direction by direction, on sentences written
/// for these tests.
@Suite struct SloganDetectorTests {
    // MARK: Shapes

    @Test(arguments: [
        ("全县坚持把“四个优先”落到实处。", "四个优先", SloganKind.counted, [4]),
        ("深入开展“两访三问”活动。", "两访三问", .frame, [2, 3]),
        ("乡镇干部带头落实“四不四争四先锋”精神。", "四不四争四先锋", .frame, [4, 4, 4]),
        ("坚持把“三农”工作作为重中之重。", "三农", .compact, [3]),
        ("推动“新三样”产品扩大出口。", "新三样", .compact, [3]),
        ("园区实施“5321”工程，成效明显。", "5321工程", .digitCode, [5, 3, 2, 1]),
        ("严格落实“两个责任、一个清单”要求。", "两个责任一个清单", .multiPart, [2, 1]),
        ("持续推进“双招双引”，招大引强。", "双招双引", .frame, [2, 2]),
    ])
    func shapes(text: String, key: String, kind: SloganKind, numbers: [Int]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.kind == kind)
        #expect(m.numbers == numbers)
        #expect(m.isQuoted)
    }

    /// The label is reported as written — spaces inside it kept, quotation marks dropped — and
    /// the key normalised (it used to drop the spaces from the label too).
    @Test(arguments: [
        ("坚决打击“三 股势力”，即暴力恐怖势力、民族分裂势力、宗教极端势力。", "三 股势力", "三股势力"),
        ("松岭县推进“两　个清单”，即权力清单、责任清单。", "两　个清单", "两个清单"),
        ("实施“6543”工程。", "6543工程", "6543工程"),
    ])
    func labelAsWrittenKeyNormalised(text: String, label: String, key: String) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.label == label)
    }

    /// No item keeps the separator before it, however the list was read (pairs after a colon,
    /// the label again after the list): it used to give `：开会发文多，解决问题少`.
    @Test func itemsNeverStartOrEndWithASeparator() throws {
        let text = """
        一、“三多三少”：必须下决心根治的顽疾
        松岭县去年暗访了12个部门。概括起来就是：会议开得多，问题解决少；文件发得多，调查研究少；检查评比多，具体指导少。这“三多三少”，说到底还是作风问题。
        """
        let found = slogans(text).filter { $0.key == "三多三少" }
        #expect(!found.isEmpty)
        for m in found {
            let items = try #require(m.expansion?.itemTexts, "三多三少 without its pairs")
            #expect(items == ["会议开得多，问题解决少", "文件发得多，调查研究少", "检查评比多，具体指导少"])
        }
    }

    @Test func unquotedCountedWithASetHead() throws {
        let found = slogans("全体党员要严格遵守八项规定精神，坚决反对特权思想。")
        #expect(found.keys == ["八项规定"])
        #expect(found[0].isQuoted == false)
    }

    @Test func unquotedFrame() {
        #expect(slogans("落实党政同责、一岗双责、齐抓共管。").keys == ["一岗双责"])
    }

    // MARK: Directions

    @Test func afterWithJi() throws {
        let m = try #require(slogans("园区实施“5321”工程，即建设5个园区、培育3个集群、打造2个平台、形成1个品牌。").first("5321工程"))
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == ["建设5个园区", "培育3个集群", "打造2个平台", "形成1个品牌"])
    }

    /// Items that are verb phrases keep their verbs, and the last item keeps its own count.
    @Test func itemsKeepTheirVerbsAndCounts() throws {
        let m = try #require(slogans("开发区实施“三项行动”，即打造三个创新平台、完善两张清单、守住一条底线。").first("三项行动"))
        #expect(m.expansion?.itemTexts == ["打造三个创新平台", "完善两张清单", "守住一条底线"])
    }

    @Test func afterInBrackets() throws {
        let m = try #require(slogans("村里推进“三清”（清垃圾、清沟渠、清杂物）行动。").first("三清"))
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == ["清垃圾", "清沟渠", "清杂物"])
    }

    @Test func afterWithEnumerators() throws {
        let text = "全县要做到“三个到位”：一是思想认识到位，把工作摆上议事日程；二是责任落实到位，层层签订责任书；三是措施保障到位，经费足额拨付。"
        let m = try #require(slogans(text).first("三个到位"))
        #expect(m.expansion?.itemTexts == ["思想认识到位", "责任落实到位", "措施保障到位"])
    }

    @Test func afterWithoutCueWhenTheFrameMatches() throws {
        let text = "镇里启动“两清一改”行动，清垃圾、清淤泥，改旱厕，村容明显改善。"
        let m = try #require(slogans(text).first("两清一改"))
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == ["清垃圾", "清淤泥", "改旱厕"])
    }

    @Test func beforeWithZhe() throws {
        let m = try #require(slogans("形式主义、官僚主义、享乐主义和奢靡之风这“四风”，群众深恶痛绝。").first("四风"))
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts == ["形式主义", "官僚主义", "享乐主义", "奢靡之风"])
    }

    @Test func beforeAdjacentQuotation() throws {
        let m = try #require(slogans("坚持“网格化、专业化、信息化”“三化并举”，提升管理水平。").first("三化并举"))
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts == ["网格化", "专业化", "信息化"])
    }

    @Test func beforeWithDeng() throws {
        let m = try #require(slogans("重点培育装备制造、电子信息、新材料等“三大主导产业”。").first("三大主导产业"))
        #expect(m.expansion?.itemTexts == ["装备制造", "电子信息", "新材料"])
    }

    @Test func elsewhereFromAGlossary() throws {
        let text = "今年全面实施“两提一降”工程，成效明显。\n\n名词解释\n两提一降：指提升服务效率、提升群众满意度、降低企业成本。\n"
        let found = slogans(text)
        let body = try #require(found.first)
        #expect(body.expansion?.direction == .elsewhere)
        #expect(body.expansion?.itemTexts == ["提升服务效率", "提升群众满意度", "降低企业成本"])
        #expect(found.count == 2)
        #expect(found[1].expansion?.direction == .after)
    }

    @Test func laterMentionsBorrowTheExpansion() throws {
        let text = "我们推行“三联”机制，即联系企业、联系项目、联系群众。一年来，“三联”机制覆盖全县。"
        let found = slogans(text)
        #expect(found.map(\.expansion?.direction) == [.after, .elsewhere])
        #expect(found[1].expansion?.itemTexts == ["联系企业", "联系项目", "联系群众"])
    }

    // MARK: Item boundaries

    /// Parallel items give the first and the last item their frame: the verb that takes the
    /// list and the words that run on after it are cut.
    @Test(arguments: [
        ("加强村集体“三资”管理，即规范资金、资产、资源监督管理。", "三资", ["资金", "资产", "资源"]),
        ("全面整治农业、农村、农民问题这“三农”短板。", "三农", ["农业", "农村", "农民"]),
        ("深入推进打击涉枪、涉毒、涉黄专项行动这“三涉”整治。", "三涉", ["涉枪", "涉毒", "涉黄"]),
        ("整治“三无”小区，即无物业管理单位、无垃圾收集设施、无卫生保洁人员的城区老旧小区。", "三无",
         ["无物业管理单位", "无垃圾收集设施", "无卫生保洁人员"]),
        ("推进“三权”改革，即形成林地所有权、承包权、经营权改革新格局。", "三权", ["所有权", "承包权", "经营权"]),
        ("实施“三品一标”认证，即无公害食品、绿色食品、有机食品和地理标志产品。", "三品一标",
         ["无公害食品", "绿色食品", "有机食品", "地理标志产品"]),
    ])
    func parallelItemsAlignToTheirFrame(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// A heading names a counted label; the sentences of its section open with the items,
    /// each ending with the label's head (after an enumerator, adverbs and one verb).
    @Test(arguments: [
        ("（三）实施“三大行动”。开展街巷整治行动。改造老旧小区40个，新建停车场10处。推进河湖清洁行动，完成12条河道清淤。实施绿化提升行动。新增绿地100公顷。\n（四）深化改革开放。实施营商环境优化行动。",
         "三大行动", ["街巷整治行动", "河湖清洁行动", "绿化提升行动"]),
        ("全力打赢两大攻坚战\n今年是决胜之年，两大攻坚战必须全力以赴。\n一是坚决打好精准脱贫攻坚战。确保贫困人口全部脱贫。\n二是全力打好污染防治攻坚战。PM2.5浓度下降5%。\n（五）保障和改善民生",
         "两大攻坚战", ["精准脱贫攻坚战", "污染防治攻坚战"]),
    ])
    func sectionSentencesOpenWithTheItems(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.direction == .after)
        #expect(m.expansion?.itemTexts == items)
    }

    /// Not when the section names more items than the label counts, nor when the label
    /// stands inside a long sentence.
    @Test(arguments: [
        "（二）实施“两大工程”。实施道路提升工程。实施绿化美化工程。实施老旧小区改造工程。",
        "我们在推进“两大工程”的过程中取得了很大成绩，各方面都很满意。实施道路提升工程。实施绿化美化工程。",
    ])
    func sectionSentencesMustMatchTheCount(text: String) throws {
        let m = try #require(slogans(text).first("两大工程"))
        #expect(m.expansion == nil)
    }

    /// A quoted label opening its clause takes the 、 list of the clause before it.
    @Test func beforeInThePreviousClause() throws {
        let m = try #require(slogans("大力开展大众创业、万众创新，“双创”基地达到100个。").first("双创"))
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts == ["大众创业", "万众创新"])
    }

    /// No list: verbs whose object the label is, or the first items of a longer 、 list.
    @Test(arguments: [
        "落实和完善“双创”政策措施。",
        "引入优质“双创”服务体系入驻本市，积聚创新要素、创业人才、创造产业的巨大能量。",
    ])
    func notAList(text: String) throws {
        let m = try #require(slogans(text).first("双创"))
        #expect(m.expansion == nil)
    }

    /// Parts named with a dash: the dash is a cue, and the part's name is not an item.
    @Test(arguments: [
        ("打造“一核两翼”：一核—中心城区；两翼—东部新城、西部新城。", "一核两翼", ["中心城区", "东部新城", "西部新城"]),
        ("构建“两区三园”格局。两区三园：两区—高新区、经开区；三园—科技园、物流园、创意园。", "三园", ["科技园", "物流园", "创意园"]),
    ])
    func partsNamedWithADash(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Two labels with one colon, each then defined on its own: each takes its own list.
    @Test func twoLabelsDefinedInTurn() throws {
        let text = "实施“三大行动”“三大计划”：“三大行动”是指交通整治行动、环境提升行动、秩序规范行动。“三大计划”是指交通优化计划、停车治理计划、慢行覆盖计划。"
        let found = slogans(text)
        for m in found where m.key == "三大计划" {
            #expect(m.expansion?.itemTexts == ["交通优化计划", "停车治理计划", "慢行覆盖计划"])
        }
        #expect(found.first("三大行动")?.expansion?.itemTexts == ["交通整治行动", "环境提升行动", "秩序规范行动"])
    }

    // MARK: Nesting and parts

    @Test func nestedSlogansInsideAnExpansion() throws {
        let text = "开发区实施“4321”工程：建好“四个台账”，落实“三项制度”，用好“两张清单”，守牢“一条底线”。"
        let found = slogans(text)
        let outer = try #require(found.first("4321工程"))
        #expect(outer.expansion?.itemTexts == ["建好“四个台账”", "落实“三项制度”", "用好“两张清单”", "守牢“一条底线”"])
        for nested in ["四个台账", "三项制度", "两张清单"] { #expect(found.first(nested) != nil, "\(nested)") }
    }

    @Test func labelsDefinedPartByPart() throws {
        let text = "确保实现“一控两减”目标。“一控”是指控制用水总量，“两减”是指减少化肥、农药使用量。"
        let m = try #require(slogans(text).first("一控两减"))
        #expect(m.expansion?.itemTexts == ["控制用水总量", "减少化肥", "农药使用量"])
    }

    // MARK: Traps

    @Test(arguments: [
        "这项工作用了三个月时间，两个部门联合推进。",
        "全年签约12个项目，总投资10亿元。",
        "第二批项目已经开工，一是加强领导，二是压实责任。",
        "认真学习党的十九大精神。",
        "“五一”假期游客增多，二〇二二年以来增长明显。",
        "全体干部一马当先，园区里五颜六色的花开了。",
        "开设“一站式”服务窗口，“一把手”亲自抓。",
        "对照“中国制造2025”，“90后”成为主力。",
        "严格执行“两票制”，即药品从生产到医院只开两次发票。",
        "长江三峡是著名景区。",
        "落实十八届三中全会精神。",
    ])
    func trapsAreNotSlogans(text: String) {
        #expect(slogans(text).isEmpty, "\(slogans(text).keys)")
    }

    // MARK: Traditional and full-width text

    @Test func traditionalCharacters() throws {
        let m = try #require(slogans("堅持“四個全面”戰略布局。").first)
        #expect(m.label == "四個全面")
        #expect(m.key == "四个全面")
        #expect(m.kind == .counted)
    }

    @Test func fullWidthDigitsKeepTheirOffsets() throws {
        let text = "园区实施“６５４３”工程。"
        let m = try #require(slogans(text).first)
        #expect(m.numbers == [6, 5, 4, 3])
        #expect(m.label == "６５４３工程")
        let source = SourceText(text)
        #expect(source.text(in: m.range) == "６５４３”工程")
    }

    @Test func offsetsReferToTheTextAsRead() throws {
        let text = "𠀀坚持“两学一做”常态化。"   // a supplementary character first
        let m = try #require(slogans(text).first)
        #expect(SourceText(text).text(in: m.range) == "两学一做")
        #expect(m.range == 4..<8)
    }

    /// Labels with huge numbers (两大三千亿级: 2 and 3×10¹¹) cost no more than small ones:
    /// the expected items are built up to the list's length, never up to the label's value.
    @Test func hugeNumbersAreNoLoopBounds() {
        #expect(slogans("做强物流、会展等两大三千亿级板块。").isEmpty)
        #expect(slogans("建设港口、会展、文旅等三大两千亿级").isEmpty)
    }

    @Test func emptyAndNumberlessTexts() {
        #expect(slogans("").isEmpty)
        #expect(slogans("没有任何数字的句子。").isEmpty)
    }
}
