/// A document's text normalized for matching, with the way back to the text as read.
///
/// Every analysis stage reads ``units`` (NFKC, Simplified) and reports offsets through
/// ``sourceRange(of:)``, so that offsets always refer to the original text.
/// 例：for `四個全面` the units read `四个全面` and the range 0..<4 maps to 0..<4 of the source.
public struct NormalizedText: Sendable {
    /// The text as read.
    public let source: SourceText
    /// The normalized text as UTF-16 units.
    public let units: [UInt16]
    /// Normalized offsets → source offsets.
    public let map: OffsetMap

    /// A normalized text; usually made by ``Normalizer/normalize(_:)``.
    public init(source: SourceText, units: [UInt16], map: OffsetMap) {
        self.source = source
        self.units = units
        self.map = map
    }

    /// The source range, in code points, of a normalized UTF-16 range.
    @inline(__always)
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        source.codePointRange(utf16: map.sourceRange(of: range))
    }

    /// The normalized text of a normalized range. 例：`normalized.string(0..<2)` → `四个`.
    public func string(_ range: Range<Int>) -> String {
        SourceText.string(units[range])
    }

    /// The whole normalized text.
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The original text of a normalized range (as written, e.g. Traditional).
    public func sourceString(_ range: Range<Int>) -> String {
        source.text(utf16: map.sourceRange(of: range))
    }
}
