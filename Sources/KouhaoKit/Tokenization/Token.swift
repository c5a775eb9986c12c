/// One token of a document: its kind and where it stands.
///
/// Tokens cover the text without gaps or overlaps: nothing is dropped, not even spaces.
/// 例：`招商引资` → 招 | 商 | 引 | 资 (ICU does not know the word), each `.ideographic`,
/// with ranges 0..<1, 1..<2, 2..<3, 3..<4.
public struct Token: Hashable, Sendable {
    /// What the token is made of. 例：`.number` for the 四 of 这“四抓”工作法, `.ideographic` for 抓.
    public var kind: TokenKind
    /// Its range in the text as read, in Unicode code points.
    /// 例：in `实施“6543”工程` the token 6543 has range 3..<7.
    public var range: Range<Int>
    /// Its range in the normalized text, in UTF-16 units (see ``NormalizedText``).
    /// 例：in `㈠四风` (normalized `(一)四风`) the token 四 has range 1..<2 and normalized range 3..<4.
    public var normalizedRange: Range<Int>

    /// Its word class in the tokenizer's lexicon (``WordClass`` raw value; 0 when it is no
    /// word of the lexicon, or without one). Internal: the keyword engine's grammar reads it.
    var wordClass: UInt8 = 0

    /// A token. 例：`Token(kind: .number, range: 0..<1, normalizedRange: 0..<1)` for `四`.
    public init(kind: TokenKind, range: Range<Int>, normalizedRange: Range<Int>) {
        self.kind = kind
        self.range = range
        self.normalizedRange = normalizedRange
    }

    /// Whether the token carries content (not space or punctuation).
    /// 例：`开发` yes, `、` no.
    public var isWordLike: Bool { kind != .space && kind != .punctuation }
}
