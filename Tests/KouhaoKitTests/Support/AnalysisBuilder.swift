@testable import KouhaoKit

/// Builds `DocumentAnalysis` values by hand from a text, finding the ranges of mentions and
/// expansion items in it, as the slogan detector would report them.
struct AnalysisBuilder {
    let path: String
    let text: String
    private let scalars: [Unicode.Scalar]
    private(set) var mentions: [SloganMention] = []
    /// Mentions the document does not confirm (unquoted, without a list).
    private(set) var unconfirmed: [SloganMention] = []

    init(path: String, _ text: String) {
        self.path = path
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// The code point range of the `occurrence`-th (0-based) `needle` at or after `from`.
    func range(of needle: String, occurrence: Int = 0, from: Int = 0) -> Range<Int> {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        var i = from
        while i + n.count <= scalars.count {
            if Array(scalars[i..<i + n.count]) == n {
                if seen == occurrence { return i..<i + n.count }
                seen += 1
            }
            i += 1
        }
        fatalError("\(needle) (#\(occurrence)) not in the text of \(path)")
    }

    /// The sentence (up to 。！？ or a line end) around `range`.
    func sentence(around range: Range<Int>) -> String {
        let ends: Set<Unicode.Scalar> = ["。", "！", "？", "\n"]
        var start = range.lowerBound
        while start > 0, !ends.contains(scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !ends.contains(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] != "\n" { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Adds a mention whose span is `span` as written (inner quotes included, outer ones not),
    /// optionally with an expansion whose items are found in the text after (or before) it.
    mutating func mention(_ span: String, occurrence: Int = 0, numbers: [Int], kind: SloganKind,
                          items: [String]? = nil, direction: Expansion.Direction = .after) {
        let r = range(of: span, occurrence: occurrence)
        var expansion: Expansion? = nil
        if let items {
            var from = direction == .after ? r.upperBound : 0
            var found: [Expansion.Item] = []
            for item in items {
                let ir = range(of: item, from: from)
                found.append(Expansion.Item(text: item, range: ir))
                from = ir.upperBound
            }
            let context = sentence(around: found.first!.range.lowerBound..<found.last!.range.upperBound)
            expansion = Expansion(direction: direction, items: found, context: context, fit: 1)
        }
        let label = String(String.UnicodeScalarView(span.unicodeScalars.filter { !"“”「」‘’\"".unicodeScalars.contains($0) }))
        mentions.append(SloganMention(label: label, key: label, range: r, numbers: numbers, kind: kind, confidence: 0.9,
                                      isQuoted: true, expansion: expansion, sentence: sentence(around: r)))
    }

    /// Adds an unquoted mention the document does not confirm, as the detector reports a
    /// candidate left without evidence.
    mutating func unconfirmedMention(_ span: String, occurrence: Int = 0, numbers: [Int], kind: SloganKind) {
        let r = range(of: span, occurrence: occurrence)
        unconfirmed.append(SloganMention(label: span, key: span, range: r, numbers: numbers, kind: kind, confidence: 0.3,
                                         isQuoted: false, expansion: nil, sentence: sentence(around: r)))
    }

    var source: SourceText { SourceText(text) }

    var analysis: DocumentAnalysis {
        DocumentAnalysis(path: path, slogans: mentions, keywords: [], diagnostics: [], length: scalars.count, unconfirmed: unconfirmed)
    }

    var summary: CorpusSummary { CorpusSummary(document: analysis, source: source) }
}

/// A small corpus of hand-written policy sentences with their slogans marked.
enum SampleCorpus {
    static var lanxi: AnalysisBuilder {
        var b = AnalysisBuilder(path: "县区/01-澜溪.txt", """
        园区全面实施“6543”工程，即摸清“六涉”企业底数、制定“五张清单”、强化“四个打击”、画出“三张图”。今年以来，“六涉”企业排查已覆盖全部乡镇。
        机关干部开展“四不四争四先锋”活动，落实“六个稳”要求。
        """)
        b.mention("6543”工程", numbers: [6, 5, 4, 3], kind: .digitCode,
                  items: ["摸清“六涉”企业底数", "制定“五张清单”", "强化“四个打击”", "画出“三张图”"])
        b.mention("六涉", numbers: [6], kind: .compact)
        b.mention("五张清单", numbers: [5], kind: .counted)
        b.mention("四个打击", numbers: [4], kind: .counted)
        b.mention("三张图", numbers: [3], kind: .counted)
        b.mention("六涉", occurrence: 1, numbers: [6], kind: .compact)
        b.mention("四不四争四先锋", numbers: [4, 4, 4], kind: .frame)
        b.mention("六个稳", numbers: [6], kind: .compact)
        return b
    }

    static var yunshan: AnalysisBuilder {
        var b = AnalysisBuilder(path: "县区/02-雲杉.txt", """
        雲杉高新區持續開展「四不四爭四先鋒」活動，即不等不靠爭一流、不推不拖爭實幹、不驕不躁爭奉獻、不鬆不懈爭先鋒。
        全區上下做好「六穩」工作。
        """)
        b.mention("四不四爭四先鋒", numbers: [4, 4, 4], kind: .frame,
                  items: ["不等不靠爭一流", "不推不拖爭實幹", "不驕不躁爭奉獻", "不鬆不懈爭先鋒"])
        b.mention("六穩", numbers: [6], kind: .compact)
        return b
    }

    static var shinan: AnalysisBuilder {
        var b = AnalysisBuilder(path: "县区/03-石楠.txt", """
        石楠县把“四不四争四先锋”作为作风建设的抓手，对标澜溪经验推进“６５４３”工程。
        全县“五通”即通路、通水、通电、通网、通气，已在所有行政村实现。
        """)
        b.mention("四不四争四先锋", numbers: [4, 4, 4], kind: .frame)
        b.mention("６５４３”工程", numbers: [6, 5, 4, 3], kind: .digitCode)
        b.mention("五通", numbers: [5], kind: .compact, items: ["通路", "通水", "通电", "通网", "通气"])
        return b
    }

    static var forum: AnalysisBuilder {
        var b = AnalysisBuilder(path: "专题/论坛-2019.txt", """
        论坛上，嘉宾们围绕“五通”展开讨论。所谓“五通”，即政策沟通、设施联通、贸易畅通、资金融通、民心相通。
        """)
        b.mention("五通", numbers: [5], kind: .compact)
        b.mention("五通", occurrence: 1, numbers: [5], kind: .compact,
                  items: ["政策沟通", "设施联通", "贸易畅通", "资金融通", "民心相通"])
        return b
    }

    /// A list that does not fit its label (places next to 两会, stated by one document only).
    static var undecided: AnalysisBuilder {
        var b = AnalysisBuilder(path: "新闻/20230305.txt", "青川湾县两会期间，代表们走访东湖、西湖两个社区。")
        b.mention("两会", numbers: [2], kind: .compact, items: ["走访东湖", "西湖"])
        return b
    }

    static var plain: AnalysisBuilder {
        AnalysisBuilder(path: "专题/说明.txt", "本文没有数字式提法，只介绍园区的基本情况。")
    }

    static var all: [AnalysisBuilder] { [lanxi, yunshan, shinan, forum, plain] }
}
