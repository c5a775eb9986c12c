/// Labels a glossary does not show because they are numbers, counts or words rather than
/// slogans, whatever a document made of them: a bare number (“10”, “2020”: a code stands with
/// its head, “2330”目标), a count without a head (两个, 三类), a word whose only numerals are
/// financial forms (陆海, 陆港: 陆 is land), an ordinal (第三方), a number of places (两省,
/// 四省市, 三县).
///
/// 例：`GlossaryNoise.isNoise(key: "两个", label: "两个", kind: .compact)` → true; `"四风"` → false.
public enum GlossaryNoise {
    /// Whether the label with grouping key `key` (see ``SloganKeying``), plain form `label` (with
    /// its 个) and shape `kind` is noise.
    /// 例：`isNoise(key: "2020", label: "2020", kind: .digitCode)` → true; `"6543工程"` → false.
    public static func isNoise(key: String, label: String, kind: SloganKind) -> Bool {
        let units = Array(label.utf16)
        guard let first = units.first, let last = units.last else { return true }
        if isBareNumber(key) || isBareNumber(label) || first == 0x7B2C { return true }   // 第
        let numerals = units.filter(isNumeral)
        // A number and measure words, nothing after (两个, 三类; not 五个一, 四个一批).
        let lead = units.prefix(while: isNumeral).count
        if lead > 0, lead < units.count, units.dropFirst(lead).allSatisfy({ SloganLexicon.countMeasures.contains([$0][...]) }) {
            return true
        }
        if !numerals.isEmpty, numerals.allSatisfy(financialNumerals.contains) { return true }
        return kind == .compact && placeSuffixes.contains(last)
    }

    static func isNumeral(_ u: UInt16) -> Bool {
        ChineseNumeral.isNumeral(u) || u == CharacterClass.shuang || CharacterClass.isDigit(u)
    }

    /// Whether a key is nothing but ASCII digits. 例：`isBareNumber("2020")` → true; `"6543工程"` → false.
    public static func isBareNumber(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The financial forms of numerals (壹 … 拾, 佰, 仟).
    static let financialNumerals: Set<UInt16> = Set("壹贰叁肆伍陆柒捌玖拾佰仟".utf16)
    /// The last characters of the names of places: 省, 市, 县, 州.
    static let placeSuffixes: Set<UInt16> = Set("省市县州".utf16)
}
