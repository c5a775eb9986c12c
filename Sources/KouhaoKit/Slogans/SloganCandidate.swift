/// A possible slogan mention found by the scanner, before expansions are resolved and the
/// evidence is weighed.
///
/// 例：`“6543”工程` gives a candidate with `range` over `6543”工程`, `isQuoted` true and a
/// digit-code shape; an unquoted `三农` gives a candidate whose facts say `dictionaryWord`.
struct SloganCandidate {
    /// Where the label stands (normalized offsets; includes a quotation mark inside the label).
    var range: Range<Int>
    /// The label's anatomy.
    var shape: LabelShape
    /// The quotation around the label (or around its numbered part), if any.
    var quote: DocumentIndex.Quote?
    /// What the scanner saw of the label's shape (the scorer weighs it).
    var facts: LabelFacts
    /// The label normalized for grouping: no quotation marks.
    var key: String
    /// True for an occurrence of a label known before the document (a lexicon entry).
    var isKnown = false

    var isQuoted: Bool { quote != nil }
}

/// What the scanner saw of a candidate's shape and words that speaks for or against a label.
/// The scanner rejects only hard traps (dates, ordinals, years, times and sums of money,
/// listed idioms); everything softer is recorded here and weighed by ``SloganScorer``.
///
/// 例：“三峡集团” → `numeralInWord`; “一把手” → `dictionaryWord`; 八项规定 → `head == .strong`;
/// 两条高速公路 → `measure == .other`, `head == .weak`.
struct LabelFacts {
    /// How strongly the head after a count names a set of items.
    enum Head: Int {
        /// No head (三农, 两学一做) or one not judged.
        case none
        /// A head that names a set strongly (规定, 战略, 意识: 八项规定, 三大战略).
        case strong
        /// A head that often names a set (目标, 机制, 工程, 行动: 十大工程).
        case set
        /// A head of compact labels (融合, 并举, 合一: 三网融合, 五化并举).
        case compact
        /// Another noun (三大产业, 两个片区, 五个制高点).
        case weak
    }

    /// The measure between a count and its head.
    enum Measure: Int {
        case none
        /// 大: 四大产业 — names a set more often than not.
        case da
        /// 个: 两个维护, 两个部门.
        case ge
        /// 项, 条, 张, 件…: 八项规定, but also 三项工程, 两条高速公路.
        case other
    }

    var head: Head = .none
    var measure: Measure = .none
    /// The label (or its first numeral and what follows) is one dictionary word: 一把手, 三通.
    var dictionaryWord = false
    /// Every number is one: 一企一策, 一号工程 (one of a kind).
    var allOnes = false
    /// One per unit: 一企一策, 一河一档 (一 + a counting unit, 一 + what each gets).
    var distributive = false
    /// The first numeral opens a listed idiom or set word: 千万工程 (千万), 十佳新农人 (十佳).
    var idiomWord = false
    /// The first numeral is bound into a longer word of a name: 三峡集团, 九三学社.
    var numeralInWord = false
    /// Two numerals side by side, as in dates and ordinal pairs: 八八战略, 九一八事变.
    var adjacentNumerals = false
    /// More before a numeral than labels usually have, in a quotation: a long prefix (老城·三街两巷),
    /// a verb before each part (干好一三五、实现四翻番), an unnumbered part (一河、两岸、立面、两山).
    var looseStart = false
    /// Characters before the first numeral: 新三样, 约法三章, 单独两孩.
    var prefix = false
    /// A unit after the number, in a quotation: “三早”, “五户联防” (times and money are no labels at all).
    var quantityUnit = false
    /// A single round number: 百企引进, 千村示范 (a quantity to reach).
    var roundNumber = false
    /// 二 alone before a noun, as in ranks (二产, 二环); counts say 两.
    var rankNumeral = false
    /// A digit code with nothing after it: “618”, “12345”.
    var bareCode = false
    /// A digit code whose head names no set: 12345热线, 337调查.
    var unnamedCodeHead = false
    /// Parts that are each a single compact group: 两不误、两促进.
    var compactParts = false
    /// An unquoted occurrence of a label quoted elsewhere in the document.
    var propagated = false
    /// The label heads an entry of a glossary (名词解释: `1．三进村：指…`): as good as quoted for
    /// finding its other mentions.
    var glossaryEntry = false
}
