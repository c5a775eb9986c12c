import Testing
@testable import KouhaoKit

@Suite struct LabelMatcherTests {
    let matcher = LabelMatcher(["四风", "四个意识", "四个全面", "两学一做"].map { Array($0.utf16) })

    @Test(arguments: [
        ("增强四个意识", 2, 6, 1),
        ("反对四风问题", 2, 4, 0),
        ("四季如春", 0, nil, nil),
        ("两学一做", 0, 4, 3),
    ] as [(String, Int, Int?, Int?)])
    func longestMatch(text: String, at: Int, end: Int?, pattern: Int?) {
        let match = matcher.longestMatch(in: Array(text.utf16), at: at)
        #expect(match?.end == end)
        #expect(match?.pattern == pattern)
    }

    @Test func everyMatchLongestFirst() {
        let nested = LabelMatcher(["三农", "三农工作"].map { Array($0.utf16) })
        let matches = nested.matches(in: Array("抓好三农工作".utf16), at: 2)
        #expect(matches.map(\.end) == [6, 4])
        #expect(nested.canStart("三".utf16.first!))
        #expect(!nested.canStart("农".utf16.first!))
    }
}
