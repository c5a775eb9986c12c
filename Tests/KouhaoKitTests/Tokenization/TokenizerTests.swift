import Testing
@testable import KouhaoKit

@Suite struct TokenizerTests {
    let tokenizer = try! Tokenizer()
    let normalizer = Normalizer()

    func tokens(_ s: String) -> [Token] {
        tokenizer.tokens(in: normalizer.normalize(SourceText(s)))
    }

    @Test func coversTheTextWithoutGapsOrOverlaps() {
        let s = "保持安全环保高压态势，实施“6543”工程，即摸清“六涉”企业底数。\r\n第二段 abc 3.5%"
        let ts = tokens(s)
        var expected = 0
        for t in ts {
            #expect(t.range.lowerBound == expected)
            expected = t.range.upperBound
        }
        #expect(expected == s.unicodeScalars.count)
    }

    @Test func kinds() {
        let source = SourceText("实施“6543”工程 GDP")
        let ts = tokenizer.tokens(in: normalizer.normalize(source))
        let pairs = ts.map { (source.text(in: $0.range), $0.kind) }
        #expect(pairs.map(\.0) == ["实施", "“", "6543", "”", "工程", " ", "GDP"])
        #expect(pairs.map(\.1) == [.ideographic, .punctuation, .number, .punctuation, .ideographic, .space, .letter])
    }

    @Test func chineseNumeralTokensAreNumbers() {
        let source = SourceText("四不四争四先锋")
        let ts = tokenizer.tokens(in: normalizer.normalize(source))
        let numbers = ts.filter { $0.kind == .number }.map { source.text(in: $0.range) }
        #expect(numbers == ["四", "四", "四"])
    }

    @Test func traditionalAndFullWidthTokenizeLikeSimplified() {
        let simplified = tokens("坚持“四个全面”，实施“6543”工程")
        let traditional = tokens("堅持“四個全面”，實施“６５４３”工程")
        #expect(simplified.map(\.range) == traditional.map(\.range))
        #expect(simplified.map(\.kind) == traditional.map(\.kind))
    }

    @Test func expandedCharactersStayOneToken() {
        // ℃ and … expand under NFKC; their pieces must not become two tokens of one character.
        let source = SourceText("温度3℃……好")
        let ts = tokenizer.tokens(in: normalizer.normalize(source))
        let texts = ts.map { source.text(in: $0.range) }
        #expect(texts.joined() == "温度3℃……好")
        var seen = Set<Int>()
        for t in ts { for i in t.range { #expect(seen.insert(i).inserted) } }
    }

    @Test func emptyText() {
        #expect(tokens("").isEmpty)
    }
}
