/// Numbers that state an amount or dial a line rather than count items: a scale number alone
/// (万亿俱乐部, 千亿级产业集群, 百万青少年上冰雪) and a service number before its hotline
/// (“12345”市民服务热线).
///
/// Both are read off the number's form and one word class (units of scale; the nouns of a
/// telephone line), not a list of names.
/// 例：`迈入“万亿俱乐部”，拓展“12345”市民服务热线` has no slogan; `“千万工程”` keeps its.
extension SloganScanner {
    /// Whether the label's only number is one scale number — two characters, a place value
    /// before 万 or 亿 that multiplies it (十万, 百万, 十亿, 百亿, 千亿, 万亿) — an amount, not
    /// a count of items. 千万 stays out (千万工程: the tiers 千 and 万); so do tiers of three
    /// or more places (百千万) and counts before a scale (六大千亿级产业集群, 五千亿级).
    /// 例：“万亿俱乐部” → true; “千万工程” → false.
    func statesScaleAmount(_ shape: LabelShape) -> Bool {
        // LabelShape gives each numeral character its group: 万 | 亿俱乐部.
        guard shape.groups.count == 2, !shape.hasDigits else { return false }
        let g = shape.groups[0], h = shape.groups[1]
        guard g.numeral.count == 1, h.numeral.count == 1, g.body.isEmpty, g.measure == nil,
              g.numeral.upperBound == h.numeral.lowerBound else { return false }
        let a = u[g.numeral.lowerBound], b = u[h.numeral.lowerBound]
        switch b {
        case 0x4EBF: return Self.placesBeforeYi.contains(a)   // 亿
        case 0x4E07: return Self.placesBeforeWan.contains(a)  // 万
        default: return false
        }
    }

    /// Place values that multiply 亿 (十亿, 百亿, 千亿, 万亿) and 万 (十万, 百万).
    static let placesBeforeYi: Set<UInt16> = Set("十百千万".utf16)
    static let placesBeforeWan: Set<UInt16> = Set("十百".utf16)

    /// Whether a digit code is the number of a telephone line: a line noun (热线, 电话, 专线)
    /// follows the digits in the same phrase, right away or after a service name, inside or
    /// outside the quotation (“12345”市民服务热线, 12345政务服务热线, “12345热线”).
    /// 例：`开通“12345”市民服务热线` → true; `聚焦“12345”目标` → false.
    func dialsHotline(_ shape: LabelShape) -> Bool {
        // LabelShape gives each digit its group: 1 | 2 | 3 | 4 | 5市民服务. The code is one run
        // of digits (no 1+N), with nothing before it.
        guard shape.hasDigits, let first = shape.groups.first, let g = shape.groups.last,
              first.numeral.lowerBound == shape.range.lowerBound,
              (first.numeral.lowerBound..<g.numeral.upperBound).allSatisfy({ CharacterClass.isDigit(u[$0]) }),
              shape.groups.allSatisfy({ $0.measure == nil }) else { return false }
        var k = g.numeral.upperBound
        var han = 0
        while k + 1 < index.count, han < 10 {
            let c = u[k]
            if CharacterClass.isQuote(c) { k += 1; continue }
            guard CharacterClass.isHan(c) else { return false }
            if Self.lineNouns.contains(u[k..<(k + 2)]) { return true }
            han += 1
            k += 1
        }
        return false
    }

    /// Nouns of a telephone line after its number.
    static let lineNouns: WordSet = ["热线", "电话", "专线"]
}
