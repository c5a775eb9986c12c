/// A definition that explains a label part by part, one part to a clause (一网，指…；四中心，指
/// 甲、乙、丙、丁): each part gives its items — the 、 list of its definition when the part counts
/// that many, else the whole definition.
///
/// 例：`一网，指统一的政务网；四中心，指政务服务中心、公共资源交易中心、投资服务中心、党群服务中心`
/// for 一网四中心 → 统一的政务网 | 政务服务中心 | 公共资源交易中心 | 投资服务中心 | 党群服务中心.
extension ExpansionResolver {
    /// The items of `range` read as part definitions, or nil when its clauses are not.
    /// - Complexity: O(length of the range).
    func partDefinitions(in range: Range<Int>) -> [Range<Int>]? {
        let segments = parser.split(range, by: { $0 == 0x3B })
        guard segments.count >= 2, segments.count <= 8 else { return nil }
        var items: [Range<Int>] = []
        for seg in segments {
            guard let (count, definition) = partDefinition(seg) else { return nil }
            let pieces = parser.split(trimCount(count, after: definition), by: { $0 == 0x3001 })
            var listed = pieces
            if pieces.count == count - 1, let last = pieces.last, let pair = parser.splitConjunction(last) {
                listed = Array(pieces.dropLast()) + pair
            }
            items += count >= 2 && listed.count == count ? listed : [definition]
        }
        return items
    }

    /// A segment that opens with a part of a label (a numeral, 双 or 多, up to four characters,
    /// quoted or not; or a quoted code, after 第一个/第二个 when the code repeats) and a cue
    /// (，指 / 是指 / 即 / ：, or 是 after a quoted part): the part's count (0 for 多: unknown)
    /// and its definition.
    /// 例：`“两桥”是青川大桥、松岭大桥` → (2, 青川大桥、松岭大桥); `第二个“3”指物流、金融、会展` → (3, …).
    func partDefinition(_ seg: Range<Int>) -> (count: Int, definition: Range<Int>)? {
        var k = seg.lowerBound
        // 第一个“5”, 第二个“5”: the same code twice.
        if k + 3 < seg.upperBound, u[k] == 0x7B2C, ChineseNumeral.isNumeral(u[k + 1]), u[k + 2] == 0x4E2A,
           CharacterClass.isOpeningQuote(u[k + 3]) { k += 3 }
        let quoted = k < seg.upperBound && CharacterClass.isOpeningQuote(u[k])
        if quoted { k += 1 }
        let numeralStart = k
        while k < seg.upperBound, k - numeralStart < 3,
              ChineseNumeral.isNumeral(u[k]) || u[k] == CharacterClass.shuang || (quoted && CharacterClass.isDigit(u[k])) { k += 1 }
        if k == numeralStart, k < seg.upperBound, u[k] == 0x591A { k += 1 }   // 多: a count the text leaves open
        guard k > numeralStart else { return nil }
        let count = u[numeralStart] == CharacterClass.shuang ? 2 : u[numeralStart] == 0x591A ? 0
            : ChineseNumeral(units: u[numeralStart..<k])?.value ?? 1
        let bodyStart = k
        while k < seg.upperBound, k - bodyStart < 4, CharacterClass.isHan(u[k]), !ChineseNumeral.isNumeral(u[k]),
              u[k] != 0x6307, u[k] != 0x5373 { k += 1 }   // up to 指 or 即
        // A bare code part is quoted (“5”指…), a worded part has a body (一网, 四中心).
        let codeOnly = quoted && CharacterClass.isDigit(u[numeralStart])
        guard k > bodyStart || codeOnly else { return nil }
        if k < seg.upperBound, CharacterClass.isClosingQuote(u[k]) { k += 1 } else if quoted { return nil }
        if k < seg.upperBound, u[k] == 0x2C || u[k] == 0x3A { k += 1 }
        // After a quoted part, 是 alone defines it (“两桥”是…), unless it opens a word (是否).
        if quoted, k + 1 < seg.upperBound, u[k] == 0x662F, u[k + 1] != 0x6307, u[k + 1] != 0x5426 {
            let definition = parser.trim((k + 1)..<seg.upperBound)
            return definition.count >= 2 ? (count, definition) : nil
        }
        guard let cue = Cue.after(at: k, in: index), cue.kind == .words, cue.strong, cue.start < seg.upperBound else { return nil }
        var definition = parser.trim(cue.start..<seg.upperBound)
        // A code part's first clause names it; what follows comments on it (“2”指两个园区，是…).
        if codeOnly, let comma = definition.first(where: { u[$0] == 0x2C }), comma - definition.lowerBound >= 2 {
            definition = parser.trim(definition.lowerBound..<comma)
        }
        guard definition.count >= 2 else { return nil }
        return (count, definition)
    }

    /// A part's definition without the count and head that close it when it lists the things
    /// (茶叶、竹木和康养三大主导产业 → 茶叶、竹木和康养 for a part of three).
    func trimCount(_ count: Int, after definition: Range<Int>) -> Range<Int> {
        guard count >= 2 else { return definition }
        var k = definition.lowerBound + 2
        while k < definition.upperBound - 1 {
            if ChineseNumeral.isNumeral(u[k]) || CharacterClass.isDigit(u[k]), !ChineseNumeral.isNumeral(u[k - 1]),
               !CharacterClass.isDigit(u[k - 1]), definition.upperBound - k <= 10 {
                var e = k
                while e < definition.upperBound, ChineseNumeral.isNumeral(u[e]) || CharacterClass.isDigit(u[e]) { e += 1 }
                if ChineseNumeral(units: u[k..<e])?.value == count, e < definition.upperBound,
                   "大个项类种条家".utf16.contains(u[e]) {
                    return parser.trim(definition.lowerBound..<k)
                }
            }
            k += 1
        }
        return definition
    }
}
