import Testing
@testable import KouhaoKit

@Suite struct TermHashTests {
    @Test(arguments: [("招商", "引资"), ("开发", "区"), ("6543", "工程"), ("", "四风"), ("Java", "虚拟机")])
    func concatenationNeedsOnlyTheHashes(a: String, b: String) {
        let combined = TermHash.combine(TermHash.of(a), power: TermHash.power(b.utf16.count), TermHash.of(b))
        #expect(combined == TermHash.of(a + b))
    }

    @Test func asciiLettersAreCaseFolded() {
        #expect(TermHash.of("GDP") == TermHash.of("gdp"))
        #expect(TermHash.of("Java虚拟机") == TermHash.of("java虚拟机"))
        #expect(TermHash.of("开发区") != TermHash.of("开发"))
    }
}
