/// A glossary's counts by period: documents per period, new slogans per period, and each
/// slogan's documents and mentions per period (with its share of the period's documents).
///
/// Made from the summary's ``DocumentRecord``s when a glossary is made; documents without a
/// date are left out of every period. Periods run without gaps from the first dated
/// document's to the last's. 例：over `xwlb/` by year: periods 2012 … 2017, 2012 with 183
/// documents; 一带一路's documents per period [0, 0, 41, 180, 213, 301].
public struct GlossaryTimeline: Sendable {
    /// One slogan's counts, aligned with ``periods``.
    /// 例：for 四个全面 by year over 2014 … 2016: documents [0, 60, 75], mentions [0, 95, 120].
    public struct Series: Hashable, Sendable {
        /// Documents of each period that mention it. 例：`[0, 60, 75]`.
        public var documents: [Int]
        /// Its mentions in each period's documents. 例：`[0, 95, 120]`.
        public var mentions: [Int]
    }

    /// One row of the long format: a period where a slogan is mentioned.
    /// 例：`Row(period: 2015, documents: 60, mentions: 95, share: 0.164)`.
    public struct Row: Hashable, Sendable {
        /// The period. 例：2015 (by year) or 2015-01 (by month).
        public var period: DocumentDate
        /// Documents of the period that mention the slogan. 例：60.
        public var documents: Int
        /// Mentions in them. 例：95.
        public var mentions: Int
        /// `documents` over the period's documents, 0–1. 例：60 of 365 → 0.164.
        public var share: Double
    }

    /// The period length. 例：`.year`.
    public let period: Period
    /// The periods, in order, without gaps. 例：2012, 2013, …, 2017.
    public let periods: [DocumentDate]
    /// Documents per period. 例：`[183, 365, 365, 365, 366, 365]` for xwlb by year.
    public let documents: [Int]
    /// Slogans first mentioned (by date) in each period. 例：`[850, 610, …]`.
    public let newSlogans: [Int]
    /// Each slogan's counts by key; slogans only in undated documents have none.
    /// 例：`series["四全面"]`.
    public let series: [String: Series]

    /// The timeline of `summary` by `period`.
    /// 例：`GlossaryTimeline(summary: summary, period: .month)`.
    /// - Complexity: O(d + i + p·s) for d documents, i (document, slogan) pairs, p periods and
    ///   s slogans.
    public init(summary: CorpusSummary, period: Period) {
        self.period = period
        var perPeriod: [DocumentDate: Int] = [:]
        var cells: [String: [DocumentDate: (documents: Int, mentions: Int)]] = [:]
        for record in summary.records.values {
            guard let date = record.date else { continue }
            let bucket = period.bucket(of: date)
            perPeriod[bucket, default: 0] += 1
            for (key, n) in record.mentions {
                let cell = cells[key, default: [:]][bucket] ?? (0, 0)
                cells[key, default: [:]][bucket] = (cell.documents + 1, cell.mentions + n)
            }
        }
        let dated = perPeriod.keys.sorted()
        let yearOnly = Set(dated.filter { $0.month == nil })
        let periods = dated.isEmpty ? [] : period.range(from: dated.first!, through: dated.last!, including: yearOnly)
        self.periods = periods
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        documents = periods.map { perPeriod[$0] ?? 0 }
        var newSlogans = Array(repeating: 0, count: periods.count)
        var series: [String: Series] = [:]
        series.reserveCapacity(cells.count)
        for (key, byPeriod) in cells {
            var s = Series(documents: Array(repeating: 0, count: periods.count), mentions: Array(repeating: 0, count: periods.count))
            var first = periods.count
            for (bucket, cell) in byPeriod {
                let i = index[bucket]!
                s.documents[i] = cell.documents
                s.mentions[i] = cell.mentions
                first = min(first, i)
            }
            newSlogans[first] += 1
            series[key] = s
        }
        self.newSlogans = newSlogans
        self.series = series
    }

    /// The share of period `i`'s documents that mention the slogan of `series`, 0–1.
    /// 例：`share(of: s, at: 3)` → 0.164 for 60 of 365 documents.
    public func share(of series: Series, at i: Int) -> Double {
        documents[i] == 0 ? 0 : Double(series.documents[i]) / Double(documents[i])
    }

    /// The periods where the slogan with `key` is mentioned, in order (the long format).
    /// 例：`rows(for: "一带一路").first?.period` → 2014-02 by month over xwlb.
    public func rows(for key: String) -> [Row] {
        guard let s = series[key] else { return [] }
        return periods.indices.compactMap { i in
            s.documents[i] == 0 ? nil : Row(period: periods[i], documents: s.documents[i], mentions: s.mentions[i], share: share(of: s, at: i))
        }
    }
}
