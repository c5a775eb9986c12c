import Testing
@testable import KouhaoKit

/// Item boundaries trimmed to the shape of the other items, on sentences written for these
/// tests: the words every item opens with up to a 的, the verb or adverb that introduces the
/// first item, 有 inside an adjective, and quotations side by side with their count.
@Suite struct ItemTrimmingTests {
    /// Items opening with the same words up to a 的 start after it.
    @Test func sharedOpeningUpToDe() throws {
        let text = "——坚持创新驱动，全力打造“三个中心”。今后五年的主要目标是：生产总值年均增长8%。"
            + "我们要打造全省重要的区域性茶叶中心，推动茶叶加工集聚发展，产值达到50亿元。"
            + "我们要打造全省重要的区域性竹木中心，建设一批竹木加工园区。"
            + "我们要打造全省重要的区域性康养中心，康养产业产值达到30亿元。"
        let m = try #require(slogans(text).first("三个中心"))
        #expect(m.expansion?.itemTexts == ["区域性茶叶中心", "区域性竹木中心", "区域性康养中心"])
    }

    /// Shared openings that hold the label's frame stay (更加注重 for 三个更加注重).
    @Test func sharedOpeningWithTheFrameStays() throws {
        let text = "松岭县坚持“三个更加注重”，即更加注重的创新驱动、更加注重的开放带动、更加注重的普惠共享。"
        let m = try #require(slogans(text).first("三个更加注重"))
        #expect(m.expansion?.itemTexts == ["更加注重的创新驱动", "更加注重的开放带动", "更加注重的普惠共享"])
    }

    /// The words that introduce a list before its label are no part of its first item: an
    /// adverb and a verb (高标准建设), a state verb (正处于), a verb taking the pair (调动, 夺取).
    @Test(arguments: [
        ("青川湾县高标准建设智能制造城、生态康养城、青川智慧谷、青川创新谷“两城两谷”，积极争创省级示范区。",
         "两城两谷", ["智能制造城", "生态康养城", "青川智慧谷", "青川创新谷"]),
        ("全县经济正处于产业转型期、动能转换期、项目攻坚期“三期叠加”阶段。",
         "三期叠加", ["产业转型期", "动能转换期", "项目攻坚期"]),
        ("理顺县与乡镇的财政关系，更好地调动县和乡镇两个积极性。",
         "两个积极性", ["县", "乡镇"]),
        // A verb of winning the pair (奋力夺取).
        ("松岭县上下齐心，奋力夺取湖区治理和山区振兴“双丰收”。",
         "双丰收", ["湖区治理", "山区振兴"]),
    ])
    func introducingWordsBeforeTheFirstItem(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// 有 that closes an adjective (国有) is no particle introducing the item.
    @Test func youInsideAnAdjective() throws {
        let m = try #require(slogans("青川湾县实施“三大融资工程”，即做大做强国有融资担保公司、提升企业信用水平、全面建立风险共担模式。").first("三大融资工程"))
        #expect(m.expansion?.itemTexts == ["做大做强国有融资担保公司", "提升企业信用水平", "全面建立风险共担模式"])
    }

    /// Before a label, the things after 等 are its items when there are as many as it counts;
    /// the list before 等 qualifies them.
    @Test func theThingsAfterDeng() throws {
        let m = try #require(slogans("松岭县实行能源和水资源消耗、建设用地等总量和强度双控行动，推动绿色发展。").first("双控"))
        #expect(m.expansion?.itemTexts == ["总量", "强度"])
    }

    /// Items that are the subjects of clauses end before the clause's predicate.
    @Test func itemsEndBeforeTheirPredicate() throws {
        let text = "南湖县按照“三个全面”工作布局推进各项工作。一年来，全面振兴乡村取得新进展，全面改善生态迈出坚实步伐，全面提升服务开启新局面。"
        let m = try #require(slogans(text).first("三个全面"))
        #expect(m.expansion?.itemTexts == ["全面振兴乡村", "全面改善生态", "全面提升服务"])
    }

    /// Quotations side by side, followed by a count of as many things, are one item each;
    /// followed by a head of their own, they are one item.
    @Test(arguments: [
        ("青川湾县“4+2”平台：指“茶商通”“林贷通”“溪融通”“山创通”四大金融服务平台和“县金融监管平台”“县信用共享平台”两大保障平台。",
         "4+2平台", ["茶商通", "林贷通", "溪融通", "山创通", "县金融监管平台", "县信用共享平台"]),
        ("松岭县实施“三大行动”：指就业促进行动、消费提振行动、“米仓”“菜园”强基行动。",
         "三大行动", ["就业促进行动", "消费提振行动", "“米仓”“菜园”强基行动"]),
    ])
    func quotationsSideBySide(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }
}
