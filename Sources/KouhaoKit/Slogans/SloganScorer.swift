import Foundation

/// Weighs a candidate's evidence into a confidence: a logistic score, one set of weights for
/// quoted candidates and one for candidates in running text (the same evidence counts
/// differently: a one-character body is normal in “三农” and suspicious in 三区县).
///
/// The weights start from hand-set values that encode the grammar (a strong head speaks for a
/// label, a name head against it) and are refined by `Scripts/fit-slogan-weights` on the
/// annotated sets; see ``SloganScorer/quotedWeights``. A candidate is a slogan when its
/// confidence reaches ``threshold``.
///
/// 例：“四风” (compact, quoted) → about 0.9; 十二条硬措施 after 落实 (counted, weak head, policy
/// verb, running text) → about 0.5; “十佳”称号 (quoted, idiom word, name) → about 0.05.
enum SloganScorer {
    /// The confidence from which a candidate is a slogan.
    static let threshold = 0.5

    /// The confidence of a candidate with evidence `e`, 0–1.
    /// 例：`SloganScorer.confidence(evidence, quoted: true)`.
    static func confidence(_ e: SloganEvidence, quoted: Bool) -> Double {
        let w = quoted ? quotedTable : runningTextTable
        var z = 0.0
        for (i, x) in e.values.enumerated() where x != 0 { z += w[i] * x }
        return 1 / (1 + exp(-z))
    }

    private static let quotedTable = table(quotedWeights)
    private static let runningTextTable = table(runningTextWeights)

    private static func table(_ weights: [SloganEvidence.Feature: Double]) -> [Double] {
        SloganEvidence.Feature.allCases.map { weights[$0] ?? 0 }
    }
}
