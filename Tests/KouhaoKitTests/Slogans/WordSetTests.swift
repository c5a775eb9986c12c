import Testing
@testable import KouhaoKit

@Suite struct WordSetTests {
    /// Words of every storage class: packed (1–4 units), packed pairs (5–8), long (9+).
    static let words: WordSet = ["山", "青川", "松岭县", "青川湾县", "松岭县工程", "青川湾县三大行动", "松岭县四个一行动方案", "一马当先"]

    @Test(arguments: [
        ("山", true), ("青川", true), ("松岭县", true), ("青川湾县", true), ("松岭县工程", true),
        ("青川湾县三大行动", true), ("松岭县四个一行动方案", true), ("一马当先", true),
        ("水", false), ("青山", false), ("松岭", false), ("青川湾", false), ("松岭县工", false),
        ("青川湾县三大行", false), ("青川湾县三大行动计", false), ("松岭县四个一行动方", false), ("", false),
    ])
    func containsWordsOfEveryLength(word: String, expected: Bool) {
        #expect(Self.words.contains(word) == expected)
        #expect(Self.words.contains(Array(word.utf16)[...]) == expected)
    }

    @Test(arguments: [
        ("青川湾县三大行动方案", 0, true), ("在青川湾县", 0, false), ("在青川湾县", 1, true),
        ("135号工程", 3, false), ("松岭县四个一行动方案", 0, true), ("湾", 0, false), ("青", 0, false),
    ])
    func wordStartingAtAnOffset(text: String, offset: Int, expected: Bool) {
        #expect(Self.words.hasWord(startingAt: offset, in: Array(text.utf16)) == expected)
    }

    @Test func attachableHeadsStartAfterDigits() {
        let u = Array("135号工程".utf16)
        #expect(SloganLexicon.attachableHeads.hasWord(startingAt: 4, in: u))
        #expect(!SloganLexicon.attachableHeads.hasWord(startingAt: 3, in: u))
    }
}
