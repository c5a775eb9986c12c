/// Finds slogan candidates: numerals in short quotations, and numbered labels in running text.
///
/// Every numeral anchors at most one candidate; a quotation is read once. Traps are
/// rejected here by shape: counts (三个月, 10亿元), ordinals (第二, 十九大), dates (五一,
/// 二〇二二年), enumerators (一是), idioms (一马当先), lexical words (一把手, 三峡), names
/// with years (中国制造2025), generations (90后).
/// 例：in `落实“四风”整治，坚持两学一做，用了三个月` it yields 四风 (quoted) and 两学一做
/// (a frame), and nothing for 三个月.
/// - Complexity: O(n): each unit is looked at a bounded number of times.
struct SloganScanner {
    let index: DocumentIndex
    var u: [UInt16] { index.u }

    static let maxQuotedLabel = 24
    static let maxPart = 14
    /// The longest noun phrase a quoted code takes after its closing mark (“1236”节约集约用地战略).
    static let maxCodeHead = 8

    func candidates() -> [SloganCandidate] {
        var out: [SloganCandidate] = []
        var i = 0
        let n = index.count
        var lastQuoteOpen = -1
        while i < n {
            let c = u[i]
            guard Self.isAnchor(c) else { i += 1; continue }
            if let q = index.quote(containing: i), q.content.count <= Self.maxQuotedLabel {
                if q.open != lastQuoteOpen {
                    lastQuoteOpen = q.open
                    if let cand = quoted(q) { out.append(cand) }
                }
                i = q.close + 1
                continue
            }
            if let (cand, end) = unquoted(at: i) {
                if let cand { out.append(cand) }
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return out.map(asGlossaryEntry)
    }

    // MARK: Glossary entries

    /// A candidate that heads a glossary entry — at a line start after numbering and bold
    /// marks, followed by a colon, a space, the bold mark's end or a line whose next line opens
    /// with 指 — takes the whole term up to there (三进村：指… → 三进村, not 三进; “三进”村：指… →
    /// 三进村; but a quoted label of three characters or more keeps its key: “五位一体”总体布局：即…
    /// → 五位一体) and is marked as an entry.
    func asGlossaryEntry(_ c: SloganCandidate) -> SloganCandidate {
        let n = index.count
        var s = c.range.lowerBound
        if s > 0, CharacterClass.isOpeningQuote(u[s - 1]) { s -= 1 }
        var ls = s
        while ls > 0, s - ls < 12, !CharacterClass.isLineEnd(u[ls - 1]) { ls -= 1 }
        guard ls == 0 || CharacterClass.isLineEnd(u[ls - 1]) else { return c }
        var numbered = false
        for k in ls..<s {
            let ch = u[k]
            if CharacterClass.isDigit(ch) || ChineseNumeral.isNumeral(ch) { numbered = true; continue }
            if ch == 0x2A || CharacterClass.isSpace(ch) || "．.、)）(（".utf16.contains(ch) { continue }
            return c
        }
        // The rest of the term: the closing mark, then up to six Chinese characters.
        var e = c.range.upperBound
        if e < n, CharacterClass.isClosingQuote(u[e]) { e += 1 }
        let termEnd0 = e
        while e < n, e - termEnd0 < 6, CharacterClass.isHan(u[e]), u[e] != 0x6307, u[e] != 0x5373,
              !(u[e] == 0x662F && e + 1 < n && u[e + 1] == 0x6307) { e += 1 }   // up to 指, 即, 是指
        // The term ends at a colon, the bold mark, a space or the line end (and then 指 opens
        // the next line).
        var p = e
        while p < n, u[p] == 0x2A { p += 1 }
        guard p < n else { return c }
        let ends: Bool
        if u[p] == 0x3A || CharacterClass.isSpace(u[p]) && !CharacterClass.isLineEnd(u[p]) {
            ends = numbered || p > e
        } else if CharacterClass.isLineEnd(u[p]) {
            var q = p
            while q < n, CharacterClass.isLineEnd(u[q]) || CharacterClass.isSpace(u[q]) { q += 1 }
            ends = q < n && (u[q] == 0x6307 || index.has(Array("是指".utf16), at: q) || u[q] == 0x5373)
        } else if u[p] == 0x6307, e > termEnd0 || p > e {   // 三进村指… right after the term
            ends = numbered
        } else {
            ends = false
        }
        guard ends else { return c }
        var out = c
        // A quoted label that stands on its own (three characters or more, no digits) keeps its
        // key: the words after the closing mark are a head it names (“五位一体”总体布局 →
        // 五位一体, as the body says it), not a part of it (“三进”村 → 三进村, “1236”…战略).
        let standsOnItsOwn = c.quote.map { q in c.range.upperBound <= q.close && !c.shape.hasDigits && c.range.count >= 3 } ?? false
        if !standsOnItsOwn, e > c.range.upperBound, let shape = LabelShape.parse(c.range.lowerBound..<e, in: index) {
            // The head after a quotation joins the label (“三进”村 → 三进村), as after a code.
            let range = c.range.lowerBound..<e
            out = SloganCandidate(range: range, shape: shape, quote: c.quote, facts: c.facts, key: key(range))
            out.facts.head = headClass(of: shape)
        }
        out.facts.glossaryEntry = true
        return out
    }

    @inline(__always)
    static func isAnchor(_ c: UInt16) -> Bool {
        (ChineseNumeral.isNumeral(c) && c != 0x96F6 && c != 0x3007) || c == CharacterClass.shuang || CharacterClass.isDigit(c)
    }

    // MARK: Quoted labels

    /// A candidate from a short quotation: the whole quoted unit, plus a head right after
    /// the closing mark when the quotation holds only the numbered part (“6543”工程).
    /// Only hard traps are rejected; a quotation outweighs the softer signs of a word or a
    /// name, which are recorded as facts for the scorer.
    func quoted(_ q: DocumentIndex.Quote) -> SloganCandidate? {
        var content = q.content
        while content.lowerBound < content.upperBound, CharacterClass.isSpace(u[content.lowerBound]) { content = (content.lowerBound + 1)..<content.upperBound }
        while content.lowerBound < content.upperBound, CharacterClass.isSpace(u[content.upperBound - 1]) { content = content.lowerBound..<(content.upperBound - 1) }
        guard !content.isEmpty, content.count <= Self.maxQuotedLabel else { return nil }
        for k in content where CharacterClass.isSentenceEnd(u[k]) || u[k] == 0x3B || u[k] == 0x3A || CharacterClass.isQuote(u[k]) {
            return nil
        }
        guard let inner = LabelShape.parse(content, in: index) else { return nil }
        var facts = LabelFacts()
        // The first numeral bound into a longer dictionary word (千万工程, 九三学社, 十佳新农人):
        // a word or a name more often than a count; a dictionary word spanning the whole
        // content is judged below.
        let magnitude = Self.startsWithMagnitude(content, in: u)
        let tiers = !magnitude && Self.isTiers(inner, in: u)
        if !tiers, let first = inner.groups.first, first.numeral.lowerBound == index.wordStartOffset(at: first.numeral.lowerBound) {
            let wordEnd = index.wordEnd(after: first.numeral.lowerBound)
            let word = index.string(first.numeral.lowerBound..<wordEnd)
            if SloganLexicon.numeralIdioms.contains(word) {
                facts.idiomWord = true
            } else if wordEnd - first.numeral.lowerBound >= 3, wordEnd > first.numeral.upperBound, wordEnd < content.upperBound,
                      inner.groups.count == 1, !SloganLexicon.countMeasures.contains(index.string(first.numeral.upperBound..<(first.numeral.upperBound + 1))) {
                facts.numeralInWord = true
            }
        }
        // The head after the closing mark, for bare numbers and short codes.
        var range = content
        var shape = inner
        var attached = false
        // (Not when the label would grow longer than a part may be: the code stands alone.)
        if let head = attachableHead(after: q.close, for: inner),
           let reparsed = LabelShape.parse(content.lowerBound..<head.upperBound, in: index),
           reparsed.parts.allSatisfy({ $0.count <= Self.maxPart }) {
            range = content.lowerBound..<head.upperBound
            shape = reparsed
            attached = true
        }
        // 五一, 双十一, 三八 are dates (rejected below as bare numerals); with a body (八八战略,
        // 九一八事变) the pair is weighed. Not “一二三”目标, 双百, 双一流.
        if shape.adjacentNumerals && !(attached && !inner.hasDigits) && !Self.pairedTarget(content, in: index) && !tiers {
            facts.adjacentNumerals = true
        }
        // A single round number (百企引进, 千村示范): a quantity to reach more often than a list.
        // So does a magnitude (百万校友, 千亿俱乐部): one number of two place values, not tiers.
        facts.roundNumber = shape.groups.count == 1 && (shape.groups[0].value ?? 0) >= 100 && !shape.hasDigits || magnitude
        guard assess(shape, quoted: true, preceding: q.open, facts: &facts) else { return nil }
        // A digit code whose noun phrase ends in a name head (“12345”市民服务热线, “110”报警电话)
        // is a number to call, not a list.
        if inner.hasDigits, namesByItsPhrase(after: q.close) { return nil }
        if !attached, index.isSingleDictionaryWord(content), shape.groups.count == 1 {
            // 一把手, 三峡, 三通: a word of the dictionary.
            facts.dictionaryWord = true
        }
        // One of a kind (一号工程), or one per unit (一企一策).
        facts.allOnes = Self.allOnes(shape)
        facts.distributive = Self.isDistributive(shape, in: u)
        facts.head = headClass(of: shape)
        return SloganCandidate(range: range, shape: shape, quote: q, facts: facts, key: key(range))
    }

    /// How strongly a label's own last words name a set: the head after a count (八项规定 →
    /// strong), the head of a code (6543工程 → set), the head of a compact label (五化并举 →
    /// compact).
    func headClass(of shape: LabelShape) -> LabelFacts.Head {
        guard let last = shape.groups.last else { return .none }
        let tail = last.measure.map { $0.upperBound } ?? last.numeral.upperBound
        let head = index.string(tail..<shape.range.upperBound).filter { !"”’」』\"".contains($0) }
        guard !head.isEmpty else { return .none }
        if SloganLexicon.strongSetHeads.containsSuffix(of: head) { return .strong }
        if SloganLexicon.setHeads.containsSuffix(of: head) || SloganLexicon.attachableHeads.containsSuffix(of: head) { return .set }
        if head.count >= 2, SloganLexicon.compactHeads.contains(String(head.suffix(2))) { return .compact }
        return last.measure != nil || shape.hasDigits ? .weak : .none
    }

    /// 一X一Y where X is a unit things are counted by (企, 村, 户, 校, 河): one Y for each X
    /// (一企一策, 一河一档), a set phrase rather than a list of two.
    static func isDistributive(_ shape: LabelShape, in u: [UInt16]) -> Bool {
        guard shape.groups.count == 2, shape.groups.allSatisfy({ $0.value == 1 && $0.measure == nil }),
              shape.groups[0].body.count == 1 else { return false }
        let unit = u[shape.groups[0].body.lowerBound]
        return SloganLexicon.countingUnits.contains(unit)
    }

    /// Whether a quotation opens with one number of two place values that multiply (百万, 千亿,
    /// 万亿, 十万: a million, a hundred billion), not tiers ten apart (千万工程, 十百千).
    /// 例：true for 万亿俱乐部 and 百万校友回归; false for 千万工程 and 十百千万.
    static func startsWithMagnitude(_ content: Range<Int>, in u: [UInt16]) -> Bool {
        guard content.count >= 2, let a = ChineseNumeral.placeValue(u[content.lowerBound]), a >= 10,
              let b = ChineseNumeral.placeValue(u[content.lowerBound + 1]), b > a * 10 else { return false }
        return content.count == 2 || ChineseNumeral.placeValue(u[content.lowerBound + 2]) == nil
    }

    /// Whether the noun phrase after a closing quotation mark holds a word for a number to call
    /// (热线, 电话) within eight characters, before any break word.
    /// 例：true after “12345” in `“12345”市民服务热线`; false after “1236” in `“1236”节约集约用地战略`.
    func namesByItsPhrase(after close: Int) -> Bool {
        let start = close + 1
        var end = start
        var words = 0
        while end < index.count, words < 5, end - start < 8, CharacterClass.isHan(u[end]) {
            let next = index.wordEnd(after: end)
            let word = u[end..<next]
            if SloganLexicon.breakWords.contains(word) { return false }
            // (Also when the word breaks split it: 服务热线 → 服务热 | 线.)
            for k in end..<next where k + 2 <= index.count && Self.callHeads.contains(u[k..<(k + 2)]) { return true }
            end = next
            words += 1
        }
        return false
    }

    /// Whether `range` holds a code of Chinese numerals: three or more digits 一–九 (一二三,
    /// 一三三五), 双 with three more numerals (双十双百), or tiers (十百千万百万) — not a number
    /// read whole (十三五, 二十) nor a pair that writes a date (六一, 五一).
    /// 例：true for 一二三 and 双十双百; false for 十三五 and 六一.
    static func isNumeralCode(_ range: Range<Int>, in u: [UInt16]) -> Bool {
        guard range.count >= 3, range.allSatisfy({ ChineseNumeral.isNumeral(u[$0]) || u[$0] == CharacterClass.shuang }) else { return false }
        let places = range.filter { (ChineseNumeral.placeValue(u[$0]) ?? 0) >= 10 }.count
        if places == 0 { return !range.contains { u[$0] == CharacterClass.shuang } }
        if range.contains(where: { u[$0] == CharacterClass.shuang }) { return range.count >= 4 }
        return places >= 2 && range.allSatisfy { (ChineseNumeral.placeValue(u[$0]) ?? 0) >= 10 || $0 > range.lowerBound && (ChineseNumeral.placeValue(u[$0 - 1]) ?? 0) >= 10 }
    }

    /// Whether a quoted N线 counts lines (see ``assess(_:quoted:preceding:facts:)``): more after
    /// 线 within the label, or N of four or more. 例：true for 两线合一 and 五线; false for 三线.
    static func countsLines(_ g: LabelShape.Group, in shape: LabelShape, u: [UInt16]) -> Bool {
        let c = u[g.numeral.lowerBound]
        guard c != 0x4E00, c != 0x4E8C else { return false }   // 一线, 二线
        return g.body.count >= 2 || (g.value ?? 0) >= 4
    }

    /// Words for a number to call: a code before them is a telephone number.
    static let callHeads: WordSet = ["热线", "电话", "专线", "号码"]

    /// Whether the label's numerals are place values side by side (千万工程, 十百千工程,
    /// 一百千万): tiers of a programme, not a quantity, a date or an idiom.
    static func isTiers(_ shape: LabelShape, in u: [UInt16]) -> Bool {
        guard let first = shape.groups.first, !shape.hasDigits else { return false }
        var k = first.numeral.lowerBound
        var places = 0
        while k < shape.range.upperBound, ChineseNumeral.isNumeral(u[k]) {
            if let p = ChineseNumeral.placeValue(u[k]), p >= 10 { places += 1 } else if k > first.numeral.lowerBound { return false }
            k += 1
        }
        return places >= 2
    }

    /// 双 before a bare hundred or thousand (双百, 双千) or before a word that starts with a
    /// numeral (双一流): a pair of targets, not a date like 双十一.
    static func pairedTarget(_ content: Range<Int>, in index: DocumentIndex) -> Bool {
        let u = index.u
        guard content.count >= 2, u[content.lowerBound] == CharacterClass.shuang else { return false }
        let k = content.lowerBound + 1
        if let p = ChineseNumeral.placeValue(u[k]), p >= 100 { return true }
        let e = index.wordEnd(after: k)
        return e - k >= 2 && e <= content.upperBound && !ChineseNumeral.isNumeral(u[k + 1])
    }

    /// Whether every number of the label is one (一企一策, 一把手, 一带一路) — not 双.
    static func allOnes(_ shape: LabelShape) -> Bool {
        // A variable count (1+N, 一区多园) is more than one.
        guard !shape.groups.contains(where: { $0.value == nil }) else { return false }
        let values = shape.groups.compactMap(\.value)
        return !values.isEmpty && values.allSatisfy { $0 == 1 } && !(shape.kind == .multiPart && shape.parts.count >= 3)
    }

    /// The ICU word(s) after a closing quotation mark that complete a bare numbered label:
    /// “6543”工程, “三公”经费, “五子”联动, “1+N”方案.
    func attachableHead(after close: Int, for shape: LabelShape) -> Range<Int>? {
        let start = close + 1
        guard start < index.count, CharacterClass.isHan(u[start]) else { return nil }
        let bodyLength = shape.groups.reduce(0) { $0 + $1.body.count + ($1.measure?.count ?? 0) } + shape.prefix.count
        // A code of numerals only (一二三, 一三三五, 双十双百, 十百千万): the later numerals are no
        // body, however parsed. (Not a number read whole — 十三五, 六一 — which names a plan or a
        // date.)
        let numeralsOnly = Self.isNumeralCode(shape.range, in: u)
        let bare = shape.hasDigits || bodyLength == 0 || numeralsOnly
        let short = !bare && shape.groups.count == 1 && bodyLength == 1 && shape.kind == .compact
        guard bare || short else { return nil }
        var end = index.wordEnd(after: start)
        let first = index.string(start..<end)
        if SloganLexicon.breakWords.contains(first) || ChineseNumeral.isNumeral(u[start]) { return nil }
        // A cue starts a definition, not a head (“2”指两条产业带).
        if let cue = Cue.after(at: start, in: index), cue.kind == .words, cue.strong { return nil }
        if short || !shape.hasDigits {
            // “三公”经费, “五子”联动; bare Chinese numerals take only set heads (“一二三”目标, not “六一”儿童节).
            let heads = short ? SloganLexicon.shortLabelHeads : SloganLexicon.attachableHeads
            if heads.contains(first) { return start..<end }
            // A code of four numerals or more (“一三三五”工作举措, “十百千万百万”人才工程) is no
            // date: it takes a noun phrase up to a head, as a digit code does.
            guard !short, numeralsOnly, shape.range.count >= 4 else { return nil }
        }
        // Digit codes take a noun phrase up to a set head within eight characters
        // (“6311”重点工程, “1236”节约集约用地战略); their key stays the code.
        if SloganLexicon.quantityUnits.contains(first) { return nil }
        var words = 0
        while end <= index.count, words < 5 {
            let phrase = index.string(start..<end)
            if SloganLexicon.attachableHeads.containsSuffix(of: phrase) || SloganLexicon.setHeads.containsSuffix(of: phrase) {
                return start..<end
            }
            guard end < index.count, CharacterClass.isHan(u[end]) else { break }
            let next = index.wordEnd(after: end)
            if SloganLexicon.breakWords.contains(index.string(end..<next)) || next - start > Self.maxCodeHead { break }
            end = next
            words += 1
        }
        return nil
    }

    // MARK: Unquoted labels

    /// A candidate starting at the numeral at `i` in running text, with the offset where
    /// scanning resumes; nil when `i` anchors nothing.
    func unquoted(at i: Int) -> (SloganCandidate?, Int)? {
        let n = index.count
        let c = u[i]
        // Financial numerals (陆 of 大陆, 伍 of 队伍) write amounts, never labels in running text.
        if Self.formalNumerals.contains(c) { return (nil, i + 1) }
        if i > 0, SloganLexicon.ordinalPrefixes.contains(u[i - 1]) { return (nil, skipNumeralRun(i)) }
        // A label of numbered parts opens here (两手抓、两不误): a listed idiom or a dictionary
        // word that starts it does not end it.
        let partsAhead = Self.isFrameNumeral(c) && numberedPartsAhead(at: i)
        if let idiomEnd = idiom(covering: i), !(partsAhead && idiomEnd - i <= 3) { return (nil, idiomEnd) }
        if CharacterClass.isDigit(c) {
            return unquotedCode(at: i)
        }
        // The numeral must start an ICU word (统一, 万一, 唯一: inside a word), and be a digit
        // numeral, not a place unit (万千瓦, 百姓).
        // Rejections that need no word boundary, asked first where they end where a numeral
        // inside a word does (at i + 1): a lone place unit (百姓, 万元) or a lone numeral before
        // anything but a Chinese character. ICU then segments a run only when some numeral needs it.
        if skipNumeralRun(i) == i + 1,
           (ChineseNumeral.placeValue(c) != nil && c != 0x5341) || i + 1 >= n || !CharacterClass.isHan(u[i + 1]) {
            return (nil, i + 1)
        }
        if !index.isWordStart(i) { return (nil, i + 1) }
        if ChineseNumeral.placeValue(c) != nil, c != 0x5341 { return (nil, skipNumeralRun(i)) }
        let runEnd = skipNumeralRun(i)
        if runEnd - i >= 3 || u[i..<runEnd].contains(where: { $0 == 0x96F6 || $0 == 0x3007 }) { return (nil, runEnd) }
        guard runEnd < n, CharacterClass.isHan(u[runEnd]) else { return (nil, runEnd) }
        // A dictionary word that holds the numeral and more (一些, 十分, 三峡, 三个月, 一国两制)
        // is a word, not a label, unless it is numeral + measure (三大, 两个).
        let wordEnd = index.wordEnd(after: i)
        if wordEnd > runEnd, wordEnd - i >= 2, !partsAhead {
            if !SloganLexicon.countMeasures.contains(u[runEnd..<wordEnd]) {
                return (nil, wordEnd)
            }
        }
        // (Units compared as UTF-16 slices: no string per numeral.)
        let firstWordAfter = u[runEnd..<index.wordEnd(after: runEnd)]
        if SloganLexicon.quantityUnits.contains(firstWordAfter) || SloganLexicon.quantityUnits.contains(u[runEnd..<(runEnd + 1)]) {
            return (nil, runEnd)
        }
        if SloganLexicon.enumeratorFollowers.contains(firstWordAfter) { return (nil, runEnd) }
        // 二 alone before a measure or a noun is a rank (二级, 二环, 二战); counts say 两.
        if c == 0x4E8C, runEnd == i + 1 { return (nil, runEnd) }

        // A count before a quoted head: 三条“底线”, 两张“名片” — the label spans the opening mark.
        if let m = LabelShape.countMeasure(at: runEnd, in: u, limit: n), m.upperBound < n, c != 0x4E00 || runEnd > i + 1,
           CharacterClass.isOpeningQuote(u[m.upperBound]), let q = index.quote(openingAt: m.upperBound),
           (1...6).contains(q.content.count), q.content.allSatisfy({ CharacterClass.isHan(u[$0]) && !ChineseNumeral.isNumeral(u[$0]) }) {
            let range = i..<q.close
            var facts = LabelFacts()
            guard let shape = LabelShape.parse(range, in: index), shape.kind == .counted,
                  assess(shape, quoted: true, preceding: i, facts: &facts) else { return (nil, q.close) }
            let head = index.string(q.content)
            if SloganLexicon.ordinaryHeads.contains(head) || SloganLexicon.quantityUnits.contains(head) { return (nil, q.close) }
            facts.head = headClass(of: shape)
            let measure = index.string(m)
            facts.measure = measure == "大" || measure == "字" ? .da : measure == "个" ? .ge : .other
            return (SloganCandidate(range: range, shape: shape, quote: q, facts: facts, key: key(range)), q.close + 1)
        }
        // Counted: numeral + measure + head words (一 + measure is "a", not a count).
        if let m = LabelShape.countMeasure(at: runEnd, in: u, limit: n), m.upperBound < n, CharacterClass.isHan(u[m.upperBound]) {
            if c == 0x4E00, runEnd == i + 1 { return (nil, m.upperBound) }
            // A magnitude after the measure (两大三千亿级板块, 三大万亩基地): sizes, not a list.
            var k = m.upperBound
            while k < n, ChineseNumeral.isNumeral(u[k]) {
                if let p = ChineseNumeral.placeValue(u[k]), p >= 1000 { return (nil, k) }
                k += 1
            }
            var end = m.upperBound
            var best: Int? = nil
            var bestStrong: Int? = nil
            var words = 0
            while end < n, words < 4, end - m.upperBound < 9, CharacterClass.isHan(u[end]) {
                let next = index.wordEnd(after: end)
                if SloganLexicon.breakWords.contains(u[end..<next]) { break }
                end = next
                words += 1
                let head = u[m.upperBound..<end]
                if best == nil, SloganLexicon.setHeads.containsSuffix(of: head) { best = end }
                if bestStrong == nil, SloganLexicon.strongSetHeads.containsSuffix(of: head) { bestStrong = end }
            }
            // A strong head wins over a shorter set head (三大攻坚战 over 三大攻坚).
            if let bestStrong { best = bestStrong }
            guard end > m.upperBound else { return (nil, m.upperBound) }
            let labelEnd = best ?? end
            let range = i..<labelEnd
            var facts = LabelFacts()
            guard let shape = LabelShape.parse(range, in: index), assess(shape, quoted: false, preceding: i, facts: &facts) else {
                return (nil, labelEnd)
            }
            let head = u[m.upperBound..<labelEnd]
            let headWord = u[m.upperBound..<min(labelEnd, index.wordEnd(after: m.upperBound))]
            if SloganLexicon.ordinaryHeads.contains(head) || SloganLexicon.ordinaryHeads.contains(headWord) { return (nil, labelEnd) }
            // The head and the measure say how much a count names a set: 八项规定 (strong),
            // 六大民生工程 (set, 大), 三大产业 (weak, 大), 两条高速公路 (weak, 条).
            facts.head = best == nil ? .weak : SloganLexicon.strongSetHeads.containsSuffix(of: head) ? .strong : .set
            let measure = index.string(m)
            // 大 and 字 (八字方针: a motto of eight characters) name sets; 个 is neutral.
            facts.measure = measure == "大" || measure == "字" ? .da : measure == "个" ? .ge : .other
            facts.allOnes = Self.allOnes(shape)
            return (SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: key(range)), labelEnd)
        }

        // Frames and compact labels: numeral + 1–3 characters, repeated.
        var end = runEnd
        var groups = 1
        while end < n {
            var bodyEnd = end
            // A particle ends the label (苏玉双等一大批: 等 is no body).
            while bodyEnd < n, bodyEnd - end < 3, CharacterClass.isHan(u[bodyEnd]), !Self.isFrameNumeral(u[bodyEnd]),
                  !Self.particles.contains(u[bodyEnd]) { bodyEnd += 1 }
            if bodyEnd == end { break }
            if bodyEnd < n, Self.isFrameNumeral(u[bodyEnd]), groups < 6, bodyEnd - end <= 2, startsFrameGroup(at: bodyEnd) {
                groups += 1
                end = skipNumeralRun(bodyEnd)
                continue
            }
            // A body up to 、 and another numbered part (两手抓、两不误) is whole.
            if bodyEnd + 1 < n, u[bodyEnd] == 0x3001, Self.isFrameNumeral(u[bodyEnd + 1]) { end = bodyEnd; break }
            // The last body: the ICU word after the numeral (at most three characters).
            let wordEnd = index.wordEnd(after: end)
            end = (wordEnd - end <= 3) ? wordEnd : end + 1
            break
        }
        // A second part after 、 (两不误、两促进; 三证合一、一照一码).
        var multiPart = false
        if end + 1 < n, u[end] == 0x3001, Self.isFrameNumeral(u[end + 1]) {
            var e2 = skipNumeralRun(end + 1)
            var g2 = 1
            while e2 < n, e2 - end < 8 {
                var b = e2
                while b < n, b - e2 < 3, CharacterClass.isHan(u[b]), !Self.isFrameNumeral(u[b]) { b += 1 }
                if b == e2 { break }
                if b < n, Self.isFrameNumeral(u[b]), b - e2 <= 2 { e2 = skipNumeralRun(b); g2 += 1; continue }
                let we = index.wordEnd(after: e2)
                // A body that ends at punctuation is whole (两手抓、两不误。).
                e2 = (b >= n || !CharacterClass.isHan(u[b])) ? b : (we - e2 <= 3) ? we : e2 + 1
                break
            }
            if g2 >= 2 || groups == 1 { end = e2; multiPart = true }
        }
        let range = i..<end
        var facts = LabelFacts()
        guard range.count >= 2, let shape = LabelShape.parse(range, in: index), !shape.adjacentNumerals,
              assess(shape, quoted: false, preceding: i, facts: &facts) else { return (nil, runEnd) }
        if shape.groups.count >= 2 {
            if index.isSingleDictionaryWord(range) { return (nil, end) }
            // One of a kind in running text (一带一路, 一企一策): a label only with evidence
            // (a list, the same label quoted, or other documents of a corpus).
            facts.allOnes = Self.allOnes(shape)
            facts.distributive = Self.isDistributive(shape, in: u)
            // Parts of one numeral and one character each (四中、五中, 三环、四环) name schools,
            // roads and places more often than a list (两不误、两促进 is one).
            facts.compactParts = multiPart && shape.partGroups.allSatisfy { $0.count == 1 }
                && shape.groups.allSatisfy { $0.body.count <= 1 }
            facts.head = headClass(of: shape)
            return (SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: key(range)), end)
        }
        // A number, one character and a compact head (三网融合, 三证合一).
        if runEnd + 3 <= n, SloganLexicon.compactHeads.contains(u[(runEnd + 1)..<(runEnd + 3)]), c != 0x4E00,
           let s = LabelShape.parse(i..<(runEnd + 3), in: index) {
            var compactFacts = LabelFacts()
            if assess(s, quoted: false, preceding: i, facts: &compactFacts) {
                compactFacts.head = .compact
                return (SloganCandidate(range: i..<(runEnd + 3), shape: s, quote: nil, facts: compactFacts, key: key(i..<(runEnd + 3))), runEnd + 3)
            }
        }
        // A compact label in running text (三农, 四风).
        let compactEnd = min(end, runEnd + 2)
        let compactRange = i..<compactEnd
        guard let compactShape = LabelShape.parse(compactRange, in: index) else { return (nil, runEnd) }
        return (SloganCandidate(range: compactRange, shape: compactShape, quote: nil, facts: facts, key: key(compactRange)), compactEnd)
    }

    /// The end of a listed idiom that starts at most two characters before `i` and holds it
    /// (隔三岔五, 四面八方), if any.
    func idiom(covering i: Int) -> Int? {
        let n = index.count
        for start in max(0, i - 2)...i where SloganLexicon.numeralIdiomStarts.contains(u[start]) {
            for length in stride(from: min(SloganLexicon.numeralIdioms.maxLength, n - start), through: 4, by: -1) where start + length > i + 1 {
                if SloganLexicon.numeralIdioms.contains(u[start..<(start + length)]) { return start + length }
            }
        }
        return nil
    }

    /// Arabic-digit labels in running text: only codes with a head from the set list and a
    /// structure (1+N, 5+2) or a bare code with a set head (135工程).
    func unquotedCode(at i: Int) -> (SloganCandidate?, Int)? {
        let n = index.count
        var e = i
        while e < n, CharacterClass.isDigit(u[e]) || u[e] == 0x2B || LabelShape.isVariable(at: e, in: u, limit: n) && e > i { e += 1 }
        // Variables before the first digit: G+5+N, K+1.
        var i = i
        while i >= 2, u[i - 1] == 0x2B, LabelShape.isVariable(at: i - 2, in: u, limit: n) { i -= 2 }
        if i > 0, CharacterClass.isDigit(u[i - 1]) || u[i - 1] == 0x2E || CharacterClass.isLatin(u[i - 1]) { return (nil, e) }
        guard e < n, CharacterClass.isHan(u[e]) else { return (nil, e) }
        // 12件民生实事: a count of a yearly programme.
        if let counted = countedProgramme(digits: i..<e) { return counted }
        // Without 大 after the digits, the head is the ICU word that starts right after them and
        // must be an attachable head: where no such head starts there (2020年, 10亿元), no ICU
        // word can be one, so the run is not segmented (the same answer, without ICU).
        if u[e] != 0x5927, !SloganLexicon.attachableHeads.hasWord(startingAt: e, in: u) { return (nil, e) }
        var headStart = e
        // 8大产业链: a digit count with 大 and a head (a count; accepted only with a list).
        if u[e] == 0x5927, e + 1 < n, CharacterClass.isHan(u[e + 1]), index.wordEnd(after: e) == e + 1 { headStart = e + 1 }
        var wordEnd = index.wordEnd(after: headStart)
        var head = index.string(headStart..<wordEnd)
        if headStart > e, !SloganLexicon.attachableHeads.contains(head), wordEnd < n, CharacterClass.isHan(u[wordEnd]) {
            let w2 = index.wordEnd(after: wordEnd)
            head = index.string(headStart..<w2)
            wordEnd = w2
        }
        guard headStart > e || SloganLexicon.attachableHeads.contains(head) else { return (nil, e) }
        let range = i..<wordEnd
        var facts = LabelFacts()
        guard let shape = LabelShape.parse(range, in: index), assess(shape, quoted: false, preceding: i, facts: &facts) else { return (nil, e) }
        facts.head = headClass(of: shape)
        if headStart > e { facts.measure = .da }
        return (SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: key(range)), wordEnd)
    }

    /// Digits, 件 or 项 and a head of up to four words ending in 实事 (12件民生实事, 10项重点
    /// 惠民实事): a yearly programme, counted as 十件民生实事 is. (Other digit counts — 12个重点项目,
    /// 10项工程 — stay counts of things.)
    func countedProgramme(digits: Range<Int>) -> (SloganCandidate?, Int)? {
        let n = index.count
        let m = digits.upperBound
        guard digits.count <= 2, m + 1 < n, u[m] == 0x4EF6 || u[m] == 0x9879, CharacterClass.isHan(u[m + 1]) else { return nil }
        var end = m + 1
        var best: Int? = nil
        var words = 0
        while end < n, words < 4, end - m <= 8, CharacterClass.isHan(u[end]) {
            let next = index.wordEnd(after: end)
            if SloganLexicon.breakWords.contains(index.string(end..<next)) { break }
            end = next
            words += 1
            if index.has(Self.programmeHead, endingAt: end) { best = end }
        }
        guard let labelEnd = best else { return nil }
        let range = digits.lowerBound..<labelEnd
        var facts = LabelFacts()
        guard let shape = LabelShape.parse(range, in: index), shape.kind == .counted,
              assess(shape, quoted: false, preceding: digits.lowerBound, facts: &facts) else { return nil }
        facts.head = .strong
        facts.measure = .other
        return (SloganCandidate(range: range, shape: shape, quote: nil, facts: facts, key: key(range)), labelEnd)
    }

    /// 壹贰叁肆伍陆柒捌玖拾佰仟 (and traditional forms): amounts on cheques and contracts.
    static let formalNumerals: Set<UInt16> = Set("壹弌贰貳叁肆伍陆陸柒捌玖拾佰仟".utf16)

    /// Whether two numbered parts of two or three characters each, joined by 、, start at `i`
    /// (两手抓、两不误; not 三中、四中, 一起守、两个).
    func numberedPartsAhead(at i: Int) -> Bool {
        func body(from s: Int) -> Int {
            var k = s
            while k < index.count, k - s < 3, CharacterClass.isHan(u[k]), !Self.isFrameNumeral(u[k]) { k += 1 }
            return k
        }
        let bodyStart = skipNumeralRun(i)
        let k = body(from: bodyStart)
        guard k - bodyStart >= 2, k + 1 < index.count, u[k] == 0x3001, Self.isFrameNumeral(u[k + 1]),
              !Self.formalNumerals.contains(u[k + 1]) else { return false }
        let second = skipNumeralRun(k + 1)
        guard second < index.count, LabelShape.countMeasure(at: second, in: u, limit: index.count) == nil else { return false }
        return body(from: second) - second >= 2
    }

    /// The head of a yearly programme of works (民生实事, 惠民实事).
    static let programmeHead: [UInt16] = Array("实事".utf16)

    /// Whether a numeral inside running text opens another group of a frame: it starts an
    /// ICU word, and that word is not a lexical word (一样, 一起, 一定).
    func startsFrameGroup(at k: Int) -> Bool {
        guard index.isWordStart(k) else { return false }
        let e = index.wordEnd(after: k)
        if e - k >= 2, SloganLexicon.numeralIdioms.contains(u[k..<e]) { return false }
        return true
    }

    /// Particles and conjunctions that never stand inside a label in running text.
    static let particles: Set<UInt16> = Set("的等和与及或了着是在把被".utf16)

    @inline(__always)
    static func isFrameNumeral(_ c: UInt16) -> Bool {
        (ChineseNumeral.isNumeral(c) && c != 0x96F6 && c != 0x3007) || c == CharacterClass.shuang
    }

    func skipNumeralRun(_ i: Int) -> Int {
        var e = i
        while e < index.count, ChineseNumeral.isNumeral(u[e]) || (e == i && u[e] == CharacterClass.shuang) { e += 1 }
        return max(e, i + 1)
    }

    /// The grouping key of a label: its normalized text without quotation marks, spaces or
    /// separators. 例：“６５４３”工程 → 6543工程; 双随机、一公开 → 双随机一公开.
    func key(_ range: Range<Int>) -> String {
        SourceText.string(ArraySlice(u[range].filter { !CharacterClass.isQuote($0) && !CharacterClass.isSpace($0) && $0 != 0x3001 && $0 != 0x2C && $0 != 0x2A }))
    }

    /// The family of a label within one document: a quoted digit code alone, whatever head
    /// follows it (“1236”战略布局 and “1236”节约集约用地战略 are one slogan); the key otherwise.
    func family(_ range: Range<Int>) -> String {
        if range.lowerBound < index.count, CharacterClass.isDigit(u[range.lowerBound]) {
            var e = range.lowerBound
            while e < range.upperBound, CharacterClass.isDigit(u[e]) || u[e] == 0x2B || LabelShape.isVariable(at: e, in: u, limit: range.upperBound) || u[e] == 0x25 || u[e] == 0x4E2A {
                e += 1
            }
            if e == range.upperBound || CharacterClass.isQuote(u[e]) {
                return SourceText.string(u[range.lowerBound..<e])
            }
        }
        return key(range)
    }

    // MARK: Shape assessment

    /// Whether a label shape may be a slogan at all: false for the hard traps (years, dates,
    /// ordinals, sessions, enumerators, times and sums of money, listed idioms, counts of
    /// ordinary things). Softer signs are recorded in `facts` for the scorer.
    func assess(_ shape: LabelShape, quoted: Bool, preceding: Int, facts: inout LabelFacts) -> Bool {
        let text = key(shape.range)
        if SloganLexicon.numeralIdioms.contains(text) { return false }
        // Numbers that name, rank or count by their form (see SloganScanner+Names): 陆港,
        // 03专项, 三产, 两党两国, 三环, 四中、五中全会, 新三板; in running text also 八一大道 and
        // 市县两级财政预算.
        if hasOnlyFormalNumerals(shape) || hasLeadingZero(shape) || namesSectors(shape) || countsBothSides(shape)
            || namesRingRoad(shape) || coordinatesOrdinalNames(shape) || namesMarketBoard(shape) { return false }
        // Amounts and telephone lines (see SloganScanner+Amounts): 万亿俱乐部, “12345”市民服务热线.
        if statesScaleAmount(shape) || dialsHotline(shape) { return false }
        if !quoted, startsWithDatePair(shape) || countsNamedLevels(shape, preceding: preceding) { return false }
        // An ordinal or a date: 第二, 初三, 周五.
        if preceding > 0, SloganLexicon.ordinalPrefixes.contains(u[preceding - 1]), !quoted { return false }
        if shape.range.lowerBound > 0, u[shape.range.lowerBound - 1] == 0x7B2C { return false }   // 第
        // Prefix before the first numeral: up to two characters (新三样, 约法三章, 凡提四必); a
        // quotation may hold a longer one (老城·三街两巷), which is weighed.
        if shape.prefix.count > 0, !quoted { return false }
        if shape.prefix.count > 0 {
            if u[shape.prefix.upperBound - 1] == 0x7B2C { return false }   // 第三极: an ordinal
            // A scope (全县135便民服务圈, 全国123出行交通圈) is no prefix of the label's own.
            let scope = shape.prefix.count == 2 && u[shape.prefix.lowerBound] == 0x5168   // 全
            facts.prefix = !scope
        }
        if shape.prefix.count > (quoted ? 6 : 2) { return false }
        if shape.prefix.count > 2 { facts.looseStart = true }
        // Each part must be numbered at its start (宁弯两里路、不砍一棵树 is a saying); in a
        // quotation, a part may start with a short verb (干好一三五、实现四翻番) or be one
        // unnumbered place among numbered ones (一河、两岸、立面、两山), which is weighed.
        // Two parallel parts of one length may pair a label that opens with its number with an
        // unnumbered part (“四向拓展、全域开放”, “和平统一、一国两制”; not “打造四个中心，建设现代泉城”).
        // (Joined by 、 and counting below a hundred: “千磨万击还坚劲，任尔东西南北风” is a poem.)
        let parallelPair = quoted && shape.parts.count == 2 && shape.parts[0].count == shape.parts[1].count && shape.parts[0].count >= 4
            && u[shape.parts[0].upperBound] == 0x3001 && shape.groups.contains { ($0.value ?? 0) >= 1 && ($0.value ?? 0) < 100 }
        var unnumbered = 0
        var looseNumbered = false
        for (pi, part) in shape.parts.enumerated() {
            if part.count > Self.maxPart { return false }
            guard let first = shape.partGroups[pi].first else {
                guard quoted, shape.parts.count >= 3 || parallelPair else { return false }
                unnumbered += 1
                continue
            }
            let offset = shape.groups[first].numeral.lowerBound - part.lowerBound
            let usual = shape.parts.count > 1 ? (pi == 0 ? 1 : 0) : 2
            // A lone numeral closing a word (和平统一) leaves its part unnumbered.
            // A listed idiom (双向) opening a part leaves it unnumbered too.
            if parallelPair, offset <= usual, SloganLexicon.numeralIdioms.contains(u[shape.groups[first].numeral.lowerBound..<index.wordEnd(after: shape.groups[first].numeral.lowerBound)]) {
                unnumbered += 1
                continue
            }
            if parallelPair, offset > usual, shape.partGroups[pi].count == 1, shape.groups[first].body.isEmpty,
               shape.groups[first].numeral.upperBound == part.upperBound {
                unnumbered += 1
                continue
            }
            if offset > usual {
                guard quoted, offset <= (shape.parts.count > 1 ? 2 : 6) else { return false }
                facts.looseStart = true
                looseNumbered = true
            }
        }
        if unnumbered > 0 {
            guard 3 * unnumbered <= shape.parts.count || parallelPair && unnumbered == 1 && !looseNumbered else { return false }
            facts.looseStart = true
        }
        // 二 alone before a noun is a rank (二产, 二环); counts say 两.
        if let first = shape.groups.first, first.numeral.count == 1, u[first.numeral.lowerBound] == 0x4E8C { facts.rankNumeral = true }
        let bodyChars = shape.groups.reduce(0) { $0 + $1.body.count + ($1.measure?.count ?? 0) }
        if shape.hasDigits {
            // Years and generations: 中国制造2025, 净网2017, 90后; dates: 3·15, 6·5.
            var k0 = shape.range.lowerBound
            while k0 < shape.range.upperBound {
                guard CharacterClass.isDigit(u[k0]) else { k0 += 1; continue }
                var e0 = k0
                while e0 < shape.range.upperBound, CharacterClass.isDigit(u[e0]) { e0 += 1 }
                if e0 - k0 == 4, let v = ChineseNumeral(units: u[k0..<e0])?.value, (1900...2100).contains(v) { return false }
                k0 = e0
            }
            var k = shape.range.lowerBound
            while k < shape.range.upperBound {
                let c = u[k]
                if c == 0x00B7 || c == 0x30FB || c == 0x2027 || c == 0x2E && k > shape.range.lowerBound { return false }   // 3·15, 2.5
                if CharacterClass.isLatin(c), !LabelShape.isVariable(at: k, in: u, limit: shape.range.upperBound) { return false }   // 5G, PM2.5 (1+N, G+5+N: variables)
                k += 1
            }
            let tail = shape.range.upperBound
            if let last = shape.groups.last, last.numeral.upperBound == tail, shape.parts.count == 1, !text.contains("+") {
                // Nothing after the code (618, 120, 12345): only a quoted code (defined right
                // after it: “1236”节约集约用地战略：即…) may still be one.
                facts.bareCode = true
                return quoted
            }
            if let after = firstWord(after: shape.groups.last!.numeral.upperBound, within: shape.range),
               SloganLexicon.quantityUnits.contains(after) || after == "后" || after.hasPrefix("后") {
                return false
            }
            // A time after a counted number: 3个工作日内完成, 5个月.
            for g in shape.groups {
                if let m = g.measure, startsWithTime(at: m.upperBound, within: shape.range) { return false }
            }
            if shape.parts.count == 1, !text.contains("+"), let last = shape.groups.last {
                let head = index.string(last.numeral.upperBound..<shape.range.upperBound).filter { !"”’」』\"".contains($0) }
                let named = SloganLexicon.attachableHeads.containsPrefix(of: head) || SloganLexicon.attachableHeads.containsSuffix(of: head)
                    || SloganLexicon.setHeads.containsSuffix(of: head)
                if head.count > 0, !named, !head.hasPrefix("个"), !head.hasPrefix("大") {
                    // 337调查, 12345热线 (and “12310”高铁经济圈, weighed when quoted)
                    guard quoted else { return false }
                    facts.unnamedCodeHead = true
                }
            }
            return true
        }
        // Numerals only: dates, holidays, plan numbers (五一, 九一八, 十四五), also with symbols (一千万+).
        if bodyChars == 0 && shape.prefix.isEmpty { return false }
        if !shape.range.contains(where: { CharacterClass.isHan(u[$0]) && u[$0] != CharacterClass.shuang
                && (!ChineseNumeral.isNumeral(u[$0]) || u[$0] == 0x96F6 || u[$0] == 0x3007) }) {
            return false
        }
        for g in shape.groups {
            // Quantities: 三个月, 一分钟处置, 两年, 10亿元 — in a quoted frame only hard units count
            // (“四多四少”), in a quoted single group soft units are fine (“三期叠加”).
            if g.measure == nil, g.numeral.upperBound < shape.range.upperBound {
                let w = firstWord(after: g.numeral.upperBound, within: shape.range) ?? ""
                let ch = SourceText.string(u[g.numeral.upperBound..<(g.numeral.upperBound + 1)])
                let units = [w, ch]
                if quoted {
                    // In a quotation only times and sums of money make a quantity (“三个月”,
                    // “10亿元”); other units are weighed (“三早”, “五户联防”, “三名”工程).
                    if units.contains(where: { SloganLexicon.hardTimeUnits.contains($0) }) { return false }
                    if shape.groups.count == 1,
                       units.contains(where: { SloganLexicon.quantityUnits.contains($0) && !SloganLexicon.softUnits.contains($0) }) {
                        facts.quantityUnit = true
                    }
                } else if units.contains(where: { SloganLexicon.quantityUnits.contains($0) }) {
                    return false
                }
            }
            if let m = g.measure {
                let head = index.string(m.upperBound..<min(shape.range.upperBound, g.body.upperBound))
                let multiPartQuoted = quoted && shape.parts.count > 1
                if !multiPartQuoted, SloganLexicon.ordinaryHeads.contains(head) || SloganLexicon.quantityUnits.contains(head) { return false }
                // A time after the measure: 三个月内, 5个工作日内完成.
                if startsWithTime(at: m.upperBound, within: shape.range) { return false }
                // Party congresses: 十九大精神, 二十大报告.
                if index.string(m) == "大", let v = g.value, (11...29).contains(v) { return false }
            }
        }
        // 三中、四中、五中全会: plenums, not labels.
        if shape.groups.count == 1, let g = shape.groups.first, g.measure == nil, g.body.count == 1, u[g.body.lowerBound] == 0x4E2D {
            return false
        }
        // A single number at the very end (店小二, 国三): not a label.
        if shape.groups.count == 1, let g = shape.groups.first, g.body.isEmpty, g.measure == nil,
           g.numeral.upperBound == shape.range.upperBound { return false }
        // Ordinal sessions and congresses: 十九大, 十八届, 三中全会.
        if let first = shape.groups.first {
            let after = index.string(first.numeral.upperBound..<min(shape.range.upperBound, first.numeral.upperBound + 3))
            if SloganLexicon.sessionWords.containsPrefix(of: after) { return false }
            if shape.groups.count == 1, let v = first.value, v >= 10, after == "大" { return false }
            // A congress closing one part of a quotation (“喜迎十九大、…”).
            if shape.parts.count > 1, let v = first.value, (11...29).contains(v), after.hasPrefix("大"),
               first.numeral.upperBound + 1 == shape.parts[0].upperBound { return false }
            // Enumerators: 一是, 二要, 一方面.
            // (In a quotation, N线 counts lines when more follows — “两线合一”, “三线并进” — or when
            // N is four or more — “五线”整治; “一线”, “二线”, “三线” alone rank or name a region.)
            if shape.groups.count == 1, first.measure == nil,
               let w = firstWord(after: first.numeral.upperBound, within: shape.range),
               SloganLexicon.enumeratorFollowers.contains(w),
               !(quoted && w == "线" && shape.prefix.isEmpty && Self.countsLines(first, in: shape, u: u)) { return false }
        }
        // Systems named by a count (两票制, 三班制): not enumerations.
        if shape.groups.count == 1, text.hasSuffix("制") { return false }
        return true
    }

    /// Whether a unit of time or money starts at `k` (月, 工作日 even when split 工作 | 日内).
    func startsWithTime(at k: Int, within range: Range<Int>) -> Bool {
        if let w = firstWord(after: k, within: range), SloganLexicon.hardTimeUnits.contains(w) { return true }
        for length in 2...3 where k + length <= range.upperBound {
            if SloganLexicon.hardTimeUnits.contains(u[k..<(k + length)]) { return true }
        }
        return false
    }

    /// The first ICU word starting at `k`, clipped to `range`.
    func firstWord(after k: Int, within range: Range<Int>) -> String? {
        guard k < range.upperBound else { return nil }
        let end = min(index.wordEnd(after: k), range.upperBound)
        return index.string(k..<end)
    }
}
