import Testing
@testable import KouhaoKit

@Suite struct TermGrammarTests {
    typealias T = KeywordTesting

    @Test func aVerbAndItsObjectAreNoTerm() {
        // 致|贺信 repeats, but 致 takes an object: the run is a clause's fragment.
        let terms = T.terms("青川湾县代表团致贺信。松岭县代表团致贺信。")
        #expect(terms["致贺信"] == nil)
        #expect(terms["贺信"] == 2)
    }

    @Test func aSubjectAndItsVerbAreNoTerm() {
        let terms = T.terms("松岭县河道治理取得成效，青川湾县河道治理取得进展。")
        #expect(terms["河道治理取得"] == nil && terms["治理取得"] == nil)
        #expect(terms["河道治理"] == 2)
    }

    @Test func aModifierWithoutItsHeadIsNoTerm() {
        let terms = T.terms("两县合作不断深化，两县合作不断拓展。")
        #expect(terms["合作不断"] == nil)
        // An adverb and a verb at the end: a report's phrase, not a term.
        #expect(T.terms("坚定支持松岭县，坚定支持青川湾县。")["坚定支持"] == nil)
    }

    @Test func companyFormsAreNoKeywords() {
        let terms = T.terms("青川湾县恒远科技有限公司投产。恒远科技有限公司扩产。")
        #expect(terms.keys.allSatisfy { !$0.hasSuffix("有限公司") })
    }

    @Test func runsOfVerbsAndTermsStay() {
        // 练兵|备战: verbs only, a term of the army's reports (with the generic factor).
        #expect(T.terms("松岭县民兵练兵备战，青川湾县民兵练兵备战。")["练兵备战"] == 2)
        #expect(TermGrammar.verdict(classes: [WordClass.verb.rawValue, WordClass.verb.rawValue], isNumber: [false, false],
                                    lengths: [2, 2], lastUnits: Array("备战".utf16)[...], documents: { 0 }) == .term(factor: 0.5))
        // Without the lexicon's classes (ICU alone) the grammar says nothing.
        #expect(T.terms("青川湾县代表团致贺信。松岭县代表团致贺信。", tokenizer: T.icuTokenizer)["致贺信"] == 2)
    }

    @Test func anAdjectiveAndANounSinkUnlessTheCorpusKnowsThem() {
        let a = WordClass.adjective.rawValue, n = WordClass.noun.rawValue
        let rare = TermGrammar.verdict(classes: [a, n], isNumber: [false, false], lengths: [2, 2], lastUnits: Array("感受".utf16)[...]) { 4 }
        let known = TermGrammar.verdict(classes: [a, n], isNumber: [false, false], lengths: [2, 2], lastUnits: Array("乡村".utf16)[...]) { 152 }
        #expect(rare == .term(factor: 0.5) && known == .term(factor: 1))
    }
}
