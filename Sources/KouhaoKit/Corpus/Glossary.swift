/// The slogan glossary of a corpus: one entry per slogan, most frequent first, each with its
/// spellings, where it is first and last seen, its distinct expansions and its nested slogans.
///
/// A glossary is a view of a ``CorpusSummary``; every renderer (Markdown, JSON, CSV, HTML)
/// writes one. An expansion stated in one document serves the occurrences in all others:
/// an entry lists every distinct expansion of the slogan in the corpus, and says how many
/// documents mention it without stating one.
/// 例：`Glossary(summary: summary).entries.first?.label` → 四个全面 for a corpus of party notices.
public struct Glossary: Sendable {
    /// How the glossary is laid out.
    ///
    /// 例：`Glossary.Configuration(order: .path)` reads "first seen" by path even in a dated corpus.
    public struct Configuration: Hashable, Sendable {
        /// The order "first seen" and "last seen" refer to.
        /// 例：`.date` makes 三个强化 last seen in `20220601.txt`, past the undated `乡镇通知.txt`.
        public var order: DocumentOrder
        /// The period length of the timelines. 例：`.month` gives 四个全面 the periods 2015-01, 2015-02, ….
        public var period: Period
        /// Where a label must be confirmed for its unquoted mentions to count: anywhere in the
        /// corpus (the default), or in their own document.
        /// 例：`.document` for `kouhao glossary --no-corpus-evidence`.
        public var evidence: EvidenceScope

        /// Automatic order (by date when every file name has one).
        /// 例：resolves to `.path` for `材料/`, where one file of three has no date.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(order: .date, period: .month)`.
        public init(order: DocumentOrder = .automatic, period: Period = .year, evidence: EvidenceScope = .corpus) {
            self.order = order
            self.period = period
            self.evidence = evidence
        }
    }

    /// A text with its number of occurrences. 例：`Count(text: "「四個全面」", occurrences: 2)`.
    public struct Count: Hashable, Sendable {
        /// The text. 例：`「三個強化」`.
        public var text: String
        /// How often it occurs. 例：3 for `“三个强化”`.
        public var occurrences: Int
    }

    /// A link from one entry to another. 例：from 6543工程 to `Link(key: "六涉", label: "六涉", number: 7, documents: 1)`.
    public struct Link: Hashable, Sendable {
        /// The target's key. 例：`三强化` for 三个强化 (the key drops 个).
        public var key: String
        /// The target's label. 例：`三个强化`.
        public var label: String
        /// The target's position in the glossary (1-based). 例：1 when 三个强化 heads the glossary.
        public var number: Int
        /// Documents in which the nesting occurs. 例：1 when only `乡镇通知.txt` lists 三个强化 inside 两个提升.
        public var documents: Int
    }

    /// One slogan of the glossary.
    ///
    /// 例：the entry of 四不四争四先锋: 3 occurrences in 2 documents, one expansion
    /// 不等不靠争一流 / 不推不拖争实干 / 不骄不躁争奉献 / 不松不懈争先锋.
    public struct Entry: Sendable {
        /// Its position (1-based): by occurrences, then label.
        /// 例：1 for 三个强化 (4 mentions); 四抓 (2) is 2 and 四风 (2) is 3, 抓 sorting before 风.
        public var number: Int
        /// The most frequent plain form of the label (Simplified, half-width, no quotes).
        /// 例：`三个强化` for “三个强化” ×3 and 「三個強化」 ×1.
        public var label: String
        /// The most frequent shape. 例：`.counted` for 三个强化.
        public var kind: SloganKind
        /// Spellings as written, most frequent first. 例：“三个强化” ×3, then 「三個強化」 ×1.
        public var variants: [Count]
        /// The first document that mentions it, in the glossary's order.
        /// 例：`材料/2021/20210315.txt` for 三个强化.
        public var first: DocumentReference
        /// The last document that mentions it.
        /// 例：`材料/2023/乡镇通知.txt` by path, `材料/2022/20220601.txt` by date, for 三个强化.
        public var last: DocumentReference
        /// Its distinct expansions, the consensus first (see ``hasConsensus``), then by
        /// support × fit (see ``ExpansionConsensus``).
        /// 例：one for 三个强化: 强化规划引领 / 强化要素保障 / 强化督查考核.
        public var expansions: [ExpansionSummary]
        /// The corpus's view of each expansion — support and fit — in the order of ``expansions``.
        /// 例：`ranking.first?.support` → 11.5 for 大众创业 / 万众创新 of 双创.
        public var ranking: [ExpansionConsensus.Ranked]
        /// Whether the first expansion is the consensus; when false, every expansion is only
        /// an alternative (none fits the label well enough, or too few documents agree).
        /// 例：false for 两个一百年 whose only lists are 社会 / 实现 and 胜期 / 实现.
        public var hasConsensus: Bool
        /// Slogans mentioned inside the items of its expansions.
        /// 例：三个强化 and 四抓 for 两个提升 in `即提升“四抓”成效、提升“三个强化”质量`.
        public var nested: [Link]
        /// Slogans in whose expansions it is mentioned. 例：两个提升 for 四抓.
        public var nestedIn: [Link]
        /// The statistics the entry shows.
        /// 例：`summary.documentsWithoutExpansion` → 2 for 三个强化, listed in one document of three.
        public var summary: SloganSummary

        /// The grouping key. 例：六稳 for 六个稳.
        public var key: String { summary.key }
        /// Mentions across the corpus. 例：4 for 三个强化 (“三个强化” ×3, 「三個強化」 ×1).
        public var occurrences: Int { summary.occurrences }
        /// Documents that mention it. 例：3 for 三个强化.
        public var documents: Int { summary.documents }
    }

    /// The summary the glossary shows. 例：`glossary.summary.documentCount` → 3 for `材料/`.
    public let summary: CorpusSummary
    /// The order "first" and "last" refer to. 例：`.path` for `材料/`, as `乡镇通知.txt` has no date.
    public let order: DocumentOrder.Resolved
    /// The entries, by occurrences (descending), then label (by UTF-8 bytes).
    /// 例：三个强化 (4), 四抓 (2), 四风 (2), 5321工程 (1), 两个提升 (1), 两学一做 (1).
    public let entries: [Entry]
    /// Documents, new slogans and each slogan's use by period.
    /// 例：`glossary.timeline.series[entry.key]?.documents` → `[0, 60, 75]` by year over 2014 … 2016.
    public let timeline: GlossaryTimeline
    /// The slogans each slogan is often with. 例：`glossary.cooccurrence.companions["四意识"]`.
    public let cooccurrence: Cooccurrence
    /// Entry numbers by key.
    let numbers: [String: Int]

    /// The glossary of `summary` (resolved by ``CorpusSummary/resolvingEvidence(_:)`` in the
    /// configured scope); `knownLabels` (a lexicon) supports the lists it knows, and offers
    /// its own list, direction `lexicon`, where no list of the corpus is a consensus.
    /// 例：`Glossary(summary: total, configuration: .init(order: .date))`.
    /// - Complexity: O(s log s) for s slogans, plus their variants, expansions and links.
    public init(summary: CorpusSummary, configuration: Configuration = .default, knownLabels: KnownLabels = .none) {
        let summary = summary.resolvingEvidence(configuration.evidence)
        self.summary = summary
        let order = configuration.order.resolved(documents: summary.documentCount, undated: summary.undatedDocuments)
        self.order = order
        timeline = GlossaryTimeline(summary: summary, period: configuration.period)
        cooccurrence = Cooccurrence(summary: summary)
        func utf8Less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        func mostFrequent<T>(_ counts: [T: Int], less: (T, T) -> Bool) -> T? {
            counts.min { $0.value != $1.value ? $0.value > $1.value : less($0.key, $1.key) }?.key
        }

        let labelled = summary.slogans.values.map { (slogan: $0, label: mostFrequent($0.labels, less: utf8Less) ?? $0.key) }
        let ranked = labelled.sorted {
            if $0.slogan.occurrences != $1.slogan.occurrences { return $0.slogan.occurrences > $1.slogan.occurrences }
            if $0.label != $1.label { return utf8Less($0.label, $1.label) }
            return utf8Less($0.slogan.key, $1.slogan.key)
        }
        var numbers: [String: Int] = [:]
        for (i, r) in ranked.enumerated() { numbers[r.slogan.key] = i + 1 }
        self.numbers = numbers
        func link(_ key: String, documents: Int) -> Link? {
            guard let number = numbers[key] else { return nil }
            return Link(key: key, label: ranked[number - 1].label, number: number, documents: documents)
        }
        var nestedIn: [String: [Link]] = [:]
        for r in ranked {
            for (child, documents) in r.slogan.nested {
                if let parent = link(r.slogan.key, documents: documents) { nestedIn[child, default: []].append(parent) }
            }
        }
        let caseOrder = Dictionary(uniqueKeysWithValues: SloganKind.allCases.enumerated().map { ($1, $0) })

        entries = ranked.enumerated().map { i, r in
            let s = r.slogan
            let byDate = order == .date
            let kind = mostFrequent(s.kinds) { caseOrder[$0]! < caseOrder[$1]! } ?? .compact
            let consensus = ExpansionConsensus(entry: s, label: r.label, kind: kind, known: knownLabels[s.key])
            return Entry(
                number: i + 1,
                label: r.label,
                kind: kind,
                variants: s.variants.map { Count(text: $0.key, occurrences: $0.value) }
                    .sorted { $0.occurrences != $1.occurrences ? $0.occurrences > $1.occurrences : utf8Less($0.text, $1.text) },
                first: byDate ? (s.firstByDate ?? s.firstByPath) : s.firstByPath,
                last: byDate ? (s.lastByDate ?? s.lastByPath) : s.lastByPath,
                expansions: consensus.ranked.map(\.expansion),
                ranking: consensus.ranked,
                hasConsensus: consensus.hasConsensus,
                nested: s.nested.compactMap { link($0.key, documents: $0.value) }.sorted { $0.number < $1.number },
                nestedIn: (nestedIn[s.key] ?? []).sorted { $0.number < $1.number },
                summary: s)
        }
    }

    /// The total number of slogan mentions. 例：130 for a corpus of 15 articles.
    public var occurrences: Int { entries.reduce(0) { $0 + $1.occurrences } }
}
