/// A document's text normalized for matching, with the way back to the text as read.
///
/// Every analysis stage reads ``units`` (NFKC, Simplified) and reports offsets through
/// ``sourceRange(of:)``, so that offsets always refer to the original text.
/// 例：for `四個全面` the units read `四个全面` and the range 0..<4 maps to 0..<4 of the source.
public struct NormalizedText: Sendable {
    /// The reading it normalizes: the text as read and the text read (see ``ReadingText``).
    /// 例：for a hard-wrapped `四大产\n业`, the reading's text is `四大产业`.
    public let reading: ReadingText
    /// The normalized text as UTF-16 units. 例：`Array("“6543”工程".utf16)` for `“６５４３”工程`.
    public let units: [UInt16]
    /// Normalized offsets → offsets in the reading's text.
    /// 例：the identity for `堅持「四個全面」`; not for `㈠四风`, whose ㈠ became three units.
    public let map: OffsetMap

    /// A normalized text; usually made by ``Normalizer/normalize(_:)``.
    /// 例：`NormalizedText(source: t.source, units: t.units, map: t.map)` rebuilds `t` when it
    /// was read as it is; an ``OffsetMap`` itself only comes from a normalizer.
    public init(source: SourceText, units: [UInt16], map: OffsetMap) {
        self.init(reading: ReadingText(source), units: units, map: map)
    }

    /// A normalized reading. 例：`NormalizedText(reading: r, units: u, map: m)` with `m`
    /// from normalizing `r.text`.
    public init(reading: ReadingText, units: [UInt16], map: OffsetMap) {
        self.reading = reading
        self.units = units
        self.map = map
    }

    /// The text as read: the frame of every reported offset.
    /// 例：`堅持「四個全面」` for a Traditional document, while ``string`` is `坚持「四个全面」`.
    public var source: SourceText { reading.source }

    /// The source range, in code points, of a normalized UTF-16 range.
    /// 例：for `㈠四风` (normalized `(一)四风`), `sourceRange(of: 3..<5)` → 1..<3, the 四风 as read.
    @inline(__always)
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        let read = map.sourceRange(of: range)
        return reading.source.codePointRange(utf16: reading.isIdentity ? read : reading.map.sourceRange(of: read))
    }

    /// The normalized text of a normalized range. 例：`normalized.string(0..<2)` → `四个`.
    public func string(_ range: Range<Int>) -> String {
        SourceText.string(units[range])
    }

    /// The whole normalized text. 例：`坚持「四个全面」` for `堅持「四個全面」`.
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The text as written of a normalized range (e.g. Traditional), from the reading's text:
    /// without the soft line breaks, tags and entities of the source.
    /// 例：for `堅持「四個全面」`, `sourceString(3..<7)` → `四個全面`.
    public func sourceString(_ range: Range<Int>) -> String {
        SourceText.string(writtenUnits(range))
    }

    /// The UTF-16 units as written of a normalized range (see ``sourceString(_:)``).
    /// 例：for `堅持「四個全面」`, `writtenUnits(3..<7)` holds 四個全面.
    public func writtenUnits(_ range: Range<Int>) -> ArraySlice<UInt16> {
        reading.text.utf16[map.sourceRange(of: range)]
    }
}
