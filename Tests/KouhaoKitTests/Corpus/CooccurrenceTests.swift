import Testing
@testable import KouhaoKit

@Suite struct CooccurrenceTests {
    /// 12 invented documents: 常见 (a frequent slogan) is in all of them; 甲 and 乙 are together
    /// in 3 and apart nowhere; 丙 shares one document with 甲.
    static func summary() -> CorpusSummary {
        var records: [String: DocumentRecord] = [:]
        for i in 0..<12 {
            var mentions = ["常见": 1]
            if i < 3 { mentions["甲"] = 1; mentions["乙"] = 2 }
            if i == 3 || i == 0 { mentions["丙"] = 1 }
            records["松岭/\(i).txt"] = DocumentRecord(date: nil, mentions: mentions)
        }
        return CorpusSummary(documentPaths: Set(records.keys), undatedDocuments: 12, characters: 0, slogans: [:], records: records)
    }

    @Test func pmiDoesNotJustFavourTheFrequent() throws {
        let c = Cooccurrence(summary: Self.summary())
        #expect(c.minimumShared == 2)
        let withA = try #require(c.companions["甲"])
        #expect(withA.map(\.key) == ["乙"])                  // 常见 shares as many documents but is everywhere (PMI 0)
        #expect(withA[0].documents == 3)
        #expect(abs(withA[0].pmi - 2) < 1e-9)                 // log2(12·3 / (3·3))
        #expect(c.companions["丙"] == nil)                    // one shared document is below the floor
        #expect(c.companions["常见"] == nil)
    }

    @Test func sameResultForAnySplit() {
        let whole = Self.summary()
        var a = CorpusSummary(), b = CorpusSummary()
        for (i, (path, record)) in whole.records.sorted(by: { $0.key < $1.key }).enumerated() {
            let one = CorpusSummary(documentPaths: [path], undatedDocuments: 1, characters: 0, slogans: [:], records: [path: record])
            if i % 3 == 0 { a.merge(one) } else { b.merge(one) }
        }
        #expect(Cooccurrence(summary: b.merging(a)).companions == Cooccurrence(summary: whole).companions)
    }
}
