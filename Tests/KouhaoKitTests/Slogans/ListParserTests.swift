import Testing
@testable import KouhaoKit

@Suite struct ListParserTests {
    func readings(_ s: String) -> [[String]] {
        let index = documentIndex(s)
        let parser = ListParser(index: index)
        return parser.readings(of: 0..<index.count).map { $0.items.map { index.string($0) } }
    }

    @Test func enumerationCommaAndConjunction() {
        let r = readings("形式主义、官僚主义、享乐主义和奢靡之风")
        #expect(r.contains(["形式主义", "官僚主义", "享乐主义", "奢靡之风"]))
        #expect(r.contains(["形式主义", "官僚主义", "享乐主义和奢靡之风"]))
    }

    @Test func semicolonsFirstAndPairItems() {
        let r = readings("比学习，看作风；比服务，看口碑；比实绩，看担当")
        #expect(r.contains(["比学习,看作风", "比服务,看口碑", "比实绩,看担当"]))
        #expect(r.contains(["比学习", "比服务", "比实绩"]))
    }

    @Test func trailingEtcAndCountPhrase() {
        let r = readings("装备制造、电子信息、新材料等三大产业")
        #expect(r.contains(["装备制造", "电子信息", "新材料"]))
        // Without 等, a count phrase is cut only when it counts the items.
        #expect(readings("装备制造、电子信息、新材料三大产业").contains(["装备制造", "电子信息", "新材料"]))
        let own = readings("打造三个平台、完善两张清单、守住一条底线")
        #expect(own.contains(["打造三个平台", "完善两张清单", "守住一条底线"]))
        #expect(!own.contains(["打造三个平台", "完善两张清单", "守住"]))
    }

    @Test func oneClauseHoldingTheList() {
        let r = readings("全县在五年内，建设滨河公园、湿地公园、森林公园等三大公园")
        #expect(r.contains(["建设滨河公园", "湿地公园", "森林公园"]))
    }

    @Test func leadingConjunctionIsTrimmed() {
        let r = readings("示范区，开发区，以及特色园区")
        #expect(r.contains(["示范区", "开发区", "特色园区"]))
    }
}
