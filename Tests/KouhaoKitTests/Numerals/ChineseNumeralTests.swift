import Testing
@testable import KouhaoKit

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("两", 2, [2]), ("十二", 12, [1, 2]), ("一百零五", 105, [1, 0, 5]), ("二十", 20, [2, 0]),
        ("一百二十三", 123, [1, 2, 3]), ("三万五千", 35000, [3, 5, 0, 0, 0]), ("〇", 0, [0]),
        ("6543", 6543, [6, 5, 4, 3]), ("２３３０", 2330, [2, 3, 3, 0]), ("二〇二二", 2022, [2, 0, 2, 2]),
        ("十", 10, [1, 0]), ("壹佰", 100, [1, 0, 0]), ("兩", 2, [2]), ("四", 4, [4]),
        ("三千亿", 300_000_000_000, [3] + Array(repeating: 0, count: 11)),
        ("九千万亿", 9_000_000_000_000_000, [9] + Array(repeating: 0, count: 15)),
    ])
    func parses(text: String, value: Int, digits: [Int]) throws {
        let numeral = try #require(ChineseNumeral(text))
        #expect(numeral.value == value)
        #expect(numeral.digits == digits)
    }

    /// Numbers past Int's range are no numbers (and no crash).
    @Test(arguments: ["一些", "二三十", "十十", "", "个", "双", "参", "九万亿亿亿", "九千九百九十九万亿亿亿亿亿亿亿亿"])
    func rejects(text: String) {
        #expect(ChineseNumeral(text) == nil)
    }

    @Test func styles() throws {
        #expect(try #require(ChineseNumeral("135")).style == .arabic)
        #expect(try #require(ChineseNumeral("一百零五")).style == .positional)
        #expect(try #require(ChineseNumeral("一二三")).style == .digitByDigit)
    }

    @Test func classifiesCharacters() {
        #expect(ChineseNumeral.isNumeral("四".utf16.first!))
        #expect(ChineseNumeral.isNumeral("万".utf16.first!))
        #expect(!ChineseNumeral.isNumeral("个".utf16.first!))
    }
}
