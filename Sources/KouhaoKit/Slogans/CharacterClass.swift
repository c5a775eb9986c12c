/// Character classes the slogan engine reasons with, on normalized UTF-16 units.
///
/// 例：`CharacterClass.isHan("农".utf16.first!)` is true; `CharacterClass.isOpeningQuote("“".utf16.first!)` too.
enum CharacterClass {
    /// A CJK ideograph (BMP blocks; extension planes are rare in policy text).
    @inline(__always)
    static func isHan(_ u: UInt16) -> Bool {
        (0x4E00...0x9FFF).contains(u) || (0x3400...0x4DBF).contains(u) || (0xF900...0xFAFF).contains(u) || u == 0x3007
    }

    @inline(__always)
    static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    @inline(__always)
    static func isLatin(_ u: UInt16) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }

    /// Chinese numerals and place units (一…十百千万亿两〇零, 壹贰…).
    @inline(__always)
    static func isChineseNumeral(_ u: UInt16) -> Bool { ChineseNumeral.isNumeral(u) }

    /// 双 (a pair) counts as two in slogans: 双招双引, 双随机、一公开.
    static let shuang: UInt16 = 0x53CC

    /// Opening quotation marks (after NFKC): “ ‘ 「 『 and the ASCII " (paired by position).
    @inline(__always)
    static func isOpeningQuote(_ u: UInt16) -> Bool {
        u == 0x201C || u == 0x2018 || u == 0x300C || u == 0x300E || u == 0x301D
    }

    @inline(__always)
    static func isClosingQuote(_ u: UInt16) -> Bool {
        u == 0x201D || u == 0x2019 || u == 0x300D || u == 0x300F || u == 0x301E || u == 0x301F
    }

    @inline(__always)
    static func isQuote(_ u: UInt16) -> Bool {
        isOpeningQuote(u) || isClosingQuote(u) || u == 0x22
    }

    /// Marks that end a sentence: 。！？ (and their ASCII forms after NFKC) and line ends.
    @inline(__always)
    static func isSentenceEnd(_ u: UInt16) -> Bool {
        u == 0x3002 || u == 0x21 || u == 0x3F || u == 0x0A || u == 0x0D || u == 0xFF61
    }

    @inline(__always)
    static func isLineEnd(_ u: UInt16) -> Bool { u == 0x0A || u == 0x0D || u == 0x2028 || u == 0x2029 }

    /// Separators between list items: 、 , ; (，； fold to , ; under NFKC).
    @inline(__always)
    static func isItemSeparator(_ u: UInt16) -> Bool { u == 0x3001 || u == 0x2C || u == 0x3B || u == 0xFF64 }

    @inline(__always)
    static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x3000 || u == 0xA0
    }

    /// Any punctuation or symbol that cannot be part of a label.
    @inline(__always)
    static func isPunctuation(_ u: UInt16) -> Bool {
        if isHan(u) || isDigit(u) || isLatin(u) { return false }
        return true
    }
}

extension UInt16 {
    /// The UTF-16 unit of a one-unit string literal (for readable comparisons).
    init(_ s: StaticString) {
        self = s.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }.utf16.first!
    }
}
