import Testing
@testable import KouhaoKit

/// Scale amounts, telephone lines, coordinated ordinal names and market tiers are no slogans,
/// while the slogans next to them stay — on sentences written for these tests.
@Suite struct SloganScannerAmountsTests {
    /// Each sentence: the slogans it has (often none) beside an amount or a name.
    @Test(arguments: [
        // A scale number alone: an amount.
        ("松岭县经济总量迈入“万亿俱乐部”，青川集团挺进千亿俱乐部。", [String]()),
        ("青川湾县培育“百亿级”项目，开展“百万青年进山林”活动。", []),
        // A service number before its line.
        ("松岭县增强“12345”市民服务热线功能。", []),
        ("青川湾县强化“12345”热线服务功能。", []),
        // Ordinal names side by side: plenums, schools.
        ("新建松岭六中、九中新校区。", []),
        // A tier of the stock market.
        ("白沙河镇新增“新三板”挂牌企业3家，推进“两学一做”。", ["两学一做"]),
    ])
    func amountsAreNoSlogans(text: String, keys: [String]) {
        #expect(slogans(text).keys == keys, "\(text)")
    }

    /// What the rules do not describe stays: tiers (千万), a code with a head that is no line,
    /// a layout with 中心.
    @Test(arguments: [
        ("深入实施“千万工程”。", "千万工程"),
        ("青川湾县聚焦“12345”目标，全力攻坚。", "12345目标"),
        ("松岭县构建“一中心、两基地”格局。", "一中心两基地"),
    ])
    func slogansNextToTheRulesStay(text: String, key: String) {
        #expect(slogans(text).keys.contains(key), "\(slogans(text).keys)")
    }

    /// The predicates themselves, on the shapes of invented labels.
    @Test func predicates() throws {
        let shape = scannerAndShape
        var (s, l) = try shape("万亿俱乐部"); #expect(s.statesScaleAmount(l))
        (s, l) = try shape("百万青年进山林"); #expect(s.statesScaleAmount(l))
        (s, l) = try shape("千万工程"); #expect(!s.statesScaleAmount(l))
        (s, l) = try shape("百千万工程"); #expect(!s.statesScaleAmount(l))
        (s, l) = try shape("五千亿级"); #expect(!s.statesScaleAmount(l))
        (s, l) = try shape("12345市民服务热线"); #expect(s.dialsHotline(l))
        (s, l) = try shape("12345目标"); #expect(!s.dialsHotline(l))
        (s, l) = try shape("四中、五中全会"); #expect(s.coordinatesOrdinalNames(l))
        (s, l) = try shape("一中、两中心"); #expect(!s.coordinatesOrdinalNames(l))
        (s, l) = try shape("三中"); #expect(!s.coordinatesOrdinalNames(l))
        (s, l) = try shape("新三板"); #expect(s.namesMarketBoard(l))
        (s, l) = try shape("三块板"); #expect(!s.namesMarketBoard(l))
    }
}
