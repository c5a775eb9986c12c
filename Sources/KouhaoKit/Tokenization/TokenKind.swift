/// What a token is made of.
///
/// 例：in `实施“6543”工程` the tokens are 实施 `.ideographic`, “ `.punctuation`, 6543 `.number`,
/// ” `.punctuation`, 工程 `.ideographic`; in `四不四争` the token 四 is `.number`.
public enum TokenKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Chinese characters (a word or a single character ICU could not group).
    case ideographic
    /// Arabic digits (`2020`, `3.5`) or Chinese numerals only (`四`, `十二`, `两`, `〇`).
    case number
    /// Latin or other alphabetic letters, and kana (`GDP`, `AG600`).
    case letter
    /// Punctuation and symbols (`、`, `“`, `，`, `%`).
    case punctuation
    /// White space, including line ends.
    case space
}
