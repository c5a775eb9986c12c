/// The words the human-readable glossaries (Markdown, HTML) share, so that both say the
/// same thing the same way.
///
/// 例：`GlossaryWording.itemMarker(3)` → ③; `GlossaryWording.date(ref)` → `（2015-03-02）` for
/// `xwlb/2015/20150302.txt`.
enum GlossaryWording {
    static let title = "口号词表"

    /// ①…⑳, then (21), (22), ….
    static func itemMarker(_ number: Int) -> String {
        (1...20).contains(number) ? String(UnicodeScalar(0x245F + number)!) : "(\(number))"
    }

    /// The items of an expansion, each escaped and after its marker: `① 建好 ② 管好 ③ 护好`.
    static func numberedItems(_ items: [String], escape: (String) -> String) -> String {
        items.enumerated().map { "\(itemMarker($0.offset + 1)) \(escape($0.element))" }.joined(separator: " ")
    }

    /// The order "first" and "last" refer to.
    static func order(_ order: DocumentOrder.Resolved) -> String {
        switch order {
        case .path: return "首见、末见按路径排序"
        case .date: return "首见、末见按文件名中的日期排序"
        }
    }

    /// The corpus line under the title.
    static func corpus(_ glossary: Glossary) -> String {
        "\(glossary.summary.documentCount) 篇文档 · \(glossary.entries.count) 条口号 · \(glossary.occurrences) 处提及 · \(order(glossary.order))"
    }

    /// Occurrences and documents of an entry.
    static func counts(_ entry: Glossary.Entry) -> String {
        "提及 \(entry.occurrences) 次，见于 \(entry.documents) 篇文档"
    }

    /// The documents an entry was first and last seen in: one when they coincide.
    static func firstAndLast(_ entry: Glossary.Entry) -> [(label: String, document: DocumentReference)] {
        entry.first == entry.last ? [("见于", entry.first)] : [("首见", entry.first), ("末见", entry.last)]
    }

    /// The date of a document in parentheses, or nothing.
    static func date(_ document: DocumentReference) -> String {
        document.date.map { "（\($0)）" } ?? ""
    }

    /// How many documents state an expansion (a lexicon's list: none of this corpus).
    static func expansionDocuments(_ expansion: ExpansionSummary) -> String {
        expansion.direction == .lexicon ? "本语料未列出，据口号词表" : "\(expansion.documents) 篇文档列出"
    }

    /// The note on an entry whose lists disagree, none fitting well enough to be its meaning.
    static func noConsensus(_ entry: Glossary.Entry) -> String? {
        entry.hasConsensus || entry.expansions.isEmpty ? nil : "以下列举彼此不一或与提法不合，未定公认含义。"
    }

    /// The short note, for one line, on an entry whose lists decide no meaning.
    /// 例：两会 with a list from one news item only → `（含义未定：1 种列举，与提法不合或彼此不一）`.
    static func undecided(_ entry: Glossary.Entry) -> String {
        "（含义未定：\(entry.expansions.count) 种列举，与提法不合或彼此不一）"
    }

    /// The note on documents that mention an entry without stating its items.
    static func withoutExpansion(_ entry: Glossary.Entry) -> String? {
        let n = entry.summary.documentsWithoutExpansion
        guard n > 0, !entry.expansions.isEmpty else { return nil }
        if n == entry.documents { return nil }
        return "另有 \(n) 篇文档提到它而未列出条目，上列含义供参考。"
    }

    /// The name of a period length: 年份 or 月份.
    static func periodName(_ period: Period) -> String { period == .year ? "年份" : "月份" }

    /// One period of a slogan's timeline: `2015：60 篇（16.4%）`.
    static func periodCell(_ row: GlossaryTimeline.Row) -> String {
        "\(row.period)：\(row.documents) 篇（\(percent(row.share))）"
    }

    /// A share as a percentage with one decimal: `16.4%`.
    static func percent(_ share: Double) -> String { JSONValue.decimal(share * 100, places: 1) + "%" }

    /// The first and last dated use of an entry, or nil when no dated document mentions it.
    static func datedUse(_ entry: Glossary.Entry) -> String? {
        guard let a = entry.summary.firstByDate?.date, let b = entry.summary.lastByDate?.date else { return nil }
        return a == b ? "使用日期：\(a)" : "使用日期：\(a) 至 \(b)"
    }

    /// A spelling with how often it occurs.
    static func variant(_ count: Glossary.Count) -> String {
        "\(count.text) ×\(count.occurrences)"
    }
}
