/// The glossary for a terminal: the top entries, each on two lines that fit 80 columns — its
/// number, label, a sparkline of its share of documents by period, its documents and
/// mentions; then its first and last dated use and its consensus (first) expansion.
///
/// 例：
/// ```
///    3. 四个全面             ▁▃▅▇▇▅▃▂▁▁▃▂             216 篇 · 385 次
///       2015-01–2017-06  ① 全面建成小康社会 ② 全面深化改革 ③ 全面依法治国 ④ 全面从严治党
/// ```
public enum GlossaryText {
    /// Entries shown by default. 例：40.
    public static let defaultTop = 40
    /// The width everything fits in. 例：80.
    public static let width = 80
    static let labelWidth = 20
    static let sparkWidth = 30

    /// The text of the top `top` entries of `glossary`.
    /// 例：`GlossaryText.render(glossary, top: 10)` starts with `口号词表 · 15 篇文档 · …`.
    /// - Complexity: O(top × periods) plus the header.
    public static func render(_ glossary: Glossary, top: Int = defaultTop) -> [UInt8] {
        var out = ByteSink()
        let timeline = glossary.timeline
        func line(_ text: String) { out.append(DisplayWidth.truncate(text, to: width) + "\n") }
        line("\(GlossaryWording.title) · \(glossary.summary.documentCount) 篇文档 · \(glossary.entries.count) 条口号 · \(glossary.occurrences) 处提及")
        let shown = min(top, glossary.entries.count)
        let lead = 5 + labelWidth + 1
        if let first = timeline.periods.first, let last = timeline.periods.last {
            let step = Sparkline.periodsPerCharacter(timeline.periods.count, width: sparkWidth)
            let unit = timeline.period == .year ? "年" : "月"
            let per = step == 1 ? "每字符 1 \(unit)" : "每字符 \(step) 个\(unit)"
            line("按\(unit)统计：各期提及它的文档所占比例（\(per)，每条按自身最高值缩放▁▂▃▅▇），")
            line("前 \(shown) 条（按提及次数）；第二行：首见–末见日期与首要含义。")
            let characters = (timeline.periods.count + step - 1) / step
            let firstLabel = first.description, lastLabel = last.description
            let gap = max(1, characters - firstLabel.count - lastLabel.count)
            line("")
            line(String(repeating: " ", count: lead) + firstLabel + (characters > firstLabel.count + lastLabel.count
                ? String(repeating: " ", count: gap) + lastLabel : " → " + lastLabel))
        } else {
            line("没有带日期的文档：不画时间线。前 \(shown) 条（按提及次数）。")
            line("")
        }
        for entry in glossary.entries.prefix(top) {
            var first = String(repeating: " ", count: max(0, 3 - String(entry.number).count)) + "\(entry.number). "
            first += DisplayWidth.pad(entry.label, to: labelWidth) + " "
            if let series = timeline.series[entry.key] {
                first += DisplayWidth.pad(Sparkline.render(hits: series.documents, documents: timeline.documents, width: sparkWidth), to: sparkWidth)
            } else {
                first += DisplayWidth.pad(timeline.periods.isEmpty ? "" : "（无日期）", to: sparkWidth)
            }
            first += " \(entry.documents) 篇 · \(entry.occurrences) 次"
            line(first)
            var second = "     "
            if let a = entry.summary.firstByDate?.date, let b = entry.summary.lastByDate?.date {
                second += a == b ? "\(a)  " : "\(a)–\(b)  "
            }
            if let expansion = entry.expansions.first, entry.hasConsensus {
                second += GlossaryWording.numberedItems(expansion.items.map(oneLine), escape: { $0 })
            } else if !entry.expansions.isEmpty {
                // Lists that disagree or do not fit the label are no meaning to print as one.
                second += GlossaryWording.undecided(entry)
            } else {
                second += "（未见列出含义）"
            }
            line(second)
        }
        if glossary.entries.count > shown {
            line("… 另有 \(glossary.entries.count - shown) 条（--top N 显示更多；--format html 可浏览全部）")
        }
        return out.bytes
    }

    private static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }
}
