import Foundation

/// How much a run of words holds together as one term, from the document frequencies of a
/// reference corpus (the IDF table): a run whose parts are common words but which the corpus
/// seldom saw whole (项目|全面, 建设|国家, 中方|扩大, 推进|国家) is a phrase of its sentence,
/// not a term, though its rarity gives it a high IDF. Internal.
///
/// The association of a run cut into a left and a right part is the pointwise mutual
/// information of the parts in the corpus's documents, `ln((df + 1)(N + 1) / ((df_L + 1)(df_R + 1)))`;
/// a run's cohesion is its weakest cut. Below ``threshold`` the score is multiplied by
/// `exp(weight · (association − threshold))`: a run of two words found in 8,000 and 12,000 of
/// 58,315 documents and in 3 together (项目|全面: −6.3) gets 0.37 of its score; a term of
/// rarer words (物流|成本, 热带|风暴) keeps all of it. Only runs that the table knows (found in
/// some of its documents) are judged: of a run it never saw whole (a new term, a technical term
/// of another field) the table says nothing. Measured: on two samples of 20 news items and 2
/// city reports, side by side with jieba, 2 and 6 fewer defective keywords in 220 (most of
/// them fragments); CSL dev F1@5 −0.0003; not judging unknown runs as well cost CSL 0.002.
/// 例：`TermCohesion.factor(association: -6.3)` ≈ 0.37.
enum TermCohesion {
    /// Association below which a run loses score.
    static let threshold: Double = -3
    /// How fast it loses score below ``threshold``.
    static let weight: Double = 0.3

    /// The association of a run with its cut into two parts (see the type's description).
    @inline(__always)
    static func association(whole: Int32, left: Int32, right: Int32, documents: Int) -> Double {
        log((Double(whole) + 1) * (Double(documents) + 1) / ((Double(left) + 1) * (Double(right) + 1)))
    }

    /// The score factor of a run whose weakest cut has `association`.
    @inline(__always)
    static func factor(association: Double) -> Float {
        guard weight > 0, association < threshold else { return 1 }
        return Float(exp(weight * (association - threshold)))
    }
}
