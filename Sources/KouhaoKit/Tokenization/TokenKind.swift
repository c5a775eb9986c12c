/// What a token is made of.
///
/// 例：in `实施“6543”工程` the tokens are 实施 `.ideographic`, “ `.punctuation`, 6543 `.number`,
/// ” `.punctuation`, 工程 `.ideographic`; in `四不四争` the token 四 is `.number`.
public enum TokenKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Chinese characters (a word or a single character ICU could not group).
    /// 例：`实施` and `工程` in 实施“6543”工程.
    case ideographic
    /// Arabic digits (`2020`, `3.5`) or Chinese numerals only (`四`, `十二`, `两`, `〇`).
    /// 例：`6543` in 实施“6543”工程; each `四` in 四不四争四先锋.
    case number
    /// Latin or other alphabetic letters, and kana (`GDP`, `AG600`). 例：`GDP` in GDP增长.
    case letter
    /// Punctuation and symbols (`、`, `“`, `，`, `%`). 例：the quotes around 6543 in 实施“6543”工程.
    case punctuation
    /// White space, including line ends. 例：the line end between 一、总体要求 and 二、重点任务.
    case space
}
