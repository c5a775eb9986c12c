/// Splits a stretch of text into list items, the ways policy writing writes lists.
///
/// 例：`形式主义、官僚主义、享乐主义和奢靡之风` → 形式主义 | 官僚主义 | 享乐主义 | 奢靡之风 (with the
/// conjunction split) or 形式主义 | 官僚主义 | 享乐主义和奢靡之风 (without); the validator picks.
/// `比孝道，看家风；比诚信，看品行` → 比孝道，看家风 | 比诚信，看品行 (semicolons first).
/// - Complexity: O(length of the stretch).
struct ListParser {
    let index: DocumentIndex
    var u: [UInt16] { index.u }

    /// One way to read a stretch as a list.
    struct Reading {
        var items: [Range<Int>]
        /// Which part of each segment the items are: the whole, or only the first or the last
        /// clause (pair items; two labels sharing one list).
        enum Part { case whole, heads, tails }
        var part: Part = .whole
        /// The strongest separator used: 0 none, 1 conjunction, 2 、, 3 ，, 4 ；.
        var level: Int
        /// Whether the list ends with 等 (an incomplete enumeration).
        var endsWithEtc: Bool
    }

    static let conjunctions: [[UInt16]] = ["以及", "和", "及", "与", "或"].map { Array($0.utf16) }
    static let leadingConjunctions: [[UInt16]] = ["以及", "还有", "并且"].map { Array($0.utf16) }

    /// Candidate readings of `range`, from coarse to fine.
    func readings(of range: Range<Int>) -> [Reading] {
        let r = trim(range)
        guard !r.isEmpty else { return [] }
        var out: [Reading] = []
        let semis = split(r, by: { $0 == 0x3B })
        if semis.count >= 2 {
            out.append(Reading(items: semis, level: 4, endsWithEtc: false))
            // The first clause of each semicolon segment (统筹…三大结构，提高…).
            let heads = semis.map { seg -> Range<Int> in
                let parts = split(seg, by: { $0 == 0x2C })
                return parts.first ?? seg
            }
            if heads != semis { out.append(Reading(items: heads, part: .heads, level: 4, endsWithEtc: false)) }
        }
        let commas = split(r, by: { $0 == 0x2C || $0 == 0x3B })
        let hasEnum = split(r, by: { $0 == 0x3001 }).count >= 2
        if commas.count >= 2 {
            out.append(Reading(items: commas, level: 3, endsWithEtc: false))
            if hasEnum {
                // 、 inside, ， between: items may be the comma clauses or the 、 pieces.
            }
        }
        let fine = split(r, by: { $0 == 0x3001 || $0 == 0x2C || $0 == 0x3B })
        // Mixed separators (、 inside, ， between) read as clauses, not as one 、 list.
        let fineLevel = commas.count >= 2 ? 3 : 2
        if fine.count >= 2, hasEnum {
            out.append(Reading(items: fine, level: fineLevel, endsWithEtc: false))
        }
        // Each clause that holds a list, on its own (江阴市在…期间，实施A、B、C等十大工程;
        // 即风险隐患清单和整改责任清单，每月更新).
        if commas.count >= 2 {
            for clause in commas {
                let pieces = split(clause, by: { $0 == 0x3001 })
                if pieces.count >= 2 { out.append(Reading(items: pieces, level: 2, endsWithEtc: false)) }
                if let last = pieces.last, let conj = splitConjunction(last) {
                    out.append(Reading(items: Array(pieces.dropLast()) + conj, level: pieces.count >= 2 ? 2 : 1, endsWithEtc: false))
                }
            }
        }
        // Pair items (坚持招商与育商结合，提升产业承载力；…): the first and the last clause of each
        // segment, for two labels that share one list.
        if semis.count >= 2 {
            let tails = semis.map { seg -> Range<Int> in split(seg, by: { $0 == 0x2C }).last ?? seg }
            if tails != semis { out.append(Reading(items: tails, part: .tails, level: 4, endsWithEtc: false)) }
        }
        // Conjunctions inside several items: A，B和C，以及D.
        if fine.count >= 2 {
            var all: [Range<Int>] = []
            for item in fine { all += splitConjunction(item) ?? [item] }
            if all.count > fine.count + 1 { out.append(Reading(items: all, level: fineLevel, endsWithEtc: false)) }
        }
        // Conjunction before the last item: A、B和C, or A和B.
        let base = fine.count >= 2 ? fine : [r]
        if let last = base.last, let conj = splitConjunction(last) {
            var items = Array(base.dropLast())
            items.append(contentsOf: conj)
            out.append(Reading(items: items, level: base.count >= 2 ? fineLevel : 1, endsWithEtc: false))
        }
        // A quotation that makes up most of the stretch and holds a list: 即我市首创的“确立核心地位、
        // …”的耕地保护模式 (not a quotation inside one clause of a longer list).
        var k = r.lowerBound
        while k < r.upperBound {
            if CharacterClass.isOpeningQuote(u[k]), let q = index.quote(openingAt: k), q.close < r.upperBound, 2 * q.content.count >= r.count {
                let pieces = split(q.content, by: { $0 == 0x3001 || $0 == 0x3B })
                if pieces.count >= 2 { out.append(Reading(items: pieces, level: 2, endsWithEtc: false)) }
                k = q.close
            }
            k += 1
        }
        if out.isEmpty { out.append(Reading(items: [r], level: 0, endsWithEtc: false)) }
        return out.map(stripEtc)
    }

    /// Splits `range` at units matching `isSeparator`, dropping empty pieces and trimming.
    func split(_ range: Range<Int>, by isSeparator: (UInt16) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for k in range {
            let c = u[k]
            if c == 0x28 || c == 0x201C || c == 0x2018 || c == 0x300C { depth += 1 }
            if c == 0x29 || c == 0x201D || c == 0x2019 || c == 0x300D { depth = max(0, depth - 1) }
            if depth == 0, isSeparator(c) {
                let t = trim(start..<k)
                if !t.isEmpty { out.append(t) }
                start = k + 1
            }
        }
        let t = trim(start..<range.upperBound)
        if !t.isEmpty { out.append(t) }
        return out
    }

    /// A和B → A | B, at the last conjunction outside brackets; nil when there is none.
    func splitConjunction(_ range: Range<Int>) -> [Range<Int>]? {
        var k = range.upperBound - 1
        var depth = 0
        while k > range.lowerBound {
            let c = u[k]
            if c == 0x29 || c == 0x201D { depth += 1 }
            if c == 0x28 || c == 0x201C { depth = max(0, depth - 1) }
            if depth == 0 {
                // The conjunction must be a word of its own (not the 与 of 参与, the 及 of 及时).
                for conj in Self.conjunctions where index.has(conj, at: k) && k + conj.count < range.upperBound
                    && index.isWordStart(k) && index.isWordStart(k + conj.count) {
                    // 以及 wins over 及 at the same end.
                    if conj.count == 1, k > range.lowerBound, index.has(Array("以及".utf16), at: k - 1) { continue }
                    let a = trim(range.lowerBound..<k), b = trim((k + conj.count)..<range.upperBound)
                    if a.count >= 1, b.count >= 1 { return [a, b] }
                }
            }
            k -= 1
        }
        return nil
    }

    /// Trims spaces, line ends, dashes, quotation marks around the whole, list markers and a
    /// leading conjunction (以及, 和, 并).
    func trim(_ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, Self.isTrimmable(u[a]) { a += 1 }
        for conj in Self.leadingConjunctions where b - a > conj.count + 1 && index.has(conj, at: a) {
            a += conj.count
            break
        }
        while a < b, Self.isTrimmable(u[b - 1]) { b -= 1 }
        // A quotation around the whole item: “…”
        if b - a >= 2, CharacterClass.isOpeningQuote(u[a]), CharacterClass.isClosingQuote(u[b - 1]) {
            var inner = true
            for k in (a + 1)..<(b - 1) where CharacterClass.isQuote(u[k]) { inner = false; break }
            if inner { a += 1; b -= 1 }
        }
        // The first or last item of a quoted list: “A，B，C” → A | B | C.
        if b - a >= 2, CharacterClass.isOpeningQuote(u[a]), !(a + 1..<b).contains(where: { CharacterClass.isClosingQuote(u[$0]) }) { a += 1 }
        if b - a >= 2, CharacterClass.isClosingQuote(u[b - 1]), !(a..<(b - 1)).contains(where: { CharacterClass.isOpeningQuote(u[$0]) }) { b -= 1 }
        return a..<b
    }

    /// Characters that end a cue before an item (指, 即, 是, 为, ：).
    static let cueEnds: Set<UInt16> = Set("指即是为:：".utf16)

    static func isTrimmable(_ c: UInt16) -> Bool {
        c == 0x20 || c == 0x3000 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2A || c == 0x3002
            || c == 0x3A || c == 0x2C || c == 0x3B || c == 0x3001 || c == 0x2014
    }

    /// Drops a trailing 等 (等等) and a trailing count phrase (等十大重点工程, 五大任务) from the
    /// last item, and records the 等.
    func stripEtc(_ reading: Reading) -> Reading {
        var r = reading
        guard let last = r.items.last else { return r }
        var b = last.upperBound
        // A count phrase at the end: [等][numeral][大/个/项/类/种/方面][up to 6 characters].
        var k = max(last.lowerBound + 1, b - 10)
        while k < b {
            if ChineseNumeral.isNumeral(u[k]) || u[k] == CharacterClass.shuang || CharacterClass.isDigit(u[k]), k > last.lowerBound,
               !CharacterClass.isDigit(u[k - 1]), !Self.cueEnds.contains(u[k - 1]) {
                // (Not the whole of a coded item: “2”指两条产业带.)
                var e = k
                while e < b, ChineseNumeral.isNumeral(u[e]) || CharacterClass.isDigit(u[e]) { e += 1 }
                // Only a phrase that sums the list up: after 等, or counting its items
                // (甲、乙、丙三大任务), not an item's own count (…、守住一条底线).
                let summed = u[k - 1] == 0x7B49
                    || (u[k] != CharacterClass.shuang && ChineseNumeral(units: u[k..<e])?.value == r.items.count)
                if e < b, "大个项类种条".utf16.contains(u[e]), b - e <= 14, summed,
                   !(k..<b).contains(where: { CharacterClass.isItemSeparator(u[$0]) }) {
                    b = k
                    break
                }
            }
            k += 1
        }
        var etc = false
        while b > last.lowerBound + 1, u[b - 1] == 0x7B49 { b -= 1; etc = true }   // 等
        if b != last.upperBound {
            r.items[r.items.count - 1] = trim(last.lowerBound..<b)
        }
        r.endsWithEtc = etc
        return r
    }
}
