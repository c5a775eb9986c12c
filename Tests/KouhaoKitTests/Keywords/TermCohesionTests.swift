import Foundation
import Testing
@testable import KouhaoKit

@Suite struct TermCohesionTests {
    typealias T = KeywordTesting

    @Test func theFactorFallsBelowTheThreshold() {
        #expect(TermCohesion.factor(association: 3) == 1)
        #expect(TermCohesion.factor(association: TermCohesion.threshold) == 1)
        let low = TermCohesion.factor(association: TermCohesion.threshold - 4)
        #expect(abs(Double(low) - exp(-4 * TermCohesion.weight)) < 1e-6)
        // Two words each in 3,000 of 10,000 documents, together in 3: far below independence.
        let a = TermCohesion.association(whole: 3, left: 3000, right: 3000, documents: 10_000)
        #expect(abs(a - log(4.0 * 10_001 / (3001.0 * 3001))) < 1e-12)
        #expect(a < TermCohesion.threshold)
        // Nothing known of the run or its parts: no penalty.
        #expect(TermCohesion.association(whole: 0, left: 0, right: 0, documents: 10_000) > TermCohesion.threshold)
    }

    @Test func aRunOfCommonWordsSeldomSeenTogetherLosesScore() {
        // A reference corpus where 项目 and 全面 are common but seldom a run, and 冷链物流 a term.
        let table = IDFTable(documents: 10_000, frequencies: ["项目": 3000, "全面": 3000, "项目全面": 1,
                                                              "冷链": 500, "物流": 2000, "冷链物流": 300])
        let s = "松岭县的项目全面开工，冷链物流加强。青川湾县：项目全面完成，推动冷链物流见效。"
        let statistics = T.statistics(s, known: table)
        var factors: [String: Float] = [:]
        for e in statistics.candidates { factors[statistics.text(of: Int(e))] = statistics.factors[e] ?? 1 }
        #expect(factors["冷链物流"] == 1)
        let f = try! #require(factors["项目全面"])
        #expect(f < 0.5)
        // Without a table nothing is known: no factor.
        let alone = T.statistics(s)
        #expect(alone.candidates.allSatisfy { alone.factors[$0] == nil || alone.text(of: Int($0)) != "项目全面" })
    }
}
