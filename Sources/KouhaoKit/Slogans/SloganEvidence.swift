/// The evidence for and against one candidate being a numbered slogan, each piece a number
/// from 0 to 1, weighed by ``SloganScorer``: the label's shape (the scanner's
/// ``LabelFacts``), the words around it, the list found for it, and the rest of the document.
///
/// 例：`落实森林防火十二条硬措施` → `counted`, `measureOther`, `weakHead`, `policyVerb`;
/// `形式主义、官僚主义、享乐主义和奢靡之风这“四风”` → `compact`, `listFit` 0.95, `listMarked`,
/// `listExact`, `listBefore`.
struct SloganEvidence {
    /// One piece of evidence. The order is the order of the weight tables.
    enum Feature: Int, CaseIterable {
        // The label's shape: its kind (exactly one, the starting point of the score), then the rest.
        /// 三个代表, 八项规定. 例：counted for 十大工程.
        case counted
        /// 三严三实, 两学一做. 例：frame for 三访三问.
        case frame
        /// 三农, 五化并举. 例：compact for 四风.
        case compact
        /// 6543工程, 1+N. 例：digitCode for 5321工程.
        case digitCode
        /// 双随机、一公开. 例：multiPart for 两不误、两促进.
        case multiPart
        /// A head that names a set strongly: 规定, 战略, 意识. 例：八项规定.
        case strongHead
        /// A head that often names a set: 工程, 行动, 目标. 例：十大工程.
        case setHead
        /// A compact label's head: 融合, 并举, 合一. 例：三网融合.
        case compactHead
        /// Another noun after a count: 产业, 片区, 措施. 例：十二条硬措施.
        case weakHead
        /// The measure 大. 例：四大产业.
        case measureDa
        /// The measure 个. 例：两个维护.
        case measureGe
        /// Another measure: 项, 条, 件. 例：三项工程.
        case measureOther
        /// The label is one dictionary word. 例：三通.
        case dictionaryWord
        /// Every number is one. 例：一号工程.
        case allOnes
        /// One per unit. 例：一企一策.
        case distributive
        /// The first numeral opens a listed idiom or set word. 例：十佳新农人.
        case idiomWord
        /// The first numeral is bound into a name. 例：三峡集团.
        case numeralInWord
        /// Two numerals side by side. 例：九一八事变.
        case adjacentNumerals
        /// A long prefix, verbs before parts, an unnumbered part. 例：老城·三街两巷.
        case looseStart
        /// 二 as a rank. 例：二产.
        case rankNumeral
        /// Characters before the first numeral. 例：新三样, 单独两孩.
        case prefix
        /// A single round number. 例：百企引进.
        case roundNumber
        /// A unit after the number, in a quotation. 例：“五户联防”.
        case quantityUnit
        /// A digit code with nothing after it. 例：“618”.
        case bareCode
        /// An unquoted compact label before a word that names a set. 例：双拥模范城, 双控要求.
        case compactFollower
        /// Counts and variables joined by +. 例：1+K+N体系, G+5+N模式.
        case formula
        /// The label heads a glossary entry. 例：`1．三进村：指医疗、教育、法律服务进村。`
        case glossaryEntry
        /// A digit code whose head names no set. 例：“12345”热线.
        case unnamedCodeHead
        /// Parts that are each one compact group. 例：两不误、两促进.
        case compactParts
        /// A single character after the number. 例：三区, 双塔.
        case shortBody
        // The words around it.
        /// A policy verb takes the label as its object. 例：落实…十二条硬措施, 围绕“三区”.
        case policyVerb
        /// An award, a brand, a place or a hotline: 荣获…称号, …景区, …热线. 例：“十佳”称号.
        case nameContext
        /// A set-naming word follows the label. 例：双控要求, “三农”工作.
        case labelFollower
        // The list found for it.
        /// How well the list fits (count, frame characters, form), 0–1. 例：0.95.
        case listFit
        /// The share of items that carry the label's frame characters, 0–1 (0.5 when it
        /// promises none). 例：1 for 科技园、物流园、创意园 and 三园.
        case listFrame
        /// A cue, 这/等, or a quotation ties the list to the label. 例：即, 这“四风”.
        case listMarked
        /// The list has exactly the label's count. 例：four items for 四风.
        case listExact
        /// The list is a quotation, or quoted items. 例：“蓝天”“碧水”“绿地”五项计划.
        case listQuoted
        /// The list stands before the label. 例：…、…这“四风”.
        case listBefore
        /// The items follow enumerators, as in an outline. 例：今年将采取三项举措。一是…二是….
        case listEnumeration
        /// The items are short names: two to ten characters, no numbers or punctuation.
        /// 例：大数据、新能源汽车、精细化工和新材料四大产业.
        case listClean
        // The rest of the document.
        /// An unquoted occurrence of a label quoted elsewhere. 例：四风 after “四风”.
        case propagated
        /// The label is a part of a longer label of the document. 例：两翼 of “一核两翼”.
        case labelPart
        /// The label occurs again (1 from three occurrences on). 例：三区 four times.
        case repeated
        /// Another mention of the label is accepted, quoted or with its list. 例：the second 三联.
        case confirmed
        /// A known label (a lexicon, the corpus). 例：两学一做 from the built-in lexicon.
        case known

        /// The name used in weight tables and in `--explain` output. 例：`listFit`.
        var name: String { String(describing: self) }
    }

    private(set) var values = [Double](repeating: 0, count: Feature.allCases.count)

    subscript(_ f: Feature) -> Double {
        get { values[f.rawValue] }
        set { values[f.rawValue] = newValue }
    }

    /// The pieces that are not zero, by name (for `--explain`). 例：`["counted": 1, "listFit": 0.9]`.
    var named: [String: Double] {
        var out: [String: Double] = [:]
        for f in Feature.allCases where values[f.rawValue] != 0 { out[f.name] = values[f.rawValue] }
        return out
    }
}

extension SloganEvidence {
    /// The evidence of a candidate: its facts, its context in `index`, the list found for it,
    /// and how often its key occurs in the document.
    init(_ c: SloganCandidate, found: ExpansionResolver.Found?, occurrences: Int, isPart: Bool, in index: DocumentIndex) {
        let facts = c.facts
        switch c.shape.kind {
        case .counted: self[.counted] = 1
        case .frame: self[.frame] = 1
        case .compact: self[.compact] = 1
        case .digitCode: self[.digitCode] = 1
        case .multiPart: self[.multiPart] = 1
        }
        switch facts.head {
        case .strong: self[.strongHead] = 1
        case .set: self[.setHead] = 1
        case .compact: self[.compactHead] = 1
        case .weak: self[.weakHead] = 1
        case .none: break
        }
        switch facts.measure {
        case .da: self[.measureDa] = 1
        case .ge: self[.measureGe] = 1
        case .other: self[.measureOther] = 1
        case .none: break
        }
        func flag(_ f: Feature, _ b: Bool) { if b { self[f] = 1 } }
        flag(.dictionaryWord, facts.dictionaryWord)
        flag(.allOnes, facts.allOnes)
        flag(.distributive, facts.distributive)
        flag(.idiomWord, facts.idiomWord)
        flag(.numeralInWord, facts.numeralInWord)
        flag(.adjacentNumerals, facts.adjacentNumerals)
        flag(.looseStart, facts.looseStart)
        flag(.rankNumeral, facts.rankNumeral)
        flag(.prefix, facts.prefix)
        flag(.roundNumber, facts.roundNumber)
        flag(.quantityUnit, facts.quantityUnit)
        flag(.bareCode, facts.bareCode)
        flag(.unnamedCodeHead, facts.unnamedCodeHead)
        flag(.compactParts, facts.compactParts)
        flag(.propagated, facts.propagated)
        let body = c.shape.groups.reduce(0) { $0 + $1.body.count + ($1.measure?.count ?? 0) }
        flag(.shortBody, body <= 1 && !c.shape.hasDigits)

        let context = LabelContext(index: index, label: c.range)
        flag(.policyVerb, context.hasPolicyVerb)
        flag(.nameContext, context.isName)
        flag(.labelFollower, context.hasSetFollower)
        flag(.compactFollower, context.hasSetFollower && c.shape.kind == .compact && !c.isQuoted)
        flag(.formula, c.shape.hasPlus && c.shape.kind == .digitCode && c.shape.groups.count >= 2)
        flag(.glossaryEntry, facts.glossaryEntry)

        if let f = found {
            self[.listFit] = max(0, min(1, f.fit))
            self[.listFrame] = max(0, min(1, f.frameFit))
            flag(.listMarked, f.marked)
            flag(.listExact, c.shape.expectedCounts.first == f.items.count)
            flag(.listQuoted, f.consumedQuote != nil || f.items.allSatisfy { index.isQuoted($0) })
            flag(.listBefore, f.direction == .before)
            flag(.listEnumeration, f.enumeration)
            flag(.listClean, f.items.allSatisfy { r in
                (2...10).contains(r.count) && r.allSatisfy { CharacterClass.isHan(index.u[$0]) && !ChineseNumeral.isNumeral(index.u[$0]) }
            })
        }
        self[.repeated] = min(1, Double(max(0, occurrences - 1)) / 2)
        flag(.known, c.isKnown)
        flag(.labelPart, isPart)
    }
}
