import Testing
@testable import KouhaoKit

@Suite struct ReadingTextTests {
    @Test func aReadingOfAReadingMapsToTheFirstSource() {
        // A page whose paragraph is wrapped with <br>: its visible text, then joined.
        let line = "松岭县今年持续推进农村人居环境整治全面完成"
        let page = "<p>" + Array(repeating: line, count: 4).joined(separator: "<br>") + "<br>旱厕改造。</p>"
        let visible = HTMLText.read(SourceText(page))
        let joined = visible.then(LineJoiner().join(visible.text))
        #expect(joined.text.string == String(repeating: line, count: 4) + "旱厕改造。\n")
        // 成松 straddles the first <br>: it maps to 成<br>松 in the page source.
        let at = line.utf16.count - 1
        #expect(joined.source.text(utf16: joined.sourceRange(utf16: at..<(at + 2))) == "成<br>松")
        #expect(joined.textRange(ofSourceUTF16: 3..<5) == 0..<2)
    }

    @Test func theIdentityCostsNothing() {
        let reading = ReadingText(SourceText("推进“三农”工作"))
        #expect(reading.isIdentity)
        #expect(reading.sourceRange(utf16: 3..<5) == 3..<5)
        #expect(reading.then(ReadingText(reading.text)).isIdentity)
    }
}
