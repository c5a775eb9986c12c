/// The text view for people: each slogan of a document once, with how often it occurs,
/// its expansion as a numbered list, and the sentence it came from; then the keywords.
///
/// 例：
/// ```
/// 6543工程  ×1  digit code 6·5·4·3
///   after: 1. 摸清“六涉”企业底数  2. 制定“五张清单”  3. 强化“四个打击”  4. 画出“三张图”
///   « 保持安全环保高压态势，实施“6543”工程，即摸清“六涉”企业底数，… »
/// ```
public enum AnalysisText {
    /// Appends the view of one document.
    /// 例：`══ 四抓.txt ══`, `四抓  ×1  compact 4`, its `before:` list and `« 坚持抓项目、… »`, then
    /// `keywords: 四抓  抓产业  抓民生  工作法`.
    public static func write(_ analysis: DocumentAnalysis, content: AnalysisJSON.Content, first: Bool, into sink: inout ByteSink) {
        if !first { sink.append("\n") }
        if analysis.path != "-" { sink.append("══ \(analysis.path) ══\n") }
        if let program = analysis.extractedBy { sink.append("(text extracted by \(program); offsets refer to that text)\n") }
        if content != .keywords {
            let groups = SloganGroup.group(analysis.slogans)
            if groups.isEmpty { sink.append("(no numbered slogans found)\n") }
            for g in groups {
                let m = g.representative
                var line = "\(m.label)  ×\(g.mentions.count)  \(kindName(m.kind))"
                if !m.numbers.isEmpty { line += " " + m.numbers.map(String.init).joined(separator: "·") }
                if g.labels.count > 1 { line += "  (also written " + g.labels.filter { $0 != m.label }.joined(separator: ", ") + ")" }
                sink.append(line + "\n")
                if let e = g.expansion {
                    sink.append("  \(e.direction.rawValue):")
                    for (i, item) in e.items.enumerated() { sink.append("  \(i + 1). \(item.text)") }
                    sink.append("\n")
                    sink.append("  « \(oneLine(e.context.isEmpty ? m.sentence : e.context)) »\n")
                } else {
                    sink.append("  « \(oneLine(m.sentence)) »\n")
                }
            }
        }
        if content != .slogans, !analysis.keywords.isEmpty {
            sink.append("keywords: " + analysis.keywords.map { $0.term }.joined(separator: "  ") + "\n")
        }
    }

    static func kindName(_ kind: SloganKind) -> String {
        switch kind {
        case .counted: return "counted"
        case .frame: return "frame"
        case .compact: return "compact"
        case .digitCode: return "digit code"
        case .multiPart: return "multi-part"
        }
    }

    static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// The mentions of one slogan in a document, for views that show each slogan once.
///
/// 例：three mentions of 四风 (one with a `before` list) form one group whose expansion is that list.
public struct SloganGroup: Sendable {
    /// The grouping key.
    /// 例：`两个清单`, the ``SloganMention/key`` of both 「兩個清單」 and “两个清单” in one 通知.
    public var key: String
    /// The mentions, in text order.
    /// 例：both 三个强化 of `…“三个强化”行动，即…。年底前，“三个强化”行动要见到实效。`.
    public var mentions: [SloganMention]
    /// The labels as written (several for Traditional or full-width variants).
    /// 例：`["兩個清單", "两个清单"]`, shown as `(also written 两个清单)`.
    public var labels: [String]

    /// The first mention. 例：the first 三个强化 (10..<14), whose label, kind and numbers the views print.
    public var representative: SloganMention { mentions[0] }

    /// The document's expansion: the first own (after/before) one, else an elsewhere one,
    /// else one lent by a lexicon or the corpus.
    /// 例：the `after` list of the first 三个强化, not the `elsewhere` copy on the second.
    public var expansion: Expansion? {
        let expansions = mentions.compactMap(\.expansion)
        return expansions.first { $0.direction == .after || $0.direction == .before }
            ?? expansions.first { $0.direction == .elsewhere } ?? expansions.first
    }

    /// Groups mentions by key, in order of first occurrence.
    /// 例：the two 三个强化 mentions above form one group with 2 mentions.
    public static func group(_ mentions: [SloganMention]) -> [SloganGroup] {
        var order: [String] = []
        var byKey: [String: SloganGroup] = [:]
        for m in mentions {
            if byKey[m.key] == nil {
                order.append(m.key)
                byKey[m.key] = SloganGroup(key: m.key, mentions: [], labels: [])
            }
            byKey[m.key]!.mentions.append(m)
            if !byKey[m.key]!.labels.contains(m.label) { byKey[m.key]!.labels.append(m.label) }
        }
        return order.map { byKey[$0]! }
    }
}
