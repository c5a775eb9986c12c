import Testing
@testable import KouhaoKit

@Suite struct SourceTextTests {
    @Test func bmpOffsetsAreIdentity() {
        let text = SourceText("实施“6543”工程")
        #expect(text.count == 10)
        #expect(text.codePointOffset(utf16: 7) == 7)
        #expect(text.text(in: 3..<10) == "6543”工程")
    }

    @Test func supplementaryCharactersCountOnce() {
        // 𠀀 (U+20000) takes two UTF-16 units but is one code point.
        let text = SourceText("𠀀四风𠀁两学一做")
        #expect(text.utf16.count == 10)
        #expect(text.count == 8)
        #expect(text.codePointOffset(utf16: 2) == 1)   // 四
        #expect(text.codePointOffset(utf16: 1) == 0)   // inside the pair: rounds down
        #expect(text.codePointOffset(utf16: 6) == 4)   // 两
        #expect(text.utf16Offset(codePoint: 4) == 6)
        #expect(text.utf16Offset(codePoint: 1) == 2)
        #expect(text.text(in: 1..<3) == "四风")
        #expect(text.text(in: 4..<8) == "两学一做")
    }
}
