import Testing
@testable import KouhaoKit

@Suite struct TermGrammarTests {
    typealias T = KeywordTesting

    // Each sentence makes the run free on both sides and repeated, so that only the grammar
    // keeps it out; ICU alone (no word classes) shows that it would otherwise be a term.

    @Test func aVerbAndItsObjectAreNoTerm() {
        // 致|贺信 repeats after different words, but 致 takes an object: a clause's fragment.
        let s = "松岭县代表团致贺信，青川湾县政府致贺信。"
        #expect(T.terms(s)["致贺信"] == nil)
        #expect(T.terms(s, tokenizer: T.icuTokenizer)["致贺信"] == 2)
    }

    @Test func aVerbBeforeANameIsAClause() {
        // 抵达 often ends a sentence (so it is not marked as taking an object), but a verb
        // followed by a place name is a clause's fragment wherever it stands in the run.
        let v = WordClass.verb.rawValue, ns = WordClass.noun.rawValue | WordClass.name.rawValue
        #expect(TermGrammar.verdict(classes: [v, ns], isNumber: [false, false], lengths: [2, 2],
                                    lastUnits: Array("荷兰".utf16)[...], documents: { 0 }) == .fragment)
        #expect(TermGrammar.verdict(classes: [WordClass.noun.rawValue, v, ns], isNumber: [false, false, false], lengths: [2, 2, 2],
                                    lastUnits: Array("希腊".utf16)[...], documents: { 0 }) == .fragment)
        // A name before the verb is no clause by this rule (松岭县|建设 is a subject and a verb-noun).
        #expect(TermGrammar.verdict(classes: [ns, WordClass.noun.rawValue], isNumber: [false, false], lengths: [3, 2],
                                    lastUnits: Array("建设".utf16)[...], documents: { 0 }) == .term(factor: 1))
        let s = "代表团抵达荷兰访问，考察组抵达荷兰调研。"
        #expect(T.terms(s)["抵达荷兰"] == nil)
        #expect(T.terms(s, tokenizer: T.icuTokenizer)["抵达荷兰"] == 2)
    }

    @Test func aSubjectAndItsVerbAreNoTerm() {
        let s = "松岭县的河道治理取得成效。青川湾县的河道治理取得进展。河道治理是重点。"
        let terms = T.terms(s)
        #expect(terms["河道治理取得"] == nil)
        #expect(terms["河道治理"] == 3)
        #expect(T.terms(s, tokenizer: T.icuTokenizer)["河道治理取得"] == 2)
    }

    @Test func aModifierWithoutItsHeadIsNoTerm() {
        // An adverb at the end: 合作|不断.
        let s = "两县合作不断深化，双方合作不断拓展。"
        #expect(T.terms(s)["合作不断"] == nil)
        #expect(T.terms(s, tokenizer: T.icuTokenizer)["合作不断"] == 2)
        // An adverb and a verb at the end: a report's phrase, not a term.
        #expect(T.terms("坚定支持松岭县，坚定支持青川湾县。")["坚定支持"] == nil)
    }

    @Test func companyFormsAreNoKeywords() {
        let s = "青川湾县恒远科技有限公司投产。恒远科技有限公司扩产。"
        #expect(T.terms(s).keys.allSatisfy { !$0.hasSuffix("有限公司") })
        // The rule reads the last word's text, whatever the tokenizer: the run is a term without it.
        let n = WordClass.noun.rawValue
        #expect(TermGrammar.verdict(classes: [0, n], isNumber: [false, false], lengths: [4, 4],
                                    lastUnits: Array("有限公司".utf16)[...], documents: { 0 }) == .fragment)
        #expect(TermGrammar.verdict(classes: [0, n], isNumber: [false, false], lengths: [4, 4],
                                    lastUnits: Array("研究中心".utf16)[...], documents: { 0 }) == .term(factor: 1))
    }

    @Test func runsOfVerbsStayTermsWithTheGenericFactor() {
        // 练兵|备战: verbs only, a term of the army's reports, scored down as generic.
        #expect(T.terms("松岭县的民兵练兵备战。青川湾县练兵备战。")["练兵备战"] == 2)
        let v = WordClass.verb.rawValue
        #expect(TermGrammar.verdict(classes: [v, v], isNumber: [false, false], lengths: [2, 2],
                                    lastUnits: Array("备战".utf16)[...], documents: { 0 }) == .term(factor: 0.5))
        #expect(TermGrammar.verdict(classes: [WordClass.noun.rawValue, v], isNumber: [false, false], lengths: [2, 2],
                                    lastUnits: Array("备战".utf16)[...], documents: { 0 }) == .term(factor: 1))
    }

    @Test func anAdjectiveAndANounSinkUnlessTheCorpusKnowsThem() {
        let a = WordClass.adjective.rawValue, n = WordClass.noun.rawValue
        let rare = TermGrammar.verdict(classes: [a, n], isNumber: [false, false], lengths: [2, 2], lastUnits: Array("感受".utf16)[...]) { 4 }
        let known = TermGrammar.verdict(classes: [a, n], isNumber: [false, false], lengths: [2, 2], lastUnits: Array("乡村".utf16)[...]) { 152 }
        #expect(rare == .term(factor: 0.5) && known == .term(factor: 1))
    }
}
