// The scorer's weights, written by Scripts/fit-slogan-weights: do not edit the numbers by hand.
// The starting values (the grammar) are in Scripts/support/slogan_weights.py; the fit pulls
// them toward the annotated sets (their held-out documents left out):
//   quoted        1079 candidates (861 slogans): starting weights log-loss 0.211 accuracy 0.875; fitted (lambda 0.3) cross-validated log-loss 0.096 accuracy 0.963
//   runningText    670 candidates (203 slogans): starting weights log-loss 0.509 accuracy 0.743; fitted (lambda 10) cross-validated log-loss 0.452 accuracy 0.797

extension SloganScorer {
    /// Weights for quoted candidates (“四风”, “6543”工程).
    static let quotedWeights: [SloganEvidence.Feature: Double] = [
        .counted: 2.71, .frame: 3.20, .compact: 1.74, .digitCode: 2.08, .multiPart: 3.14, .strongHead: 2.44,
        .setHead: 1.33, .compactHead: 1.37, .weakHead: -0.02, .dictionaryWord: -1.32, .allOnes: -2.73,
        .distributive: -3.61, .idiomWord: -2.10, .numeralInWord: -3.00, .adjacentNumerals: -4.28,
        .looseStart: 0.45, .rankNumeral: -3.22, .prefix: -2.25, .roundNumber: -3.43, .quantityUnit: -3.15,
        .bareCode: -3.94, .unnamedCodeHead: -2.29, .shortBody: 1.46, .policyVerb: 0.53, .nameContext: -3.57,
        .labelFollower: -0.05, .listFit: 2.67, .listFrame: 0.80, .listMarked: 0.78, .listExact: -0.01,
        .listQuoted: 0.32, .listBefore: -0.67, .listEnumeration: 0.01, .listClean: -0.14, .labelPart: 0.44,
        .repeated: -1.88, .confirmed: 4.40, .known: 1.50,
    ]

    /// Weights for candidates in running text (八项规定, 两学一做, 三农).
    static let runningTextWeights: [SloganEvidence.Feature: Double] = [
        .counted: -0.97, .frame: 0.31, .compact: -1.31, .digitCode: -1.40, .multiPart: 0.18,
        .strongHead: 2.11, .setHead: 0.65, .compactHead: 1.64, .weakHead: -0.61, .measureDa: 0.60,
        .measureGe: 0.20, .measureOther: -0.60, .allOnes: -2.02, .distributive: -2.50, .looseStart: -0.04,
        .rankNumeral: -0.04, .prefix: -0.03, .quantityUnit: -0.08, .compactParts: -1.83, .shortBody: -0.73,
        .policyVerb: 0.74, .nameContext: -2.07, .labelFollower: 1.02, .listFit: 1.14, .listFrame: 0.99,
        .listMarked: 0.69, .listExact: 0.28, .listQuoted: 0.85, .listBefore: -0.36, .listEnumeration: -0.06,
        .listClean: 0.45, .propagated: 0.87, .labelPart: 0.37, .repeated: 0.70, .confirmed: 2.05,
        .known: 2.52,
    ]
}
