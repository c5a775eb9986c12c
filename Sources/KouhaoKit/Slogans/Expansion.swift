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
        case after
        /// The list precedes the slogan (这“X”, 等“X”, or the label right after the list).
        case before
        /// The list stands elsewhere in the document (a glossary, another news item, an
        /// earlier mention), not tied to this mention by syntax.
        case elsewhere
    }

    /// One item of an expansion.
    ///
    /// 例：`ExpansionItem(text: "摸清“六涉”企业底数", range: 1460..<1470)`.
    public struct Item: Hashable, Sendable {
        /// The item exactly as written, without separators or cue words.
        public var text: String
        /// Its range in the text as read, in code points.
        public var range: Range<Int>

        /// An item. 例：`Item(text: "网格化", range: 1500..<1503)`.
        public init(text: String, range: Range<Int>) {
            self.text = text
            self.range = range
        }
    }

    /// Where the list stands.
    public var direction: Direction
    /// The items, in text order.
    public var items: [Item]
    /// The sentence (or glossary entry) that states the list, for people to check it.
    public var context: String
    /// How well the list fits the slogan (item count against its numbers, shared frame
    /// characters, separators), from 0 to 1.
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
