/// A span of a document to be counted as one term, whatever its tokens: how the slogan
/// engine hands its mentions to the keyword extractor.
///
/// 例：for `实施“6543”工程`, `TermSpan(range: 3..<10, label: "6543工程")` — the range covers
/// `6543”工程` in the normalized text (UTF-16 units), the label is the term it counts as.
public struct TermSpan: Hashable, Sendable {
    /// The range in the normalized text, in UTF-16 units (see ``NormalizedText``). 例：3..<10.
    public var range: Range<Int>
    /// The term the span counts as (normalized, without quotation marks). 例：6543工程.
    public var label: String
    /// How many occurrences the span counts for (at least 1). 例：2 for a slogan whose
    /// expansion the document states: it is said once and spelled out once.
    public var weight: Double

    /// A span. 例：`TermSpan(range: 12..<16, label: "两学一做")`.
    public init(range: Range<Int>, label: String, weight: Double = 1) {
        precondition(weight >= 1, "a span counts for at least one occurrence")
        self.range = range
        self.label = label
        self.weight = weight
    }
}

extension TermSpan {
    /// The span of a slogan mention: its range in `text`'s normalized units, its key as
    /// label, and weight 2 when the mention comes with its expansion (the document spends a
    /// list on it), else 1.
    /// 例：the mention of 6543工程 in `实施“6543”工程，即摸清…` gives
    /// `TermSpan(range: 3..<10, label: "6543工程", weight: 2)`.
    public init(_ mention: SloganMention, in text: NormalizedText) {
        self.init(range: text.normalizedRange(ofSourceCodePoints: mention.range), label: mention.key,
                  weight: mention.expansion == nil ? 1 : 2)
    }
}
