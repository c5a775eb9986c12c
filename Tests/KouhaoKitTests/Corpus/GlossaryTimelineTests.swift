import Testing
@testable import KouhaoKit

@Suite struct GlossaryTimelineTests {
    /// Four invented documents: two of 2015 (January, March), one of 2016 (February), one undated.
    static let summary: CorpusSummary = {
        func record(_ date: DocumentDate?, _ mentions: [String: Int]) -> DocumentRecord { DocumentRecord(date: date, mentions: mentions) }
        let records = [
            "松岭/20150105.txt": record(DocumentDate(year: 2015, month: 1, day: 5), ["四全面": 2, "一带一路": 1]),
            "松岭/20150320.txt": record(DocumentDate(year: 2015, month: 3, day: 20), ["四全面": 1]),
            "松岭/20160211.txt": record(DocumentDate(year: 2016, month: 2, day: 11), ["四意识": 1, "四全面": 3]),
            "松岭/说明.txt": record(nil, ["四意识": 4]),
        ]
        return CorpusSummary(documentPaths: Set(records.keys), undatedDocuments: 1, characters: 0, slogans: [:], records: records)
    }()

    @Test func byYear() throws {
        let t = GlossaryTimeline(summary: Self.summary, period: .year)
        #expect(t.periods.map(\.description) == ["2015", "2016"])
        #expect(t.documents == [2, 1])
        #expect(t.newSlogans == [2, 1])
        let all = try #require(t.series["四全面"])
        #expect(all.documents == [2, 1])
        #expect(all.mentions == [3, 3])
        #expect(t.series["四意识"]?.mentions == [0, 1])        // the undated document is in no period
        #expect(t.rows(for: "一带一路") == [.init(period: DocumentDate(year: 2015), documents: 1, mentions: 1, share: 0.5)])
    }

    @Test func byMonthWithoutGaps() {
        let t = GlossaryTimeline(summary: Self.summary, period: .month)
        #expect(t.periods.count == 14)                        // 2015-01 … 2016-02
        #expect(t.periods.first?.description == "2015-01")
        #expect(t.periods.last?.description == "2016-02")
        #expect(t.documents.reduce(0, +) == 3)
        #expect(t.rows(for: "四全面").map(\.period.description) == ["2015-01", "2015-03", "2016-02"])
        #expect(t.rows(for: "四全面").map(\.share) == [1, 1, 1])
    }

    @Test func yearOnlyDocumentsStandBeforeTheirYearsMonths() {
        var records = Self.summary.records
        records["松岭/2015.txt"] = DocumentRecord(date: DocumentDate(year: 2015), mentions: ["四全面": 1])
        let s = CorpusSummary(documentPaths: Set(records.keys), undatedDocuments: 1, characters: 0, slogans: [:], records: records)
        let t = GlossaryTimeline(summary: s, period: .month)
        #expect(t.periods.prefix(2).map(\.description) == ["2015", "2015-01"])
        #expect(t.series["四全面"]?.documents.first == 1)
    }

    @Test func emptyCorpus() {
        let t = GlossaryTimeline(summary: CorpusSummary(), period: .month)
        #expect(t.periods.isEmpty && t.series.isEmpty)
    }

    @Test(arguments: [
        (Period.month, "2015-01", "2015-03", ["2015-01", "2015-02", "2015-03"]),
        (Period.month, "2015-11", "2016-02", ["2015-11", "2015-12", "2016-01", "2016-02"]),
        (Period.year, "2013", "2015", ["2013", "2014", "2015"]),
    ])
    func ranges(period: Period, from: String, through: String, expected: [String]) {
        #expect(period.range(from: DocumentDate(iso: from)!, through: DocumentDate(iso: through)!).map(\.description) == expected)
    }
}
