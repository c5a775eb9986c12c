import Testing
@testable import KouhaoKit

@Suite struct TermStatisticsTests {
    typealias T = KeywordTesting

    @Test func wordsICUSplitsComeBackWhole() {
        let terms = T.terms("开发区把招商引资作为一号工程。全员招商引资，推进开发区建设。招商工作要实。")
        #expect(terms["招商引资"] == 2)
        #expect(terms["开发区"] == 2)
        // Fragments: 招商引 is always followed by 资, 商引资 always preceded by 招.
        #expect(terms["招商引"] == nil)
        #expect(terms["商引资"] == nil)
        #expect(terms["引资"] == nil)
    }

    @Test func stopWordsAndPunctuationEndTerms() {
        let s = "园区招商引资和企业服务，园区招商引资和企业服务。"
        let terms = T.terms(s)
        #expect(terms.keys.allSatisfy { !$0.contains("和") && !$0.contains("，") })
        #expect(terms["园区招商引资"] == 2 && terms["企业服务"] == 2)
        // With no stop words, 和 joins the run.
        let none = T.terms(s, configuration: .init(stopWords: .none))
        #expect(none["园区招商引资和企业服务"] == 2)
    }

    @Test func aSideWhereICUOnlyCutBetweenSingleCharactersIsNoBoundary() {
        let terms = T.terms("不怕苦，争当扛担先锋；不畏难，争当扛责先锋；不懈怠，争当扛事先锋；不服输，争当扛旗先锋。")
        #expect(terms["争当扛"] == nil)
        #expect(terms["先锋"] == 4)
    }

    @Test func aLocalizerCannotEndATerm() {
        let sentence = "铜溶在蚀刻液中，镍溶在蚀刻液中。"
        #expect(T.terms(sentence)["蚀刻液中"] == nil)
        // Without the edge rules the run is a term: the rule is what keeps it out.
        let open = TermShape(nonInitial: [], nonFinal: [])
        #expect(T.terms(sentence, configuration: .init(shape: open))["蚀刻液中"] == 2)
    }

    @Test func theEdgeListsAreTheShapes() {
        let sentence = "完成改革任务，启动改革任务，改革任务落实。"
        #expect(T.terms(sentence)["改革任务"] == 3)
        #expect(T.terms(sentence, configuration: .init(shape: TermShape(nonInitial: ["改革"])))["改革任务"] == nil)
        #expect(T.terms(sentence, configuration: .init(shape: TermShape(nonFinal: ["任务"])))["改革任务"] == nil)
    }

    @Test func aRunAlwaysAfterANumberIsAQuantitysTail() {
        // 人死亡 follows 5, 12, 3: all numbers count as one neighbour, so it is not free.
        let terms = T.terms("事故造成5人死亡，另一起造成12人死亡，还有3人死亡。")
        #expect(terms["人死亡"] == nil)
    }

    @Test func aRunEndingInAChineseNumeralIsNoTerm() {
        // 全国两会 → 全国|两|会: 全国两 repeats but ends in a numeral.
        let terms = T.terms("全国两会召开，全国两会闭幕，全国人民欢欣。")
        #expect(terms["全国两"] == nil)
        #expect(terms["全国"] == 3)
    }

    @Test func numbersAndQuantitiesAreNotTerms() {
        let terms = T.terms("2020年完成验收，2020年启动建设，投资2020万元。两个开发区，两个高新区。十八大以来，十八大精神。")
        #expect(terms["2020"] == nil)
        #expect(terms["2020年"] == nil)
        #expect(terms["两个"] == nil)
        #expect(terms["十八大"] == 2)   // 大 is no unit
        // Under ICU alone (2020|年) and without units, 2020年 is a term; with the lexicon overlay
        // a year is one number token (2020年), never a term.
        let open = T.terms("2020年完成验收，2020年启动建设。", configuration: .init(shape: TermShape(units: [])), tokenizer: T.icuTokenizer)
        #expect(open["2020年"] == 2)
        #expect(T.terms("2020年完成验收，2020年启动建设。", configuration: .init(shape: TermShape(units: [])))["2020年"] == nil)
    }

    @Test func minimumLengthKeepsOutSingleCharacters() {
        let terms = T.terms("区里有园区，园区有企业，区里企业多。")
        #expect(terms.keys.allSatisfy { $0.count >= 2 })
        var shape = TermShape.default
        shape.minimumLength = 3
        let longer = T.terms("招商引资促进开发区发展，招商引资促进开发区发展。", configuration: .init(shape: shape))
        #expect(longer.keys.allSatisfy { $0.count >= 3 })
    }

    @Test func sloganSpansCountAsOneTermWhateverTheirShape() throws {
        let s = "实施“6543”工程，推进“6543”工程落地。"
        let text = T.text(s)
        let u = Array(text.units)
        // The span covers 6543”工程 (the inner quote is part of the label's span).
        func span(from start: Int) -> TermSpan { TermSpan(range: start..<(start + 7), label: "6543工程") }
        let first = u.firstIndex(of: UInt16(UnicodeScalar("6").value))!
        let second = u[(first + 7)...].firstIndex(of: UInt16(UnicodeScalar("6").value))!
        let stats = T.statistics(s, spans: [span(from: first), span(from: second)])
        let term = try #require(stats.terms.first { $0.text == "6543工程" })
        #expect(term.isSlogan && term.count == 2 && term.tokens == 1)
        #expect(!stats.terms.contains { $0.text == "工程" })
    }

    @Test func aSloganSpanThatCutsAWordOfTheLexiconIsNoTerm() throws {
        // A span 三这一 starting inside the word 安倍晋三 (a detector's misreading) is no term;
        // the span 三化 on word boundaries is one. ICU alone (no lexicon words) keeps both.
        let s = "推进三化建设，安倍晋三这一说法，安倍晋三这一说法。"
        let u = Array(T.text(s).units)
        func spans(_ label: String) -> [TermSpan] {
            let l = Array(label.utf16)
            return (0...(u.count - l.count)).filter { u[$0..<($0 + l.count)].elementsEqual(l) }.map { TermSpan(range: $0..<($0 + l.count), label: label) }
        }
        let all = spans("三化") + spans("三这一")
        let terms = T.terms(s, spans: all)
        #expect(terms["三化"] == 1 && terms["三这一"] == nil)
        #expect(terms["安倍晋三"] == 2)
        #expect(T.terms(s, spans: all, tokenizer: T.icuTokenizer)["三这一"] == 2)
    }

    @Test func onceSeenRunsNeedTheTableToKnowThem() {
        let s = "研究了光程放大校正因子。"
        #expect(T.terms(s)["光程放大校正因子"] == nil)
        let table = IDFTable(documents: 100, frequencies: ["光程放大校正因子": 5])
        #expect(T.terms(s, known: table)["光程放大校正因子"] == 1)
        let rare = IDFTable(documents: 100, frequencies: ["光程放大校正因子": 2])
        #expect(T.terms(s, known: rare)["光程放大校正因子"] == nil)
    }

    @Test func titleOccurrencesAreCounted() throws {
        let stats = T.statistics("## 赣榆开发区建设提速\n开发区建设提速，开发区项目落地。\n")
        let term = try #require(stats.terms.first { $0.text == "开发区" })
        #expect(term.count == 3 && term.titleCount == 1)
        let firstLine = T.statistics("开发区建设提速\n开发区项目落地。开发区招商。\n")
        #expect(firstLine.terms.first { $0.text == "开发区" }?.titleCount == 1)
        let none = T.statistics("开发区建设提速\n开发区项目落地。\n", configuration: .init(titles: .none))
        #expect(none.terms.first { $0.text == "开发区" }?.titleCount == 0)
    }

    @Test func traditionalAndFullWidthTextGivesSimplifiedTerms() {
        let terms = T.terms("招商引資，開發區建設；招商引資，開發區招商。")
        #expect(terms["招商引资"] == 2)
        #expect(terms["开发区"] == 2)
    }
}
