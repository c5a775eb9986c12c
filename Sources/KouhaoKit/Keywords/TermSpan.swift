/// A span of a document to be counted as one term, whatever its tokens: how the slogan
/// engine hands its mentions to the keyword extractor.
///
/// 例：for `实施“6543”工程`, `TermSpan(range: 3..<10, label: "6543工程")` — the range covers
/// `6543”工程` in the normalized text (UTF-16 units), the label is the term it counts as.
public struct TermSpan: Hashable, Sendable {
    /// The range in the normalized text, in UTF-16 units (see ``NormalizedText``).
    public var range: Range<Int>
    /// The term the span counts as (normalized, without quotation marks).
    public var label: String

    /// A span. 例：`TermSpan(range: 12..<16, label: "两学一做")`.
    public init(range: Range<Int>, label: String) {
        self.range = range
        self.label = label
    }
}

extension TermSpan {
    /// The span of a slogan mention: its range in `text`'s normalized units, its key as label.
    /// 例：the mention of 6543工程 in `实施“6543”工程` gives `TermSpan(range: 3..<10, label: "6543工程")`.
    public init(_ mention: SloganMention, in text: NormalizedText) {
        self.init(range: text.normalizedRange(ofSourceCodePoints: mention.range), label: mention.key)
    }
}
