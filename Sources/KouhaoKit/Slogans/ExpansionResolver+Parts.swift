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
            let pieces = parser.split(definition, by: { $0 == 0x3001 })
            var listed = pieces
            if pieces.count == count - 1, let last = pieces.last, let pair = parser.splitConjunction(last) {
                listed = Array(pieces.dropLast()) + pair
            }
            items += count >= 2 && listed.count == count ? listed : [definition]
        }
        return items
    }

    /// A segment that opens with a part of a label (a numeral or 双, up to four characters,
    /// quoted or not) and a cue (，指 / 是指 / 即 / ：): the part's count and its definition.
    func partDefinition(_ seg: Range<Int>) -> (count: Int, definition: Range<Int>)? {
        var k = seg.lowerBound
        if k < seg.upperBound, CharacterClass.isOpeningQuote(u[k]) { k += 1 }
        let numeralStart = k
        while k < seg.upperBound, k - numeralStart < 3, ChineseNumeral.isNumeral(u[k]) || u[k] == CharacterClass.shuang { k += 1 }
        guard k > numeralStart else { return nil }
        let count = u[numeralStart] == CharacterClass.shuang ? 2 : ChineseNumeral(units: u[numeralStart..<k])?.value ?? 1
        let bodyStart = k
        while k < seg.upperBound, k - bodyStart < 4, CharacterClass.isHan(u[k]), !ChineseNumeral.isNumeral(u[k]),
              u[k] != 0x6307, u[k] != 0x5373 { k += 1 }   // up to 指 or 即
        guard k > bodyStart else { return nil }
        if k < seg.upperBound, CharacterClass.isClosingQuote(u[k]) { k += 1 }
        if k < seg.upperBound, u[k] == 0x2C || u[k] == 0x3A { k += 1 }
        guard let cue = Cue.after(at: k, in: index), cue.kind == .words, cue.strong, cue.start < seg.upperBound else { return nil }
        let definition = parser.trim(cue.start..<seg.upperBound)
        guard definition.count >= 2 else { return nil }
        return (count, definition)
    }
}
