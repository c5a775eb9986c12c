/// Numbers that name, rank or count rather than enumerate, by their form: financial numerals
/// (陆 of 陆港), serial numbers with a leading zero (03专项), ordinal sectors (三产, 一二三产),
/// ring roads (三环), dates before a name in running text (八一大道), both sides of a relation
/// (两党两国), coordinated ordinal names (四中、五中全会), tiers of the stock market (新三板), and
/// counts of the administrative levels a list has just named (市、区两级政务服务).
///
/// Each is grammar, not a list of names: a word class (administrative units, the nouns that
/// name the sides of a relation, the verbs of a statement) and the shape of the number.
/// 例：`巩固中越两党两国关系` has no slogan; `推进“两学一做”` keeps its.
extension SloganScanner {
    /// Whether every numeral of the label is a financial form (陆, 伍, 拾): 陆 writes "land"
    /// (陆港经济, 陆上丝绸之路, 海陆空), never a count, quoted or not.
    /// 例：“陆港经济” → true; “两学一做” → false.
    func hasOnlyFormalNumerals(_ shape: LabelShape) -> Bool {
        !shape.hasDigits && shape.groups.allSatisfy { g in
            u[g.numeral].allSatisfy { Self.formalNumerals.contains($0) }
        }
    }

    /// Whether a run of digits in the label starts with a zero (03专项, 00): a serial number,
    /// not a code whose digits count items.
    /// 例：“03专项” → true; “510”工程 → false.
    func hasLeadingZero(_ shape: LabelShape) -> Bool {
        guard shape.hasDigits else { return false }
        var k = shape.range.lowerBound
        while k < shape.range.upperBound {
            guard CharacterClass.isDigit(u[k]) else { k += 1; continue }
            if ChineseNumeral.arabicDigit(u[k]) == 0, k + 1 < shape.range.upperBound, CharacterClass.isDigit(u[k + 1]) { return true }
            while k < shape.range.upperBound, CharacterClass.isDigit(u[k]) { k += 1 }
        }
        return false
    }

    /// Whether the label names the primary, secondary and tertiary sectors (一产, 三产业,
    /// 一二三产, 二产补短板、三产强优势): ordinals 一, 二, 三 before 产, not counts.
    /// 例：三产联动 → true; 一产一院 → false.
    func namesSectors(_ shape: LabelShape) -> Bool {
        var sectors = 0
        for g in shape.groups {
            guard g.numeral.count == 1, g.measure == nil, Self.sectorOrdinals.contains(u[g.numeral.lowerBound]) else { return false }
            if g.body.isEmpty { continue }
            guard u[g.body.lowerBound] == 0x4EA7 else { return false }   // 产
            sectors += 1
        }
        return sectors > 0
    }

    /// 一, 二, 三 as the ordinals of the economy's sectors.
    static let sectorOrdinals: Set<UInt16> = Set("一二三".utf16)

    /// Whether a label counts the two sides of a relation (两党两国关系, 两党、两国, 两党): every
    /// group is 两 or 双 and one noun that names a side (党, 国, 军, 方, 岸) — "both", not a list.
    /// 例：两党两国 → true; 一国两制 → false.
    func countsBothSides(_ shape: LabelShape) -> Bool {
        !shape.groups.isEmpty && shape.groups.allSatisfy { g in
            g.value == 2 && g.measure == nil && g.body.count == 1 && Self.sideNouns.contains(u[g.body.lowerBound])
        }
    }

    /// Nouns that name the sides of a relation between two parties: 两党, 两国, 两军, 双方, 两岸.
    static let sideNouns: Set<UInt16> = Set("党国军方岸".utf16)

    /// Whether the label names a ring road (一环, 三环, 四环线, 外三环): a number and 环 alone,
    /// an ordinal of the rings around a city. A frame with 环 stays a layout (一环十横十纵).
    /// 例：“一环” → true; 三环两带 → false.
    func namesRingRoad(_ shape: LabelShape) -> Bool {
        guard shape.groups.count == 1, let g = shape.groups.first, g.measure == nil, !shape.hasDigits,
              g.body.upperBound == shape.range.upperBound else { return false }
        return Self.ringRoads.contains(u[g.body])
    }

    /// A ring road after its number: 环, 环路, 环线.
    static let ringRoads: WordSet = ["环", "环路", "环线"]

    /// Whether the label coordinates ordinal names with 中 (四中、五中全会: plenums; 六中、九中:
    /// schools): every part one numeral and 中, the last one may go on (全会, 等, 新校区) but not
    /// as 中心 (一中心两基地 is a layout).
    /// 例：四中、五中全会 → true; 一中心、两基地 → false.
    func coordinatesOrdinalNames(_ shape: LabelShape) -> Bool {
        guard shape.groups.count >= 2, shape.parts.count == shape.groups.count else { return false }
        for (k, g) in shape.groups.enumerated() {
            guard g.measure == nil, !g.body.isEmpty, u[g.body.lowerBound] == 0x4E2D else { return false }   // 中
            if k < shape.groups.count - 1 { guard g.body.count == 1 else { return false } }
            else if g.body.count > 1, u[g.body.lowerBound + 1] == 0x5FC3 { return false }                    // 心
        }
        return true
    }

    /// Whether the label names a tier of the stock market (三板, 新三板, 四板): a number and
    /// 板 alone.
    /// 例：“新三板” → true; 补齐三块短板 → false.
    func namesMarketBoard(_ shape: LabelShape) -> Bool {
        guard shape.groups.count == 1, let g = shape.groups.first, g.measure == nil, !shape.hasDigits,
              g.body.count == 1, g.body.upperBound == shape.range.upperBound else { return false }
        return u[g.body.lowerBound] == 0x677F   // 板
    }

    /// Whether the label's numerals start with a date-like pair of different numerals (八一,
    /// 九二, 二七: a month and a day, as in 八一大道, 九二共识, 二七广场) rather than a repeated
    /// number (八八战略), an ascending series (一二三工程) or tiers (十百千): in running text, a
    /// name after a date.
    /// 例：八一大道 → true; 八八战略 → false.
    func startsWithDatePair(_ shape: LabelShape) -> Bool {
        guard shape.adjacentNumerals, !shape.hasDigits, !Self.isTiers(shape, in: u), shape.groups.count >= 2 else { return false }
        let a = shape.groups[0], b = shape.groups[1]
        guard a.body.isEmpty, a.measure == nil, a.numeral.upperBound == b.numeral.lowerBound,
              let x = a.value, let y = b.value, (1...12).contains(x), (1...31).contains(y) else { return false }
        return x != y && y != x + 1
    }

    /// Whether an unquoted count of levels (N级 + head) follows the list of the administrative
    /// units it counts (市区两级政务服务, 区、市两级, 市、区、街（镇）、村（居）四级): a count of the
    /// levels just named, unless the label says what they do (五级书记抓乡村振兴: a statement).
    /// 例：`编制市县两级财政预算` → true for 两级财政预算; `全市三级政府` → false (one unit).
    func countsNamedLevels(_ shape: LabelShape, preceding i: Int) -> Bool {
        guard shape.kind == .counted, let g = shape.groups.first, let m = g.measure, m.count == 1, u[m.lowerBound] == 0x7EA7 else { return false }   // 级
        if shape.range.contains(where: { Self.statementVerbs.contains(u[$0]) }) { return false }
        var units = 0
        var k = i
        var depth = 0
        while k > 0, i - k < 24 {
            let c = u[k - 1]
            if c == 0xFF09 || c == 0x29 { depth += 1 }            // ） )
            else if c == 0xFF08 || c == 0x28 { guard depth > 0 else { break }; depth -= 1 }
            else if c == 0x3001 || c == 0x548C { }                  // 、 和
            else if Self.administrativeUnits.contains(c) { if depth == 0 { units += 1 } }
            else if depth == 0 { break }
            k -= 1
        }
        return units >= 2
    }

    /// Characters that name administrative units and levels (省, 市, 县, 区, 乡, 镇, 街, 村, 居,
    /// 州, 盟, 旗) and the second characters of their two-character names (街道, 社区, 乡镇).
    static let administrativeUnits: Set<UInt16> = Set("省市县区乡镇街道村居州盟旗社".utf16)

    /// Single-character verbs that make a label a statement (五级书记抓乡村振兴, 四级书记抓信访).
    static let statementVerbs: Set<UInt16> = Set("抓管包促带帮".utf16)
}
