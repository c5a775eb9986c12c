import Testing
@testable import KouhaoKit

@Suite struct NormalizedTextSourceOffsetsTests {
    @Test func identityMapsStraightThrough() {
        let text = Normalizer().normalize(SourceText("实施“6543”工程"))
        #expect(text.normalizedRange(ofSourceCodePoints: 3..<10) == 3..<10)
    }

    @Test func expansionsAndSupplementaryCharactersAreAccountedFor() {
        // ㈠ → (一): three units for one source character; 𠀀 is two UTF-16 units.
        let text = Normalizer().normalize(SourceText("㈠四风𠀀两学一做"))
        let sifeng = text.normalizedRange(ofSourceCodePoints: 1..<3)
        #expect(text.string(sifeng) == "四风")
        let lxyz = text.normalizedRange(ofSourceCodePoints: 4..<8)
        #expect(text.string(lxyz) == "两学一做")
    }
}
