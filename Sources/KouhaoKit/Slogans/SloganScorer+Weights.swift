// The scorer's weights, written by Scripts/fit-slogan-weights: do not edit the numbers by hand.
// The starting values (the grammar) are in Scripts/support/slogan_weights.py; the fit pulls
// them toward the annotated sets (their held-out documents left out):
//   quoted         902 candidates (786 slogans): starting weights log-loss 0.197 accuracy 0.916; fitted (lambda 0.3) cross-validated log-loss 0.111 accuracy 0.959
//   runningText    389 candidates (158 slogans): starting weights log-loss 0.468 accuracy 0.769; fitted (lambda 3) cross-validated log-loss 0.398 accuracy 0.797

extension SloganScorer {
    /// Weights for quoted candidates (“四风”, “6543”工程).
    static let quotedWeights: [SloganEvidence.Feature: Double] = [
        .counted: 2.62, .frame: 3.14, .compact: 1.61, .digitCode: 1.50, .multiPart: 2.39, .strongHead: 2.10,
        .setHead: 1.05, .compactHead: 0.96, .weakHead: 0.06, .dictionaryWord: -2.14, .allOnes: -2.72,
        .distributive: -3.20, .idiomWord: -2.23, .numeralInWord: -3.00, .adjacentNumerals: -3.79,
        .looseStart: -0.69, .rankNumeral: -2.90, .prefix: -2.31, .roundNumber: -2.83, .quantityUnit: -2.62,
        .bareCode: -3.62, .unnamedCodeHead: -1.66, .shortBody: 1.55, .policyVerb: 0.34, .nameContext: -3.17,
        .labelFollower: -0.05, .listFit: 2.55, .listFrame: 0.78, .listMarked: 0.61, .listExact: 0.02,
        .listQuoted: 0.31, .listBefore: -0.70, .labelPart: 0.18, .repeated: -1.35, .confirmed: 3.78,
        .known: 1.50,
    ]

    /// Weights for candidates in running text (八项规定, 两学一做, 三农).
    static let runningTextWeights: [SloganEvidence.Feature: Double] = [
        .counted: -0.90, .frame: 0.22, .compact: -1.47, .digitCode: -1.40, .multiPart: 0.09,
        .strongHead: 2.29, .setHead: 0.62, .compactHead: 1.74, .weakHead: -0.68, .measureDa: 0.90,
        .measureGe: 0.01, .measureOther: -0.65, .allOnes: -2.00, .distributive: -2.50, .compactParts: -1.91,
        .shortBody: -0.79, .policyVerb: 0.83, .nameContext: -2.10, .labelFollower: 0.89, .listFit: 1.24,
        .listFrame: 1.01, .listMarked: 1.01, .listExact: 0.12, .listQuoted: 0.91, .listBefore: -0.28,
        .propagated: 0.86, .labelPart: 0.15, .repeated: 0.78, .confirmed: 2.33, .known: 2.50,
    ]
}
