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
    // Word classes for the verdicts below: a verb that heads a clause (learned mark o or p), a
    // noun, a name.
    static let vo = WordClass([.verb, .takesObject]).rawValue
    static let n = WordClass.noun.rawValue
    static let ns = WordClass([.noun, .name]).rawValue

    static func verdict(_ classes: [UInt8], _ words: [String]) -> TermGrammar.Verdict {
        TermGrammar.verdict(classes: classes, isNumber: classes.map { _ in false }, lengths: words.map(\.count),
                            lastUnits: Array(words.last!.utf16)[...], firstUnits: Array(words[0].utf16)[...],
                            secondUnits: words.count > 1 ? Array(words[1].utf16)[...] : nil, documents: { 0 })
    }

    @Test(arguments: [
        // A verb that heads a clause, with its object, however long (会见|新加坡|总理).
        ([vo, ns, n], ["会晤", "松岭县", "县长"], TermGrammar.Verdict.fragment),
        ([vo, n, n], ["加强", "河道", "管护"], .fragment),
        // Such a verb inside the run: a subject, the verb, its object (中央组织部|下发|通知).
        ([ns, vo, n], ["青川湾县委", "下发", "通知"], .fragment),
        // At the end, after its subject (北京|举行, 十八大|确定).
        ([ns, vo], ["松岭县", "举行"], .fragment),
        // A verb and one character make a compound noun (曝光|台).
        ([vo, n], ["曝光", "台"], .term(factor: 1)),
        // Nouns alone stay terms.
        ([ns, n, n], ["青川湾县", "河道", "管护"], .term(factor: 1)),
    ])
    func aVerbThatHeadsAClauseMakesAFragmentWhereverItStands(classes: [UInt8], words: [String], expected: TermGrammar.Verdict) {
        #expect(Self.verdict(classes, words) == expected)
    }

    @Test func clausesAroundAPredicateAreNoTerms() {
        // 举行 and 下发 are predicates of the built-in lexicon (learned from a corpus); ICU alone
        // (no word classes) would keep the runs.
        let s = "松岭县委下发通知，青川湾县委下发通知。庆典在松岭县举行，论坛在松岭县举行。"
        let terms = T.terms(s)
        #expect(terms["松岭县委下发通知"] == nil && terms["青川湾县委下发通知"] == nil)
        #expect(terms["松岭县举行"] == nil)
        let icu = T.terms(s, tokenizer: T.icuTokenizer)
        #expect(icu["松岭县举行"] == 2)
    }

    @Test(arguments: [
        // Quantities: a numeral with its measure, in one token or two.
        ("一艘", "名为", true), ("一", "批", true), ("两万块", "钱", true), ("半个", "多月", true),
        ("十多辆", nil, true), ("一万多名", "游客", true), ("一句", "汉语", true),
        // After any numeral, measures that only count (七集, 三|名), not those of numbered terms.
        ("七集", "政论", true), ("三", "名", true),
        // Determiners.
        ("很多", "居民", true), ("部分", "国家", true), ("这份", "草案", true),
        // Numbered terms, idioms and dates are no quantities.
        ("三大", "攻坚战", false), ("十八大", "精神", false), ("两会", nil, false), ("五个", "国际化", false),
        ("一波三折", nil, false), ("一号", "文件", false), ("一带", "一路", false), ("2035", "年", false),
        ("青川湾县", "河道", false),
    ] as [(String, String?, Bool)])
    func quantitiesAndDeterminersStartNoTerm(first: String, second: String?, expected: Bool) {
        #expect(TermGrammar.startsWithQuantity(Array(first.utf16)[...], second.map { Array($0.utf16)[...] }) == expected)
    }

    @Test func aQuantityIsNoKeyword() {
        let s = "很多居民赶来，很多居民留下，松岭县居民欢迎。一艘名为青川号的货船，一艘名为松岭号的货船。"
        let terms = T.terms(s)
        #expect(terms["很多居民"] == nil && terms["一艘名为"] == nil)
        #expect(terms["居民"] == 3)
    }

    @Test func runsCutAtAnEdgeByTheirSentenceAreFragments() {
        let n = WordClass.noun.rawValue, ns = WordClass.noun.rawValue | WordClass.name.rawValue
        let d = WordClass.function.rawValue | WordClass.adverb.rawValue
        func cut(_ words: [String], classes: [UInt8], numbers: [Bool]? = nil) -> Bool {
            TermGrammar.cutEdge(classes: classes, isNumber: numbers ?? words.map { _ in false }, lengths: words.map(\.count),
                                firstUnits: Array(words.first!.utf16)[...], lastUnits: Array(words.last!.utf16)[...])
        }
        let table: [(words: [String], classes: [UInt8], numbers: [Bool]?, cut: Bool)] = [
            // A counting measure left by its numeral (一张购票日历, 三句名言).
            (["张", "购票", "日历"], [0, n, n], nil, true),
            (["句", "名言"], [0, n], nil, true),
            // A one-character function word or an approximate numeral at the end (松岭县则, 青川湾多地).
            (["松岭县", "则"], [ns, d], nil, true),
            (["青川湾", "多"], [ns, 0], nil, true),
            // A quantity or an ordinal at the end.
            (["下放", "一批"], [WordClass.verb.rawValue, 0], nil, true),
            (["下放", "一", "批"], [WordClass.verb.rawValue, 0, 0], [false, true, false], true),
            (["县政府", "第一次"], [n, 0], nil, true),
            (["全省", "首条"], [n, 0], nil, true),
            // Not cut: a numbered term, a term ending in a word, a measure that is a noun.
            (["两个", "一百年"], [0, 0], [true, true], false),
            (["湿地", "保护"], [n, WordClass.verb.rawValue | n], nil, false),
            (["第一", "书记"], [0, n], nil, false),
            (["名", "专家"], [n, n], nil, false),
        ]
        for row in table {
            #expect(cut(row.words, classes: row.classes, numbers: row.numbers) == row.cut, "\(row.words)")
        }
    }

    @Test func aDeicticTimeWordIsNoKeywordNorItsStart() {
        let n = WordClass.noun.rawValue
        func verdict(_ words: [String]) -> TermGrammar.Verdict {
            TermGrammar.verdict(classes: words.map { _ in n }, isNumber: words.map { _ in false }, lengths: words.map(\.count),
                                lastUnits: Array(words.last!.utf16)[...], firstUnits: Array(words.first!.utf16)[...],
                                secondUnits: words.count > 1 ? Array(words[1].utf16)[...] : nil, documents: { 0 })
        }
        #expect(verdict(["当天", "早晨"]) == .fragment)
        #expect(verdict(["今晚"]) == .fragment)
        #expect(verdict(["年初", "开工"]) == .fragment)
        // Eras are no deictic time: 当代青年 and 现代服务业 stay terms.
        #expect(verdict(["当代", "青年"]) == .term(factor: 1))
        #expect(verdict(["现代", "服务业"]) == .term(factor: 1))
        let s = "松岭县今晚播出专题片，青川湾县今晚播出专题片。"
        #expect(T.terms(s)["今晚播出专题片"] == nil)
        #expect(T.terms(s)["今晚"] == nil)
    }
}
