import Testing
@testable import KouhaoKit

@Suite struct LexiconTests {
    let normalizer = Normalizer()

    func words(_ s: String, _ tokenizer: Tokenizer) -> [String] {
        let text = normalizer.normalize(SourceText(s))
        return tokenizer.tokens(in: text).filter(\.isWordLike).map { String(decoding: text.units[$0.normalizedRange], as: UTF16.self) }
    }

    @Test func parsesJiebasUserDictionaryFormat() throws {
        let entries = try Lexicon.entries(parsing: Array("青川湾县 12 ns\n松岭县\n# 注释\n云溪新区 nz\n\n霞浦 湾区 5\n".utf8))
        #expect(entries == [
            Lexicon.Entry(word: "青川湾县", frequency: 12, tag: "ns"),
            Lexicon.Entry(word: "松岭县"),
            Lexicon.Entry(word: "云溪新区", tag: "nz"),
            Lexicon.Entry(word: "霞浦 湾区", frequency: 5),
        ])
        // Traditional and full-width forms are normalized as text is.
        #expect(try Lexicon.entries(parsing: Array("青川灣縣\n".utf8)).first?.word == "青川湾县")
    }

    @Test func aDictionaryWithoutWordsIsAnErrorOnlyWhenALineHasNone() throws {
        #expect(try Lexicon.entries(parsing: Array("# only comments\n\n".utf8)).isEmpty)
        #expect(throws: KouhaoError.self) { try Lexicon.entries(parsing: [0xFF, 0xFE, 0x00]) }
    }

    @Test func aUserDictionaryKeepsItsWordsWhole() throws {
        let s = "青川湾县实施松岭县经验，青川湾县经济开发区扩区。"
        let plain = try Tokenizer()
        #expect(!words(s, plain).contains("青川湾县"))
        // Without a frequency a word gets just enough to beat its parts, even common ones
        // (经济|开发区).
        let mine = try Lexicon.entries(parsing: Array("青川湾县 ns\n经济开发区\n".utf8))
        let tokenizer = try Tokenizer(lexicon: Lexicon(adding: mine, to: .builtIn))
        let w = words(s, tokenizer)
        #expect(w.filter { $0 == "青川湾县" }.count == 2)
        #expect(w.contains("经济开发区"))
        #expect(Lexicon(adding: mine, to: .builtIn).count == Lexicon.builtIn.count + 2)
    }

    @Test func theBuiltInLexiconKeepsPolicyWordsWhole() throws {
        // 从严治党 and 招商引资, which ICU cuts into characters, are words of the lexicon.
        let tokenizer = try Tokenizer()
        #expect(words("坚持全面从严治党，抓好招商引资。", tokenizer) == ["坚持", "全面", "从严治党", "抓好", "招商引资"])
        let icu = try Tokenizer(lexicon: nil)
        #expect(words("坚持全面从严治党，抓好招商引资。", icu).contains("治"))
    }

    @Test func slogansOfTheSloganLexiconAreOneToken() throws {
        // 四个全面 and 六稳 are labels of the built-in slogan lexicon (slogans.tsv), not words of
        // lexicon.tsv: the built-in word lexicon takes them in.
        #expect(!Lexicon.builtInWords.contains("四个全面") && Lexicon.builtIn.contains("四个全面"))
        let s = "松岭县落实四个全面，做好六稳工作。"
        #expect(words(s, try Tokenizer()) == ["松岭", "县", "落实", "四个全面", "做好", "六稳", "工作"])
        #expect(!words(s, try Tokenizer(lexicon: .builtInWords)).contains("四个全面"))
        // A user's slogan lexicon joins the same way.
        let mine = KnownLabels([KnownLabel(label: "三访三问", kind: .frame, items: [])])
        let tokenizer = try Tokenizer(lexicon: Lexicon(adding: Lexicon.entries(of: mine), to: .builtIn))
        #expect(words("青川湾县开展三访三问活动", tokenizer).contains("三访三问"))
    }

    @Test(arguments: [
        ("2020年3月5日增长25%", ["2020年", "3月", "5日", "增长", "25%"]),
        ("二〇二〇年十二月三十一日", ["二〇二〇年", "十二月", "三十一日"]),
        ("投资3.5亿元，建设10年", ["投资", "3.5亿", "元", "建设", "10", "年"]),
        ("二十个项目，三千万资金", ["二十", "个", "项目", "三千万", "资金"]),
        ("统一月度计划", ["统一", "月度", "计划"]),
    ])
    func numbersKeepTheirDateAndMagnitudeUnits(text: String, expected: [String]) throws {
        #expect(words(text, try Tokenizer()) == expected)
    }

    @Test func numbersAreNumberTokens() throws {
        let text = normalizer.normalize(SourceText("2020年增长25%，二〇二〇年"))
        let kinds = try Tokenizer().tokens(in: text).map(\.kind)
        #expect(kinds == [.number, .ideographic, .number, .punctuation, .number])
    }

    @Test func dashAndEllipsisRunsAreOneToken() throws {
        let source = SourceText("青川湾县——松岭县……")
        let text = normalizer.normalize(source)
        let pieces = try Tokenizer().tokens(in: text).map { source.text(in: $0.range) }
        #expect(pieces.contains("——") && pieces.contains("……"))
    }

    @Test func theOverlayCoversTheTextLikeICU() throws {
        let s = "保持安全环保高压态势，实施“6543”工程，即摸清“六涉”企业底数。\r\n第二段 abc AG600 3.5% 温度3℃……好"
        let source = SourceText(s)
        let text = normalizer.normalize(source)
        var expected = 0
        for t in try Tokenizer().tokens(in: text) {
            #expect(t.range.lowerBound == expected)
            expected = t.range.upperBound
        }
        #expect(expected == s.unicodeScalars.count)
        // Outside Han runs the overlay cuts as ICU does (numbers keep their units).
        let latin = "第二段 abc AG600 3.5 温度"
        let a = try Tokenizer().tokens(in: normalizer.normalize(SourceText(latin))).map(\.normalizedRange)
        let b = try Tokenizer(lexicon: nil).tokens(in: normalizer.normalize(SourceText(latin))).map(\.normalizedRange)
        #expect(a.filter { $0.lowerBound >= 3 } == b.filter { $0.lowerBound >= 3 })
    }

    @Test func anEmptyLexiconLeavesHanRunsToICU() throws {
        let s = "招商引资"
        #expect(words(s, try Tokenizer(lexicon: .empty)) == words(s, try Tokenizer(lexicon: nil)))
    }
    @Test func verbsThatHeadAClauseAreLearnedNotTagged() {
        // The built-in lexicon marks verbs that head a clause from how they behave in a corpus:
        // 会见 (tagged n by jieba) and 举行 take 了 and never follow 的; 治理 and 识别, verbs of
        // technical compounds (河道|治理, 图像|识别), are not marked.
        let object = WordClass.takesObject.rawValue, verb = WordClass.verb.rawValue
        func cls(_ w: String) -> UInt8 {
            Array(w.utf16).withUnsafeBufferPointer { Lexicon.builtIn.trie.wordClass(of: $0) }
        }
        for w in ["会见", "举行", "下发", "取得"] { #expect(cls(w) & object != 0 && cls(w) & verb != 0, "\(w)") }
        for w in ["治理", "识别", "模拟", "企业"] { #expect(cls(w) & object == 0, "\(w)") }
    }
}
