import Foundation
import Testing
@testable import KouhaoKit

@Suite struct TFIDFTests {
    func candidate(count: Int32 = 3, titleCount: Int32 = 0, length: Int32 = 4, tokens: UInt8 = 2, flags: UInt8 = 0) -> CandidateStatistics {
        CandidateStatistics(term: 0, count: count, titleCount: titleCount, first: 0, length: length, tokens: tokens, flags: flags)
    }

    @Test func scoreIsTFTimesIDFTimesTheShapeWeights() {
        var w = KeywordConfiguration.Weights.default
        w.termFrequencyExponent = 1
        #expect(TFIDF.score(candidate(), idf: 2, weights: w) == 3 * 2 * 1.2)
        var single = w
        single.singleToken = 0.7
        #expect(TFIDF.score(candidate(tokens: 1), idf: 2, weights: single) == 3 * 2 * 1.2 * 0.7)
        #expect(TFIDF.score(candidate(tokens: 1), idf: 2, weights: w) == 3 * 2 * 1.2 * w.singleToken)
        #expect(TFIDF.score(candidate(flags: CandidateStatistics.Flags.digit), idf: 2, weights: w) == 3 * 2 * 1.2 * 0.3)
        // A slogan: no length prior, no single-token factor; its span bonus adds to the count.
        #expect(TFIDF.score(candidate(length: 7, tokens: 1, flags: CandidateStatistics.Flags.slogan), idf: 2, weights: w) == 3 * 2 * w.slogan)
        var defined = candidate(length: 7, tokens: 1, flags: CandidateStatistics.Flags.slogan)
        defined.bonus = 1
        #expect(TFIDF.score(defined, idf: 2, weights: w) == 4 * 2 * w.slogan)
        #expect(TFIDF.score(candidate(titleCount: 1), idf: 2, weights: w) == 4 * 2 * 1.2)
        #expect(TFIDF.score(candidate(length: 30), idf: 2, weights: w) == 3 * 2 * 0.4)
    }

    @Test func termFrequencyIsSublinear() {
        let w = KeywordConfiguration.Weights.default
        #expect(w.termFrequencyExponent == 0.7)
        // 3 occurrences weigh 3^0.7; 1 weighs 1; a title occurrence counts twice before the power.
        #expect(abs(TFIDF.score(candidate(), idf: 2, weights: w) - pow(3, 0.7) * 2 * 1.2) < 1e-12)
        #expect(abs(TFIDF.score(candidate(count: 1), idf: 2, weights: w) - 2 * 1.2) < 1e-12)
        #expect(abs(TFIDF.score(candidate(titleCount: 1), idf: 2, weights: w) - pow(4, 0.7) * 2 * 1.2) < 1e-12)
        // 40 mentions of a common word of two characters (idf 1.75) against 3 of a rare term of
        // four (idf 7.8): linear TF ranks the common word first (42 > 28), the power the term.
        var linear = w
        linear.termFrequencyExponent = 1
        #expect(TFIDF.score(candidate(count: 40, length: 2, tokens: 1), idf: 1.75, weights: linear)
                > TFIDF.score(candidate(count: 3, length: 4), idf: 7.8, weights: linear))
        #expect(TFIDF.score(candidate(count: 40, length: 2, tokens: 1), idf: 1.75, weights: w)
                < TFIDF.score(candidate(count: 3, length: 4), idf: 7.8, weights: w))
        // The inverse undoes it (the pruning bound uses it).
        #expect(abs(w.inverseTermFrequency(w.termFrequency(10)) - 10) < 1e-9)
        #expect(abs(w.termFrequency(10) - 5.0119) < 1e-4)
    }

    @Test func corpusIDFUsesTheTableAsAPrior() {
        let table = IDFTable(documents: 999, frequencies: ["开发区": 99])
        // No prior: plain ln(N / df).
        #expect(abs(TFIDF.idf(corpusFrequency: 10, documents: 1000, tableFrequency: 0, table: table, priorDocuments: 0) - log(100.0)) < 1e-12)
        // With a prior of 100 documents at the table's rate 100/1000.
        let v = TFIDF.idf(corpusFrequency: 10, documents: 1000, tableFrequency: 99, table: table, priorDocuments: 100)
        #expect(abs(v - log(1100.0 / 20.0)) < 1e-12)
        // Two documents sharing a term: not zero, thanks to the prior.
        #expect(TFIDF.idf(corpusFrequency: 2, documents: 2, tableFrequency: 0, table: table, priorDocuments: 100) > 3)
    }

    @Test func topScoresKeepsTheBestInOrder() {
        var top = TopScores(3)
        for (i, s) in [5.0, 1, 9, 7, 7, 3].enumerated() { top.offer(.init(score: s, first: Int32(10 - i), id: Int32(i))) }
        // 7 and 7 tie: the one that occurs first (smaller `first`) wins.
        #expect(top.sorted.map(\.id) == [2, 4, 3])
        var none = TopScores(0)
        none.offer(.init(score: 1, first: 0, id: 0))
        #expect(none.sorted.isEmpty)
    }
}
