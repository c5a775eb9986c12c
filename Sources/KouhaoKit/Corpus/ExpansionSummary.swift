/// One distinct expansion of a slogan across a corpus: its items, how many documents state
/// it, and one example.
///
/// Two expansions are the same when their items have the same plain forms (see
/// ``SloganKeying/plainForm(_:)``), so a Traditional document and a Simplified one stating
/// the same list count together. 例：for 两不愁三保障, items 不愁吃 / 不愁穿 / 义务教育 / 基本医疗 /
/// 住房安全有保障, stated in 3 documents (4 occurrences), example from the first document by path.
public struct ExpansionSummary: Hashable, Sendable {
    /// The plain forms of the items, joined by U+001F: what makes two expansions the same.
    /// 例：`提升四抓成效\u{1F}提升三个强化质量` for 提升“四抓”成效 / 提升“三个强化”质量.
    public var key: String
    /// The items as the example writes them. 例：`["提升“四抓”成效", "提升“三个强化”质量"]`, quotes kept.
    public var items: [String]
    /// Where the example's list stands relative to its mention.
    /// 例：`.before` for 四抓 in `…抓民生、抓队伍，这“四抓”工作法…`.
    public var direction: Expansion.Direction
    /// Documents that state this list for the slogan.
    /// 例：1 when only `材料/2021/20210315.txt` lists 强化规划引领 / 强化要素保障 / 强化督查考核.
    public var documents: Int
    /// Mentions that carry it.
    /// 例：2 in `…“三个强化”行动，即强化规划引领、…。年底前，“三个强化”行动要见到实效。`: the second
    /// mention carries the list as `elsewhere`.
    public var occurrences: Int
    /// The sentence stating the list, first by ``Citation/precedes(_:_:)``.
    /// 例：`坚持抓项目、抓产业、抓民生、抓队伍，这“四抓”工作法已在全镇推开。` for 四抓, with `start` at 四抓.
    public var example: Citation

    /// A summary. 例：`ExpansionSummary(key: "网格化\u{1F}专业化", items: ["网格化", "专业化"], direction: .before,
    /// documents: 1, occurrences: 1, example: citation)`.
    public init(key: String, items: [String], direction: Expansion.Direction, documents: Int, occurrences: Int, example: Citation) {
        self.key = key
        self.items = items
        self.direction = direction
        self.documents = documents
        self.occurrences = occurrences
        self.example = example
    }

    /// The key of a list of items. 例：`key(of: ["全面深化改革", "全面依法治國"])` → `全面深化改革\u{1F}全面依法治国`.
    static func key(of items: [String], keying: SloganKeying) -> String {
        items.map(keying.plainForm).joined(separator: "\u{1F}")
    }

    /// Adds `other`'s counts and keeps the first example. Commutative and associative.
    mutating func merge(_ other: ExpansionSummary) {
        precondition(key == other.key, "merging the summaries of different expansions")
        documents += other.documents
        occurrences += other.occurrences
        if Self.examplePrecedes(other, self) {
            example = other.example
            items = other.items
            direction = other.direction
        }
    }

    /// The total order the example (with its items and direction) is chosen by.
    private static func examplePrecedes(_ a: ExpansionSummary, _ b: ExpansionSummary) -> Bool {
        if a.example != b.example { return Citation.precedes(a.example, b.example) }
        if a.items != b.items { return a.items.lexicographicallyPrecedes(b.items) { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        return a.direction.rawValue < b.direction.rawValue
    }
}
