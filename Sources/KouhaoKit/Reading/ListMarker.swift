/// What opens a list item, a numbered heading or a Markdown line: a line that starts with one
/// starts a new paragraph, so the line break before it is never joined.
///
/// 例：`一、`, `（二）`, `(3)`, `4.`, `5、`, `①`, `⑵`, `㈢`, `第三章`, `第十二条`, `#`, `•`, `- `.
/// Not markers: `1.5%` (a decimal), `2019年`, `一是` (an enumerator inside running text).
enum ListMarker {
    /// Whether `units[i..<end]` starts with a list marker or heading number.
    /// 例：true for `（一）指导思想`, `12. 加强监管`; false for `12.5亿元`, `一是抓落实`.
    static func starts(_ u: UnsafeBufferPointer<UInt16>, at i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let c = u[i]
        switch c {
        case 0x23:                                   // # (Markdown heading)
            return true
        case 0x2460...0x249B, 0x3220...0x3229:       // ①…⑳ ⑴…⒇ ⒈…⒛ ㈠…㈩
            return true
        case 0x2022, 0x25CF, 0x25C6, 0x25A0, 0x25A1, 0x25AA, 0x25CB, 0x25C7, 0x2605, 0x2606, 0x25B6, 0x27A2:
            return true                              // • ● ◆ ■ □ ▪ ○ ◇ ★ ☆ ▶ ➢
        case 0x2D, 0x2A, 0x2B:                       // - * + then a space (Markdown list)
            return i + 1 < end && (u[i + 1] == 0x20 || u[i + 1] == 0x3000)
        case 0x28, 0xFF08:                           // ( （ + 一…十 or 1–99 + ) ）
            var j = i + 1
            let numeral = Self.run(u, from: j, end: end, limit: 3, where: isSmallChineseNumeral)
            let digits = numeral == j ? Self.run(u, from: j, end: end, limit: 2, where: isASCIIDigit) : j
            j = max(numeral, digits)
            return j > i + 1 && j < end && (u[j] == 0x29 || u[j] == 0xFF09)
        case 0x7B2C:                                 // 第 + number + 章节条部分篇款编
            let j = Self.run(u, from: i + 1, end: end, limit: 5) { isSmallChineseNumeral($0) || isASCIIDigit($0) }
            guard j > i + 1, j < end else { return false }
            return [0x7AE0, 0x8282, 0x6761, 0x90E8, 0x7BC7, 0x6B3E, 0x7F16].contains(u[j])
        default:
            if isSmallChineseNumeral(c) {
                let j = Self.run(u, from: i, end: end, limit: 3, where: isSmallChineseNumeral)
                return j < end && (u[j] == 0x3001 || u[j] == 0xFF0E || u[j] == 0x2E)   // 一、 一．
            }
            if isASCIIDigit(c) || (0xFF10...0xFF19).contains(c) {
                let j = Self.run(u, from: i, end: end, limit: 2) { isASCIIDigit($0) || (0xFF10...0xFF19).contains($0) }
                guard j < end, [0x2E, 0x3001, 0xFF0E, 0x29, 0xFF09].contains(u[j]) else { return false }
                // 1.5 and 3.2万 are numbers, not markers.
                return !(j + 1 < end && (isASCIIDigit(u[j + 1]) || (0xFF10...0xFF19).contains(u[j + 1])))
            }
            return false
        }
    }

    /// The end of a run of at most `limit` units satisfying `test`, from `i`.
    private static func run(_ u: UnsafeBufferPointer<UInt16>, from i: Int, end: Int, limit: Int,
                            where test: (UInt16) -> Bool) -> Int {
        var j = i
        while j < end, j - i < limit, test(u[j]) { j += 1 }
        return j
    }

    /// 一二三四五六七八九十 and 〇零百: the numerals of section numbers (两 is not one).
    @inline(__always)
    static func isSmallChineseNumeral(_ u: UInt16) -> Bool {
        switch u {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007, 0x96F6, 0x767E:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIIDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
}
