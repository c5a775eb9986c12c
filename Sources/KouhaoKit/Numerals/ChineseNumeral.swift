/// A number written in Chinese numerals or Arabic digits, with its value and its digits.
///
/// Slogans use numbers two ways: as counts (`四个全面` → 4, `十二` → 12) and as digit codes
/// whose every digit counts one group of items (`6543工程` → 6, 5, 4, 3). A parsed numeral
/// keeps both. 例：
/// - `两` → value 2, digits [2]
/// - `十二` → value 12, digits [1, 2]
/// - `一百零五` → value 105, digits [1, 0, 5]
/// - `6543` → value 6543, digits [6, 5, 4, 3]
/// - `二〇二二` → value 2022, digits [2, 0, 2, 2]
public struct ChineseNumeral: Hashable, Sendable {
    /// How the numeral is written.
    ///
    /// 例：`135` is `.arabic`, `一百零五` is `.positional`, `二〇二二` is `.digitByDigit`.
    public enum Style: Hashable, Sendable {
        /// Arabic digits (after NFKC: full-width digits too). 例：`5321` in “5321”工程, and `１３５`.
        case arabic
        /// Chinese numerals read by place value (十, 百, 千, 万, 亿), and a single numeral.
        /// 例：`一百零五`, `三万五千`; a lone digit such as the `四` of 四抓 is `.positional` too.
        case positional
        /// Chinese digits one by one, without units (二〇二二, 一二三). 例：`二〇二三` → digits [2, 0, 2, 3].
        case digitByDigit
    }

    /// The numeric value. 例：105 for `一百零五`; 5321 for `5321`.
    public let value: Int
    /// The decimal digits of the value as written (`6543` → [6, 5, 4, 3]).
    /// 例：`三万五千` → [3, 5, 0, 0, 0]; `二〇二三` → [2, 0, 2, 3].
    public let digits: [Int]
    /// How it was written. 例：`.digitByDigit` for `二〇二三`, `.positional` for `十二`.
    public let style: Style

    /// Parses a numeral; nil when `text` is not one.
    /// 例：`ChineseNumeral("一百零五")?.value` → 105; `ChineseNumeral("一些")` → nil.
    /// - Complexity: O(n).
    public init?<S: StringProtocol>(_ text: S) {
        let units = Array(text.utf16)
        self.init(units: units[...])
    }

    /// Parses a numeral from UTF-16 units (normalized text).
    /// 例：`ChineseNumeral(units: Array("十二".utf16)[...])?.value` → 12.
    public init?(units: ArraySlice<UInt16>) {
        guard !units.isEmpty, units.count <= 32 else { return nil }
        if units.allSatisfy({ Self.arabicDigit($0) != nil }) {
            let ds = units.map { Self.arabicDigit($0)! }
            guard ds.count <= 18 else { return nil }
            digits = ds
            value = ds.reduce(0) { $0 * 10 + $1 }
            style = .arabic
            return
        }
        guard units.allSatisfy(Self.isNumeral) else { return nil }
        if !units.contains(where: { Self.placeValue($0) != nil }) {
            let ds = units.map { Self.digitValue($0)! }
            digits = ds
            value = ds.count <= 18 ? ds.reduce(0) { $0 * 10 + $1 } : 0
            style = units.count == 1 ? .positional : .digitByDigit
            return
        }
        guard let v = Self.positionalValue(units) else { return nil }
        value = v
        digits = String(v).utf8.map { Int($0) - 48 }
        style = .positional
    }

    /// Whether a UTF-16 unit is a Chinese numeral or place unit (一…十百千万亿两〇零, 壹贰…).
    /// 例：`四` yes, `个` no, `双` no (it means two but is not a numeral).
    @inline(__always)
    public static func isNumeral(_ u: UInt16) -> Bool {
        digitValue(u) != nil || placeValue(u) != nil
    }

    /// The value of a Chinese digit character (〇零一二两三…九, 壹贰叁…玖), else nil.
    /// 例：`digitValue("两".utf16.first!)` → 2; for `十` (a place unit) → nil.
    @inline(__always)
    public static func digitValue(_ u: UInt16) -> Int? {
        switch u {
        case 0x3007, 0x96F6: return 0          // 〇 零
        case 0x4E00, 0x58F9, 0x5F0C: return 1  // 一 壹 弌
        case 0x4E8C, 0x4E24, 0x8D30, 0x5169, 0x8CB3: return 2  // 二 两 贰 兩 貳
        case 0x4E09, 0x53C1: return 3          // 三 叁
        case 0x56DB, 0x8086: return 4          // 四 肆
        case 0x4E94, 0x4F0D: return 5          // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6  // 六 陆 陸
        case 0x4E03, 0x67D2: return 7          // 七 柒
        case 0x516B, 0x634C: return 8          // 八 捌
        case 0x4E5D, 0x7396: return 9          // 九 玖
        default: return nil
        }
    }

    /// The value of a Chinese place unit (十拾 10, 百佰 100, 千仟 1000, 万萬 10⁴, 亿億 10⁸), else nil.
    /// 例：`placeValue("万".utf16.first!)` → 10000; for `五` → nil.
    @inline(__always)
    public static func placeValue(_ u: UInt16) -> Int? {
        switch u {
        case 0x5341, 0x62FE: return 10           // 十 拾
        case 0x767E, 0x4F70: return 100          // 百 佰
        case 0x5343, 0x4EDF: return 1000         // 千 仟
        case 0x4E07, 0x842C: return 10_000       // 万 萬
        case 0x4EBF, 0x5104: return 100_000_000  // 亿 億
        default: return nil
        }
    }

    /// The value of an ASCII or full-width digit (0–9, ０–９), else nil.
    /// 例：`arabicDigit("7".utf16.first!)` → 7, and full-width `７` → 7 as well; `七` → nil.
    @inline(__always)
    public static func arabicDigit(_ u: UInt16) -> Int? {
        (u >= 0x30 && u <= 0x39) ? Int(u - 0x30) : (u >= 0xFF10 && u <= 0xFF19) ? Int(u - 0xFF10) : nil
    }

    /// 一百零五 → 105, 十二 → 12, 三万五千 → 35000; nil when malformed (十十, 百一百) or too
    /// large for `Int` (九万亿亿亿亿亿).
    private static func positionalValue(_ units: ArraySlice<UInt16>) -> Int? {
        var total = 0        // completed 亿 and 万 sections
        var section = 0      // below 万
        var digit: Int? = nil
        var lastUnit = Int.max
        for u in units {
            if let d = digitValue(u) {
                if digit != nil && d != 0 && digit != 0 { return nil }  // 二三十: two digits in a row
                digit = d
            } else if let p = placeValue(u) {
                if p >= 10_000 {
                    section += digit ?? 0
                    guard section > 0 || total > 0 else { return nil }
                    // Past Int's range (九万亿亿亿…) is no number kouhao can use.
                    if p == 100_000_000 {
                        guard let t = checked(total, plus: section, times: p) else { return nil }
                        total = t
                    } else {
                        guard let t = checked(section, plus: 0, times: p), let sum = checked(total, plus: t, times: 1) else { return nil }
                        total = sum
                    }
                    section = 0
                    lastUnit = Int.max
                } else {
                    guard p < lastUnit else { return nil }
                    let d = digit ?? ((section == 0 && total == 0 && p == 10) ? 1 : -1)
                    guard d > 0 else { return nil }
                    section += d * p
                    lastUnit = p
                }
                digit = nil
            }
        }
        return checked(total, plus: section + (digit ?? 0), times: 1)
    }

    /// (a + b) × m, or nil on overflow.
    private static func checked(_ a: Int, plus b: Int, times m: Int) -> Int? {
        let (sum, o1) = a.addingReportingOverflow(b)
        let (product, o2) = sum.multipliedReportingOverflow(by: m)
        return o1 || o2 ? nil : product
    }
}
