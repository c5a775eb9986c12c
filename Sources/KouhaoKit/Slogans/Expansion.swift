/// What a numbered slogan stands for: its items as the text writes them, and where.
///
/// 例：for `实施“6543”工程，即摸清“六涉”企业底数，制定“五张清单”，…` the expansion of 6543工程
/// is `after`, with items 摸清“六涉”企业底数 / 制定“五张清单” / 强化“四个打击” / 画出“三张图”.
public struct Expansion: Hashable, Sendable {
    /// Where the list stands relative to the mention.
    ///
    /// 例：网格化、专业化…“五化并举” is `.before`; 三严三实 defined in a glossary at the end
    /// of the report is `.elsewhere` for its mentions in the body.
    public enum Direction: String, Hashable, Sendable, CaseIterable, Codable {
        /// The list follows the slogan (即, ：, （…）, 就是, 包括, 一是…二是…, or no cue).
        /// 例：`推进“三个强化”行动，即强化规划引领、强化要素保障、强化督查考核`.
        case after
        /// The list precedes the slogan (这“X”, 等“X”, or the label right after the list).
        /// 例：`坚持抓项目、抓产业、抓民生、抓队伍，这“四抓”工作法已在全镇推开`.
        case before
        /// The list stands elsewhere in the document (a glossary, another news item, an
        /// earlier mention), not tied to this mention by syntax.
        /// 例：the second “三个强化” in `…“三个强化”行动，即强化规划引领、…。年底前，“三个强化”行动要见到实效。`.
        case elsewhere
        /// Not in the document: the items a lexicon knows for the label (the built-in slogan
        /// lexicon, or `--lexicon FILE`). The items' ranges are empty, at the mention.
        /// 例：四风 in `坚决反对四风。` → 形式主义 / 官僚主义 / 享乐主义 / 奢靡之风.
        case lexicon
        /// Not in the document: the list the other documents of a corpus run agree on.
        /// The items' ranges are empty, at the mention.
        /// 例：“两学一做” in one of a hundred reports, the others listing 学党章党规、学系列讲话、做合格党员.
        case corpus

        /// Whether the list stands in the document itself (`after`, `before`, `elsewhere`).
        /// 例：false for `.lexicon` and `.corpus`.
        public var isInDocument: Bool { self != .lexicon && self != .corpus }
    }

    /// One item of an expansion.
    ///
    /// 例：`Expansion.Item(text: "摸清“六涉”企业底数", range: 1460..<1470)`.
    public struct Item: Hashable, Sendable {
        /// The item exactly as written, without separators or cue words.
        /// 例：`强化要素保障` from `即强化规划引领、强化要素保障、强化督查考核`.
        public var text: String
        /// Its range in the text as read, in code points.
        /// 例：26..<32 for 强化要素保障 in `全县上下要扎实推进“三个强化”行动，即强化规划引领、强化要素保障、…`.
        public var range: Range<Int>

        /// An item. 例：`Item(text: "网格化", range: 1500..<1503)`.
        public init(text: String, range: Range<Int>) {
            self.text = text
            self.range = range
        }
    }

    /// Where the list stands. 例：`.before` for 四抓 in `…抓民生、抓队伍，这“四抓”工作法…`.
    public var direction: Direction
    /// The items, in text order. 例：抓项目 / 抓产业 / 抓民生 / 抓队伍 for 四抓.
    public var items: [Item]
    /// The sentence (or glossary entry) that states the list, for people to check it.
    /// 例：`坚持抓项目、抓产业、抓民生、抓队伍，这“四抓”工作法已在全镇推开。` for 四抓.
    public var context: String
    /// How well the list fits the slogan (item count against its numbers, shared frame
    /// characters, separators), from 0 to 1.
    /// 例：1.0 for 三个强化 with three items that all share 强化.
    public var fit: Double

    /// An expansion. 例：`Expansion(direction: .before, items: items, context: "…“五化并举”…", fit: 1)`.
    public init(direction: Direction, items: [Item], context: String, fit: Double) {
        self.direction = direction
        self.items = items
        self.context = context
        self.fit = fit
    }

    /// The item texts. 例：`["网格化", "专业化", "知识化", "信息化", "常态化"]`.
    public var itemTexts: [String] { items.map(\.text) }
}
