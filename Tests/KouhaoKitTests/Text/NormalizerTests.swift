import Testing
@testable import KouhaoKit

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    @Test(arguments: [
        ("“６５４３”工程", "“6543”工程"),
        ("四個全面", "四个全面"),
        ("兩學一做", "两学一做"),
        ("ＡＢＣ１２３，（一）", "ABC123,(一)"),
        ("三严三实", "三严三实"),
    ])
    func folds(input: String, expected: String) {
        #expect(normalizer.normalize(SourceText(input)).string == expected)
    }

    @Test func oneToOneFoldingKeepsTheIdentityMap() {
        let text = normalizer.normalize(SourceText("堅持“四個全面”"))
        #expect(text.map.isIdentity)
        #expect(text.sourceRange(of: 3..<7) == 3..<7)
    }

    @Test func expansionsMapBackToTheirSourceCharacter() {
        // ㈠ (one character) becomes "(一)" (three): offsets after it must still be right.
        let source = SourceText("㈠四风℃两学一做")
        let text = normalizer.normalize(source)
        #expect(text.string == "(一)四风°C两学一做")
        #expect(!text.map.isIdentity)
        let sifeng = text.sourceRange(of: 3..<5)
        #expect(source.text(in: sifeng) == "四风")
        let liangxue = text.sourceRange(of: 7..<11)
        #expect(source.text(in: liangxue) == "两学一做")
        // A range ending inside an expansion widens to the whole source character.
        #expect(text.sourceRange(of: 0..<1) == 0..<1)
        #expect(text.sourceRange(of: 5..<6) == 3..<4)
    }

    @Test func asWrittenKeepsTraditional() {
        let keep = Normalizer(configuration: .init(compatibility: true, script: .asWritten))
        #expect(keep.normalize(SourceText("四個全面１")).string == "四個全面1")
    }
}
