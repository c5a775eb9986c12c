import Testing
@testable import KouhaoKit

@Suite struct LabelShapeTests {
    func shape(_ s: String) -> LabelShape? {
        let index = documentIndex(s)
        return LabelShape.parse(0..<index.count, in: index)
    }

    @Test(arguments: [
        ("四不四争四先锋", SloganKind.frame, [4, 4, 4], [4, 12]),
        ("五个开发区", .counted, [5], [5]),
        ("两不愁三保障", .frame, [2, 3], [5]),
        ("一突破三提升", .frame, [1, 3], [4]),
        ("三去一降一补", .frame, [3, 1, 1], [5]),
        ("五化并举", .compact, [5], [5]),
        ("6543工程", .digitCode, [6, 5, 4, 3], [4]),
        ("双随机、一公开", .multiPart, [2, 1], [3]),
        ("四位一体", .counted, [4], [4]),
        ("三支一扶", .frame, [3, 1], [4]),
        ("双百", .compact, [2], [2]),
    ])
    func parses(label: String, kind: SloganKind, numbers: [Int], expected: [Int]) throws {
        let s = try #require(shape(label))
        #expect(s.kind == kind)
        #expect(s.numbers == numbers)
        #expect(s.expectedCounts == expected)
    }

    @Test func adjacentNumeralsAreFlagged() throws {
        #expect(try #require(shape("五一")).adjacentNumerals)
        #expect(try #require(shape("九二共识")).adjacentNumerals)
        #expect(try #require(shape("四多四少")).adjacentNumerals == false)
    }

    @Test func prefixBeforeTheFirstNumeral() throws {
        #expect(try #require(shape("约法三章")).prefix.count == 2)
        #expect(try #require(shape("新三样")).prefix.count == 1)
    }
}
