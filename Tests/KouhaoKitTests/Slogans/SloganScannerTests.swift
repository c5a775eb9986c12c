import Testing
@testable import KouhaoKit

/// Candidates the scanner finds or refuses, on sentences written for these tests.
@Suite struct SloganScannerTests {
    /// Digits + 件/项 + a head ending in 实事 are a yearly programme, its items from the
    /// enumeration after it (each the thing made, without its count).
    @Test func aCountedProgrammeWithDigits() throws {
        let m = try #require(slogans("南湖县今年将集中办好12件民生实事：一是新建社区食堂20个；二是改造老旧小区30个；三是新增停车位500个。").first("12件民生实事"))
        #expect(m.numbers == [12])
        #expect(m.expansion?.itemTexts == ["社区食堂", "老旧小区", "停车位"])
    }

    /// Not labels: other digit counts, times after a count, formal numerals, numbers of
    /// children, quoted items before a count of ordinary things, a school list.
    @Test(arguments: [
        "松岭县今年实施12个重点项目，完成10项工程。",
        "相关部门须在3个工作日内完成审批，5个月内办结。",
        "两岸同胞共同维护大陆陆地生态。",
        "全县二孩家庭新增300户，三孩政策落实到位。",
        "松岭县完成“产值”“税收”“就业”三项主要指标。",
        "青川湾县三中、四中合并办学。",
    ])
    func notLabels(text: String) {
        #expect(slogans(text).isEmpty, "\(slogans(text).keys)")
    }

    /// Numbered parts joined by 、 are one label even when the first opens with an idiom
    /// (两手抓).
    @Test func numberedPartsPastAnIdiom() throws {
        let m = try #require(slogans("防汛抗旱两手抓、两不误。").first("两手抓两不误"))
        #expect(m.kind == .multiPart || m.kind == .frame)
    }
}

extension SloganScannerTests {
    /// Formulas of counts and capital-letter variables joined by + before a head are labels.
    @Test(arguments: [("松岭县构建1+K+N体系。", "1+K+N体系"), ("青川湾县推行G+5+N模式。", "G+5+N模式")])
    func formulas(text: String, key: String) {
        #expect(slogans(text).keys == [key])
    }
}
