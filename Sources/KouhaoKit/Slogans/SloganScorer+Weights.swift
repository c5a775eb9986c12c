// The scorer's weights, written by Scripts/fit-slogan-weights: do not edit the numbers by hand.
// The starting values (the grammar) are in Scripts/support/slogan_weights.py; the fit pulls
// them toward the annotated sets (their held-out documents left out):
//   quoted        1091 candidates (867 slogans): starting weights log-loss 0.273 accuracy 0.871; fitted (lambda 0.3) cross-validated log-loss 0.125 accuracy 0.962
//   runningText    678 candidates (207 slogans): starting weights log-loss 0.506 accuracy 0.749; fitted (lambda 10) cross-validated log-loss 0.431 accuracy 0.779

extension SloganScorer {
    /// Weights for quoted candidates (“四风”, “6543”工程).
    static let quotedWeights: [SloganEvidence.Feature: Double] = [
        .counted: 2.50, .frame: 3.19, .compact: 1.45, .digitCode: 1.94, .multiPart: 2.16, .strongHead: 2.35,
        .setHead: 1.25, .compactHead: 1.17, .weakHead: -0.06, .dictionaryWord: -1.52, .allOnes: -2.71,
        .distributive: -3.55, .idiomWord: -2.26, .numeralInWord: -3.00, .adjacentNumerals: -4.51,
        .looseStart: -0.14, .rankNumeral: -3.22, .prefix: -2.27, .roundNumber: -3.19, .quantityUnit: -2.95,
        .bareCode: -3.83, .unnamedCodeHead: -1.66, .shortBody: 1.45, .policyVerb: 0.34, .nameContext: -3.63,
        .labelFollower: 0.09, .listFit: 2.56, .listFrame: 0.75, .listMarked: 0.62, .listQuoted: 0.31,
        .listBefore: -0.68, .labelPart: 0.45, .repeated: -1.52, .confirmed: 4.03, .known: 1.50,
    ]

    /// Weights for candidates in running text (八项规定, 两学一做, 三农).
    static let runningTextWeights: [SloganEvidence.Feature: Double] = [
        .counted: -1.07, .frame: 0.40, .compact: -1.44, .digitCode: -1.40, .multiPart: 0.17,
        .strongHead: 2.06, .setHead: 0.59, .compactHead: 1.64, .weakHead: -0.61, .measureDa: 0.62,
        .measureGe: 0.16, .measureOther: -0.67, .allOnes: -1.94, .distributive: -2.50, .looseStart: -0.04,
        .rankNumeral: -0.04, .prefix: -0.03, .quantityUnit: -0.07, .compactParts: -1.83, .shortBody: -0.82,
        .policyVerb: 0.79, .nameContext: -2.06, .labelFollower: 0.96, .listFit: 1.29, .listFrame: 1.01,
        .listMarked: 0.74, .listExact: 0.22, .listQuoted: 0.84, .listBefore: -0.25, .propagated: 0.89,
        .labelPart: 0.45, .repeated: 0.66, .confirmed: 2.05, .known: 2.50,
    ]
}
