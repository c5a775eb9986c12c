/// How the spellings of one slogan are brought together: the grouping key of a label, and
/// its plain form for display.
///
/// The *plain form* is the label with compatibility folding (NFKC: full-width digits and
/// letters), Simplified characters and no quotation marks or white space: `四個全面` → 四个全面,
/// `“６５４３”工程` → 6543工程. The *key* goes further and also drops 个 after a Chinese numeral
/// and the separators of multi-part labels, so that 六个稳 and 六稳, or 双随机、一公开 and
/// 双随机一公开, count as one slogan. 例：`SloganKeying().key("「六個穩」")` → 六稳.
public struct SloganKeying: Sendable {
    private let normalizer: Normalizer

    /// A keying with kouhao's normalization (NFKC, Simplified). 例：`SloganKeying()`.
    public init() {
        normalizer = Normalizer(configuration: .default)
    }

    /// The plain form of a label: NFKC, Simplified, without quotes and white space.
    /// 例：`plainForm("「兩學一做」")` → 两学一做.
    /// - Complexity: O(n) in the length of the label.
    public func plainForm(_ label: String) -> String {
        String(decoding: fold(label, dropping: .quotesAndSpace), as: UTF16.self)
    }

    /// The grouping key of a label: its plain form without 个 after a Chinese numeral and
    /// without the separators 、 , ， · between parts.
    /// 例：`key("六个稳")` → 六稳; `key("双随机、一公开")` → 双随机一公开; `key("3个70%")` → 3个70%.
    /// - Complexity: O(n) in the length of the label.
    public func key(_ label: String) -> String {
        String(decoding: fold(label, dropping: .quotesSpaceSeparatorsAndMeasure), as: UTF16.self)
    }

    private enum Dropping {
        case quotesAndSpace
        case quotesSpaceSeparatorsAndMeasure
    }

    private func fold(_ label: String, dropping: Dropping) -> [UInt16] {
        Self.fold(normalizer.normalize(SourceText(label)).units, dropping: dropping)
    }

    /// The grouping key of a label already in plain form (normalized, as ``plainForm(_:)``
    /// gives): no normalizer needed. 例：`SloganKeying.key(plain: "六个稳")` → 六稳.
    static func key(plain: String) -> String {
        String(decoding: fold(Array(plain.utf16), dropping: .quotesSpaceSeparatorsAndMeasure), as: UTF16.self)
    }

    private static func fold(_ units: [UInt16], dropping: Dropping) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        for (i, u) in units.enumerated() {
            if Self.quotes.contains(u) || Self.spaces.contains(u) { continue }
            if dropping == .quotesSpaceSeparatorsAndMeasure {
                if Self.separators.contains(u) { continue }
                // 个 between a Chinese numeral and more label: 六个稳 → 六稳 (not a final 个).
                if u == Self.ge, let last = out.last, Self.chineseNumerals.contains(last), i + 1 < units.count {
                    continue
                }
            }
            out.append(u)
        }
        return out
    }

    /// Quotation marks of every kind met in Chinese text (after NFKC, ＂ is ").
    static let quotes: Set<UInt16> = Set("\"'“”‘’「」『』〝〞〟«»‹›".utf16)
    /// Opening quotation marks, for finding how a label was quoted.
    static let openingQuotes: Set<UInt16> = Set("\"'“‘「『〝«‹".utf16)
    /// Closing quotation marks.
    static let closingQuotes: Set<UInt16> = Set("\"'”’」』〞〟»›".utf16)
    private static let spaces: Set<UInt16> = Set(" \t\n\r\u{3000}\u{A0}".utf16)
    private static let separators: Set<UInt16> = Set("、,，·・•".utf16)
    private static let chineseNumerals: Set<UInt16> = Set("〇零一二三四五六七八九十百千万两双".utf16)
    private static let ge: UInt16 = "个".utf16.first!
}
