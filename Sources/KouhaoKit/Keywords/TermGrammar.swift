/// Which runs of tokens are phrases a reader would take as keywords, from the word classes
/// of the tokenizer's lexicon (jieba's part-of-speech tags, and the verbs that take an object,
/// learned from a corpus by `Scripts/build-lexicon`). Internal.
///
/// A candidate is a run of tokens between breaks, so it can cut across the grammar of its
/// sentence. A run is a **fragment**, never a keyword, when
/// - it starts with a preposition, conjunction, particle or pronoun, or with a verb that heads
///   a clause followed by its object (致|贺信, 进入|中国, 会见|新加坡|总理, 加强|安全|生产; but
///   a verb and one character is a compound: 曝光|台);
/// - it is or starts with a deictic time word (``timeDeictics``: 今晚|播出|第四集, 当天|早晨);
/// - it is or starts with a quantity or a determiner: a numeral with a measure word (十多辆,
///   一艘|名为, 一|批|重大, 两万块|钱, 半个|多月) or a word of ``determiners`` (很多|居民,
///   部分|国家, 这份|草案); a numbered term (三大|攻坚战, 十八大|精神, 两会) is no quantity;
/// - a verb of two characters or more is followed by a name, anywhere in it (登陆|海南|琼海,
///   抵达|荷兰), or a verb that heads a clause stands inside it (中央组织部|下发|通知,
///   李克强|作出|批示): a clause;
/// - it ends with an adverb or another function word (合作|不断, 事件|再度), with a verb that
///   heads a clause (治理|取得, 宪法|赋予, 北京|举行, 十八大|确定), or with a verb after an
///   adverb or an adjective (坚定|支持, 牢固|树立, 深入|推进);
/// - it is cut at an edge by its sentence (``cutEdge(classes:isNumber:lengths:firstUnits:lastUnits:)``):
///   it starts with a counting measure left by its numeral (张|购票|日历 from 一张购票日历), or
///   ends with a one-character function word (俄罗斯|则), an approximate numeral (欧洲|多 from
///   欧洲多地) or a quantity or ordinal (下放|一批, 国务院|第一次);
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
/// Which verbs head a clause is learned from a corpus (``WordClass/takesObject``: the verbs
/// that rarely end a clause, and the predicates that take 了/着/过 and rarely follow 的), so
/// that verbs of technical compounds (数值|模拟, 污水|处理, 图像|识别) are not among them.
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

    /// Quantifiers and determiners: a run starting with one is a noun phrase of its sentence
    /// (很多|居民, 部分|国家, 这份|草案), not a term. A word class of grammar.
    static let determiners: Set<[UInt16]> = Set(
        ("很多 许多 不少 大量 大批 部分 一些 一定 无数 众多 诸多 多数 少数 大多数 绝大多数 多个 多种 多项 多家 多名 多位 "
            + "这 那 这些 那些 这个 那个 这种 那种 这份 这次 这项 这位 这里 那里 该 各 每 某 某些 其他 其它 其余 所有 全部 整个 "
            + "各种 各类 各项 各地 各级 种种 一系列 此次 本次 历次").split(separator: " ").map { Array($0.utf16) })
    /// Deictic time words: the time of a clause, said from the speaker's day (今晚, 当天, 年初, 今后),
    /// never a keyword nor the start of one (今晚|播出|第四集, 当天|早晨, 今后|几天, 明天|开始).
    /// Not the names of eras (当代, 现代, 近代): 当代青年 is a term. A word class of grammar.
    static let timeDeictics: Set<[UInt16]> = Set(
        ("今天 今晚 今日 今早 今年 明天 明晚 明年 昨天 昨晚 昨日 去年 前天 后天 前年 当天 当晚 当日 当年 次日 翌日 今后 此前 此后 "
            + "目前 近日 近期 日前 现在 如今 过去 年初 年底 年末 年中 月初 月底 月中 上午 下午 晚上 早晨 早上 凌晨 中午 傍晚 "
            + "近年 近年来 多年来 连日 连日来 每天 每年 当前 眼下").split(separator: " ").map { Array($0.utf16) })
    /// The first characters of ``determiners`` (a cheap test before the set's).
    static let determinerHeads: Set<UInt16> = Set(determiners.map { $0[0] })
    /// Characters that make a numeral a quantity (一艘, 两万块, 半个): measure words and units.
    static let measures: Set<UInt16> = Set(("个 项 家 条 名 位 次 种 批 件 类 些 只 张 台 辆 艘 架 枚 座 所 户 口 支 套 块 份 篇 部 本 "
        + "期 届 季 轮 集 句 首 幅 颗 棵 栋 年 月 日 天 周 岁 元 角 万 亿 千 百 倍 米 吨 斤 亩 度 成 折 多 余 几 半 段 场 次 处 起 股 双 对 群 片 层 笔").unicodeScalars.compactMap {
            $0 == " " ? nil : UInt16($0.value) })

    /// Measures that count things after any numeral (七集, 三名, 五艘): numbered terms use
    /// others (三个|代表, 四项|基本|原则, 五大|发展|理念).
    static let countingMeasures: Set<UInt16> = Set("集句艘辆架枚名位岁块张只匹颗棵栋幅首篇吨斤亩".utf16)

    /// Whether a run starting with the tokens `first` and `second` (nil when it has one token)
    /// starts with a quantity or a determiner (一艘|名为, 一|批|重大, 很多|居民), not with a
    /// numbered term (三大|攻坚战, 十八大|精神, 五个|国际化).
    static func startsWithQuantity(_ first: ArraySlice<UInt16>, _ second: ArraySlice<UInt16>?) -> Bool {
        guard let head = first.first else { return false }
        if first.count <= 4, determinerHeads.contains(head), determiners.contains(Array(first)) { return true }
        if first.count <= 3, timeDeictics.contains(Array(first)) { return true }
        guard ChineseNumeral.isNumeral(head) || head == 0x534A else { return false }  // 半
        // Only counts: a numbered term starts with a small numeral (三大, 五个, 十八大), a date
        // with digits (2035年|远景|目标); 一 and 半, and numerals with 万/千/百/多/几 count things.
        let counts = head == 0x4E00 || head == 0x534A
            || first.dropFirst().contains { [0x4E07, 0x5343, 0x767E, 0x591A, 0x51E0].contains($0) }  // 万 千 百 多 几
        guard counts || (first.count == 2 && countingMeasures.contains(first[first.startIndex + 1]))
                || (first.count == 1 && second?.count == 1 && second.map { countingMeasures.contains($0[$0.startIndex]) } == true) else { return false }
        // A numeral and its measure in one token (一艘, 两万块, 一万多名, 半个; not 一波三折).
        if first.count >= 2, let last = first.last, measures.contains(last),
           first.dropLast().allSatisfy({ ChineseNumeral.isNumeral($0) || [0x591A, 0x51E0, 0x534A, 0x4F59].contains($0) }) {  // 多 几 半 余
            return true
        }
        if let second, second.count == 1, let u = second.first, measures.contains(u) { return true }
        return false
    }

    typealias C = WordClass

    /// Approximate numerals: after a word they start a quantity of the next (欧洲|多|地).
    static let approximateNumerals: Set<UInt16> = Set("多几余".utf16)
    /// Characters that start a quantity or an ordinal at a run's end (下放|一批, 国务院|第一次, 世界|首条).
    static let quantityStarts: Set<UInt16> = Set("一第首".utf16)

    /// Whether a run of two tokens or more is cut at an edge by its sentence's grammar:
    /// - it starts with a counting measure left by its numeral (张|购票|日历 from 一张购票日历,
    ///   句|名言, 位|代表);
    /// - it ends with a one-character function word (俄罗斯|则) or an approximate numeral that
    ///   starts the next quantity (欧洲|多 from 欧洲多地);
    /// - it ends with a quantity or an ordinal after a word (下放|一批, 国务院|第一次, 世界|首条;
    ///   not 两个|一百年, whose first part is a number).
    static func cutEdge(classes: [UInt8], isNumber: [Bool], lengths: [Int],
                        firstUnits: ArraySlice<UInt16>, lastUnits: ArraySlice<UInt16>) -> Bool {
        let n = classes.count
        guard n >= 2 else { return false }
        if firstUnits.count == 1, !isNumber[0], countingMeasures.contains(firstUnits[firstUnits.startIndex]),
           classes[0] & (C.noun.rawValue | C.name.rawValue | C.verb.rawValue) == 0 {
            return true
        }
        if lastUnits.count == 1, !isNumber[n - 1] {
            if isFunction(classes[n - 1]) { return true }
            if approximateNumerals.contains(lastUnits[lastUnits.startIndex]), lengths[n - 2] >= 2, !isNumber[n - 2] { return true }
        }
        // A numeral token and its measure after a word (下放|一|批).
        if n >= 3, lastUnits.count == 1, measures.contains(lastUnits[lastUnits.startIndex]), !isNumber[n - 1], isNumber[n - 2],
           !isNumber[n - 3], lengths[n - 2] == 1 {
            return true
        }
        if !isNumber[n - 2] {
            // One token (一批, 第一次).
            if lastUnits.count >= 2, quantityStarts.contains(lastUnits[lastUnits.startIndex]), let m = lastUnits.last, measures.contains(m),
               lastUnits.dropFirst().dropLast().allSatisfy({ ChineseNumeral.isNumeral($0) }),
               lastUnits.first != 0x7B2C || lastUnits.count >= 3 {  // 第 needs a numeral
                return true
            }
        }
        return false
    }

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
    ///   - firstUnits, secondUnits: the first two tokens' text (for quantities; nil when the run
    ///     has one token).
    static func verdict(classes: [UInt8], isNumber: [Bool], lengths: [Int], lastUnits: ArraySlice<UInt16>,
                        firstUnits: ArraySlice<UInt16> = [], secondUnits: ArraySlice<UInt16>? = nil,
                        documents: () -> Int32) -> Verdict {
        let n = classes.count
        if lastUnits.count >= 4, companyForms.contains(Array(lastUnits)) { return .fragment }
        if startsWithQuantity(firstUnits, secondUnits) { return .fragment }
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
        // (A verb of two characters or more and one character is a compound noun: 曝光|台.)
        if isPureVerb(word(0)) && word(0) & takesObject != 0 && !(n == 2 && lengths[0] >= 2 && lengths[1] == 1) {
            return .fragment
        }
        // A verb that heads a clause inside the run, with words on both sides: a clause
        // (中央组织部|下发|通知, 李克强|作出|批示).
        if n >= 3 {
            for k in 1..<(n - 1) where isPureVerb(long(k)) && long(k) & takesObject != 0 { return .fragment }
        }
        // Any verb of two characters or more followed by a name: a clause (登陆|海南|琼海,
        // 举行|仪式|欢迎|希腊, 抵达|荷兰), whether or not the verb often ends a sentence.
        for k in 0..<(n - 1) where isPureVerb(long(k)) && !isNumber[k + 1] && classes[k + 1] & C.name.rawValue != 0 {
            return .fragment
        }
        // The last word: an adverb or other function word (合作|不断); a verb that takes an
        // object (治理|取得); a verb after an adverb or adjective (坚定|支持).
        if isFunction(long(n - 1)) { return .fragment }
        if cutEdge(classes: classes, isNumber: isNumber, lengths: lengths, firstUnits: firstUnits, lastUnits: lastUnits) { return .fragment }
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
