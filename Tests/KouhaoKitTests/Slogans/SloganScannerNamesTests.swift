import Testing
@testable import KouhaoKit

/// Numbers that name, rank or count by their form are no slogans, while the slogans next to
/// them stay — on sentences written for these tests.
@Suite struct SloganScannerNamesTests {
    /// Each sentence: the slogans it has (often none) beside a number that names or counts.
    @Test(arguments: [
        // 陆 writes "land", quoted or not.
        ("松岭县大力发展“陆港经济”，打造“陆上通道”。", [String]()),
        ("青川湾县建设“陆海联运”枢纽，推进“两学一做”。", ["两学一做"]),
        // A leading zero: a serial number.
        ("松岭县承担国家“03专项”试点示范。", []),
        ("青川湾县实施“510”工程。", ["510工程"]),
        // Ordinal sectors.
        ("松岭县推动一二三产融合，树立三产联动思维。", []),
        ("青川湾县围绕“二产提质、三产扩容、一产增效”发展。", []),
        ("白沙河镇三产业比重提高，推进“三链融合”。", ["三链融合"]),
        // Both sides of a relation.
        ("巩固青川两党两国关系，推进“一国两制”实践。", ["一国两制"]),
        // Ring roads; a layout with 环 stays.
        ("松岭县启动“一环”西拓工程，打通二环路和外三环，构建“三环两带”格局。", ["三环两带"]),
        // A date before a name, in running text.
        ("松岭县改造八一大道和八一大桥。", []),
        // The levels a list of administrative units names.
        ("编制松岭市县两级财政预算，建成区、市两级政务服务中心。", []),
        ("青川湾县完善市、县（区）、乡（镇）三级公共法律服务体系。", []),
    ])
    func namesAreNoSlogans(text: String, keys: [String]) {
        #expect(slogans(text).keys == keys, "\(text)")
    }

    /// The rules leave alone what they do not describe: a repeated pair, a quoted count of
    /// levels, a frame of counties (not the sides of a relation), a frame of 一 with 产.
    @Test(arguments: [
        ("深入实施“八八战略”。", "八八战略"),
        ("建成“两级政府、三级管理”体制。", "两级政府三级管理"),
        ("青川湾县推进三县一区协同发展，三县一区联动。", "三县一区"),
        ("推进“一企一策”“一产一院”帮扶。", "一产一院"),
    ])
    func slogansNextToTheRulesStay(text: String, key: String) {
        #expect(slogans(text).keys.contains(key), "\(slogans(text).keys)")
    }

    /// The predicates themselves, on the shapes of invented labels.
    @Test func predicates() throws {
        let shape = scannerAndShape
        var (s, l) = try shape("陆港经济"); #expect(s.hasOnlyFormalNumerals(l))
        (s, l) = try shape("三陆联运"); #expect(!s.hasOnlyFormalNumerals(l))
        (s, l) = try shape("03专项"); #expect(s.hasLeadingZero(l))
        (s, l) = try shape("1+0模式"); #expect(!s.hasLeadingZero(l))
        (s, l) = try shape("一二三产"); #expect(s.namesSectors(l))
        (s, l) = try shape("三个产业"); #expect(!s.namesSectors(l))
        (s, l) = try shape("两党两国"); #expect(s.countsBothSides(l))
        (s, l) = try shape("两党"); #expect(s.countsBothSides(l))
        (s, l) = try shape("两岸三地"); #expect(!s.countsBothSides(l))
        (s, l) = try shape("二七广场"); #expect(s.startsWithDatePair(l))
        (s, l) = try shape("一一六"); #expect(!s.startsWithDatePair(l))
        (s, l) = try shape("四环线"); #expect(s.namesRingRoad(l))
        (s, l) = try shape("一环十横"); #expect(!s.namesRingRoad(l))
        (s, l) = try shape("一二三工程"); #expect(!s.startsWithDatePair(l))
    }

    /// A count of levels after the units it counts; not a statement about them (五级书记抓…),
    /// not after one unit (全市三级).
    @Test(arguments: [
        ("编制市县两级财政预算", "两级财政预算", true),
        ("完善市、区（县）、街（镇）、村（居）四级服务体系", "四级服务体系", true),
        ("压实省市县乡村五级书记抓乡村振兴责任", "五级书记抓乡村振兴", false),
        ("建立全市三级政府清单", "三级政府清单", false),
    ])
    func levels(text: String, label: String, counts: Bool) throws {
        let index = documentIndex(text)
        let start = try #require(text.range(of: label)).lowerBound.utf16Offset(in: text)
        let l = try #require(LabelShape.parse(start..<(start + label.utf16.count), in: index))
        #expect(SloganScanner(index: index).countsNamedLevels(l, preceding: start) == counts)
    }
}
