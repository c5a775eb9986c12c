/// Which runs of tokens are phrases a reader would take as keywords, from the word classes
/// of the tokenizer's lexicon (jieba's part-of-speech tags, and the verbs that take an object,
/// learned from a corpus by `Scripts/build-lexicon`). Internal.
///
/// A candidate is a run of tokens between breaks, so it can cut across the grammar of its
/// sentence. A run is a **fragment**, never a keyword, when
/// - it starts with a preposition, conjunction, particle or pronoun, or with a verb that takes
///   an object followed by that object (致|贺信, 进入|中国, 坚持|历史文化);
/// - a verb of two characters or more is followed by a name, anywhere in it (登陆|海南|琼海,
///   抵达|荷兰): a clause;
/// - it ends with an adverb or another function word (合作|不断, 事件|再度), with a verb that
///   takes an object (治理|取得, 宪法|赋予, 甘地|就任), or with a verb after an adverb or an
///   adjective (坚定|支持, 牢固|树立, 深入|推进);
/// - it is or ends with a company form (有限公司): the name before it is the keyword.
/// The edge rules read words of two characters or more (and the first word whatever its
/// length): single characters are morphemes of compounds as often as words (储|层, 大|鼠,
/// 抗|压), and their tags say little. A run or word without any noun — only verbs,
/// adjectives, adverbs or idioms (学习|贯彻, 全面, 开放) — is a generic word of reports, and so
/// is an adjective with a noun that the reference corpus does not know as a term (真切|感受,
/// 伟大|倡议, 动人|故事; not 美丽|乡村, 美好|生活): their scores are multiplied by
/// ``genericFactor``. Number tokens (十八|大) and words the lexicon does not know (names, new
/// terms) count as nouns.
///
/// Measured: the rules cost CSL dev F1@5 about 0.005 (technical compounds such as 数值|模拟
/// look like subject–verb runs), and keep verb–object and subject–verb fragments out of news.
/// 例：the verdict on 致|贺信 is `.fragment`; on 学习|贯彻 `.term(factor: 0.5)`; on 乡村|振兴
/// `.term(factor: 1)`.
enum TermGrammar {
    /// A fragment, or a term with a score factor.
    /// 例：`.term(factor: 0.5)` for 学习|贯彻.
    enum Verdict: Equatable {
        case fragment
        case term(factor: Float)
    }

    /// Documents of the reference corpus in which an adjective–noun run must occur to count as
    /// a term (of 58,315 in the built-in table): 美丽乡村 152, 伟大倡议 5.
    static let attested: Int32 = 50
    /// The score factor of a term without a noun.
    static let genericFactor: Float = 0.5

    /// Company forms: a run ending with one is no keyword (its name part is).
    static let companyForms: Set<[UInt16]> = Set(
        ["有限公司", "有限责任公司", "股份有限公司", "股份公司", "集团公司", "集团有限公司"].map { Array($0.utf16) })

    typealias C = WordClass

    @inline(__always) static func isNounLike(_ c: UInt8) -> Bool {
        c == 0 || c & (C.noun.rawValue | C.name.rawValue | C.term.rawValue) != 0
    }
    @inline(__always) static func isPureVerb(_ c: UInt8) -> Bool {
        c & C.verb.rawValue != 0 && c & C.noun.rawValue == 0
    }
    @inline(__always) static func isModifier(_ c: UInt8) -> Bool {
        c != 0 && c & (C.noun.rawValue | C.verb.rawValue | C.name.rawValue | C.term.rawValue) == 0
            && c & (C.adjective.rawValue | C.function.rawValue) != 0
    }
    @inline(__always) static func isFunction(_ c: UInt8) -> Bool {
        c & C.function.rawValue != 0 && c & (C.noun.rawValue | C.verb.rawValue | C.name.rawValue) == 0
    }

    /// The verdict on a run whose tokens have classes `classes` (0 for numbers, Latin and
    /// unknown words) and whose number tokens (numerals, digits, slogans; not the approximate
    /// numerals 多, 几) are flagged in `isNumber`.
    /// - Parameters:
    ///   - lastUnits: the last token's text (for company forms).
    ///   - documents: the run's document frequency in the reference corpus (asked only when a
    ///     rule needs it).
    static func verdict(classes: [UInt8], isNumber: [Bool], lengths: [Int], lastUnits: ArraySlice<UInt16>, documents: () -> Int32) -> Verdict {
        let n = classes.count
        if lastUnits.count >= 4, companyForms.contains(Array(lastUnits)) { return .fragment }
        var hasNoun = false
        for k in 0..<n where isNumber[k] || isNounLike(classes[k]) { hasNoun = true; break }
        var factor: Float = hasNoun ? 1 : genericFactor
        guard n >= 2 else { return .term(factor: factor) }
        func word(_ k: Int) -> UInt8 { isNumber[k] ? 0 : classes[k] }
        /// A word of two characters or more: single characters are morphemes of compounds as
        /// often as words (储|层, 大|鼠, 抗|压), and their tags say little.
        func long(_ k: Int) -> UInt8 { isNumber[k] || lengths[k] < 2 ? 0 : classes[k] }
        let takesObject = C.takesObject.rawValue
        // The first word: a preposition, conjunction, particle or pronoun; or a verb that takes
        // an object, with its object (致|贺信, 进入|中国).
        if isFunction(word(0)) && word(0) & C.adverb.rawValue == 0 { return .fragment }
        if isPureVerb(word(0)) && word(0) & takesObject != 0 && (n == 2 || word(1) & C.name.rawValue != 0) {
            return .fragment
        }
        // Any verb of two characters or more followed by a name: a clause (登陆|海南|琼海,
        // 举行|仪式|欢迎|希腊, 抵达|荷兰), whether or not the verb often ends a sentence.
        for k in 0..<(n - 1) where isPureVerb(long(k)) && !isNumber[k + 1] && classes[k + 1] & C.name.rawValue != 0 {
            return .fragment
        }
        // The last word: an adverb or other function word (合作|不断); a verb that takes an
        // object (治理|取得); a verb after an adverb or adjective (坚定|支持).
        if isFunction(long(n - 1)) { return .fragment }
        if isPureVerb(long(n - 1)) {
            if long(n - 1) & takesObject != 0 { return .fragment }
            if isModifier(long(n - 2)) { return .fragment }
        }
        // An adjective and a noun (真切|感受, 伟大|倡议): empty unless the corpus knows it.
        if n == 2, long(0) & C.adjective.rawValue != 0, long(0) & (C.noun.rawValue | C.verb.rawValue) == 0,
           isNounLike(long(1)), documents() < Self.attested {
            factor *= genericFactor
        }
        return .term(factor: factor)
    }
}
