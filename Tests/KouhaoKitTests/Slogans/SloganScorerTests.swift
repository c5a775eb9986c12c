import Testing
@testable import KouhaoKit

/// What the detector weighs: quotations outweigh the softer signs of a word or a name, names
/// and set phrases weigh against a label, and the words around a label count — on sentences
/// written for these tests.
@Suite struct SloganScorerTests {
    // MARK: Quotations outweigh soft vetoes

    /// A quoted number frame is a label even when its characters also serve as units (早),
    /// places (区), words (千万), or when a short scope comes first (全县).
    @Test(arguments: [
        ("青川湾县落实“三早”巡查要求，推进“两溪连通”工程。", ["三早", "两溪连通"]),
        ("打造“全县135便民服务圈”，依托“四区”产业集聚效应。", ["全县135便民服务圈", "四区"]),
        ("松岭县学习借鉴“千万工程”经验，推进“一百千万”工程建设。", ["千万工程", "一百千万工程"]),
        ("深入实施“八八战略”，推进“一区多园”建设。", ["八八战略", "一区多园"]),
        ("围绕“一江、两岸、码头、三山”开展生态整治。", ["一江两岸码头三山"]),
        ("继续推进“老城·两街三巷”改造。", ["老城·两街三巷"]),
        ("实施“生态兴松五大行动”。", ["生态兴松五大行动"]),
        ("全县建成“一老一小”服务站，开展“一站一台”建设。", ["一老一小", "一站一台"]),
    ])
    func quotedLabelsDespiteSoftSigns(text: String, keys: [String]) {
        #expect(slogans(text).keys == keys, "\(text)")
    }

    // MARK: Precision

    /// Brands, awards, events, hotlines, ordinals in quotations; idioms, reduplication and
    /// technical terms in running text; distributive set phrases; a non-list gloss; an outline.
    @Test(arguments: [
        "青川湾镇荣获“十佳宜居小镇”称号。",
        "打造“七彩云岭谷”旅游品牌，举办“百舸争渡”龙舟赛。",
        "开通“12345”市民服务热线，打造“第二极观星空”旅游产品。",
        "两地经济双双突破，隔三岔五开展巡查，客商来自四面八方，研制四发客机。",
        "推行“一企一策”“一村一品”帮扶。",
        "“一码通享”：依托统一身份码，实现公共服务一码通行。",
        "规划共分三个部分：一、总体要求；二、主要任务；三、保障措施。",
        "做强物流、会展等两大三千亿级板块。",
    ])
    func namesAndSetPhrasesAreNoSlogans(text: String) {
        #expect(slogans(text).isEmpty, "\(slogans(text).keys)")
    }

    /// The parts of a code explained inside its parent's gloss are item markers, not slogans.
    @Test func codePartsInsideTheParentsGloss() {
        let text = "“2136”工程：“2”指两个园区，“1”指一条廊道，“3”指三个基地，“6”指六个小镇。"
        #expect(slogans(text).keys == ["2136工程"])
    }

    // MARK: Evidence

    /// The words around a label: a policy verb before it, a name head or an award verb, a
    /// set-naming word after it.
    @Test(arguments: [
        ("全县落实森林防火十二条硬措施。", "十二条硬措施", "policyVerb"),
        ("青川湾镇荣获“十佳宜居小镇”称号。", "十佳宜居小镇", "nameContext"),
        ("途经双塔景区。", "双塔", "nameContext"),
        ("落实用水总量和强度双控要求。", "双控", "labelFollower"),
        ("推行“一企一策”帮扶。", "一企一策", "distributive"),
        ("开展“百企引进”行动。", "百企引进", "roundNumber"),
    ])
    func evidence(text: String, key: String, feature: String) throws {
        let detector = try SloganDetector(configuration: .init(minimumConfidence: 0, explain: true))
        let found = detector.mentions(in: Normalizer().normalize(SourceText(text)))
        let m = try #require(found.first(key), "\(key) not a candidate in \(text): \(found.keys)")
        #expect(m.evidence[feature] == 1, "\(m.evidence)")
    }

    /// Explaining adds the evidence and changes nothing else.
    @Test func explainingChangesNothingElse() throws {
        let text = "形式主义、官僚主义、享乐主义和奢靡之风这“四风”，群众深恶痛绝。"
        let plain = slogans(text)
        let explained = try SloganDetector(configuration: .init(explain: true)).mentions(in: Normalizer().normalize(SourceText(text)))
        #expect(plain.map(\.confidence) == explained.map(\.confidence))
        #expect(explained.first?.evidence["listBefore"] == 1)
        #expect(plain.first?.evidence.isEmpty == true)
    }

    /// The scorer is monotone in its evidence: a marked list of the right count raises a
    /// candidate's confidence.
    @Test func aListRaisesConfidence() throws {
        let bare = try #require(slogans("这项工作由“三清”小组负责。").first("三清"))
        let listed = try #require(slogans("这项工作由“三清”小组负责，即清垃圾、清沟渠、清杂物。").first("三清"))
        #expect(listed.confidence > bare.confidence)
    }
}
