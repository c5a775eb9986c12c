/// What a candidate term may look like: its length, and which tokens may not stand at
/// its edges.
///
/// ICU leaves words it does not know as single characters, so candidate terms are runs of
/// tokens; the shape keeps out runs that begin with a measure word or a suffix (个工作日,
/// 性能) or end with a localizer or particle (蚀刻液中, 改革后), and runs ending in a Chinese
/// numeral (全国两, from 全国两会), and quantities (2015年, 两个). The rules apply to multi-token terms only: a single
/// token is a word ICU knows. 例：`TermShape.default` accepts 招商引资 (招|商|引|资) and
/// rejects 个工作日内 (starts with 个), 蚀刻液中 (ends with 中) and 县委将 (ends with 将).
public struct TermShape: Hashable, Sendable {
    /// Fewest characters (UTF-16 units) of a keyword. 例：2 keeps out 区 and 县.
    public var minimumLength: Int
    /// Most characters of a candidate term. 例：16.
    public var maximumLength: Int
    /// Most tokens of a candidate term. 例：8.
    public var maximumTokens: Int
    /// Tokens that cannot begin a multi-token term (measure words, suffixes, particles,
    /// prepositions and adverbs that ICU leaves as single characters). 例：个, 性, 将.
    public var nonInitial: Set<String>
    /// Tokens that cannot end a multi-token term (localizers, particles, prepositions,
    /// adverbs, modal verbs). 例：中, 后, 的, 将.
    public var nonFinal: Set<String>
    /// Measure words and units: numbers followed by one of them make a quantity or a date
    /// (2015年, 两个, 3亿元, 多名), not a term. 十八大 is a term (大 is no unit). 例：年, 个, 亿.
    public var units: Set<String>

    /// Two to sixteen characters, at most eight tokens, measure words and suffixes not
    /// first, localizers and particles not last, no quantities. 例：`TermShape.default.maximumTokens` → 8.
    public static let `default` = TermShape(
        minimumLength: 2, maximumLength: 16, maximumTokens: 8,
        nonInitial: Set(("个 项 家 条 名 位 次 种 批 件 类 辆 艘 架 枚 届 篇 号 多 几 些 们 的 地 得 着 了 过 性 化 者 中 上 下 后 时 里 间 "
            + "将 把 被 向 从 于 与 和 及 或 并 而 也 都 就 又 还 再 很 让 给 之 所").split(separator: " ").map(String.init)),
        nonFinal: Set(("中 上 下 后 前 时 内 外 里 间 们 的 地 得 着 了 过 "
            + "将 把 被 对 向 从 自 于 与 和 及 或 并 而 也 都 就 又 还 再 更 最 很 不 没 未 是 有 能 会 要 可 应 须 需 必 让 使 给 之 所 同 愿").split(separator: " ").map(String.init)),
        units: Set(("个 项 家 条 名 位 次 种 批 件 类 些 只 张 台 辆 座 所 户 人 口 支 套 块 份 篇 部 本 期 届 季 轮 年 月 日 号 天 周 时 分 秒 岁 "
            + "元 角 万 亿 倍 米 吨 斤 亩 度 成 折").split(separator: " ").map(String.init)))

    /// A shape. 例：`TermShape(minimumLength: 3)` keeps out two-character words.
    public init(minimumLength: Int = 2, maximumLength: Int = 16, maximumTokens: Int = 8,
                nonInitial: Set<String> = TermShape.default.nonInitial, nonFinal: Set<String> = TermShape.default.nonFinal,
                units: Set<String> = TermShape.default.units) {
        precondition(minimumLength >= 1 && maximumLength >= minimumLength && maximumTokens >= 1, "invalid term shape")
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.maximumTokens = maximumTokens
        self.nonInitial = nonInitial
        self.nonFinal = nonFinal
        self.units = units
    }
}
