/// One document's terms after the first pass over a corpus: every term that counts toward
/// document frequencies, and the keyword candidates among them with their statistics.
///
/// Made by ``KeywordExtractor/candidates(in:spans:)`` in parallel, one per document; then
/// ``DocumentFrequencies/add(_:)`` counts it and keeps only what scoring needs.
/// 例：for a CSL abstract, about 50 terms, 20 of them candidates.
public struct DocumentCandidates: Sendable {
    /// Term texts, flat: term `i` is `units[offsets[i]..<offsets[i+1]]`.
    var units: [UInt16] = []
    var offsets: [Int32] = [0]
    var hashes: [UInt64] = []
    /// The candidates; `term` indexes the terms above.
    var candidates: [CandidateStatistics] = []

    /// Number of terms counted toward document frequencies. 例：about 50 for an abstract.
    public var termCount: Int { hashes.count }
    /// Number of keyword candidates. 例：about 20 for an abstract.
    public var candidateCount: Int { candidates.count }
}

/// What scoring needs to know about one candidate of one document. Internal.
struct CandidateStatistics: Sendable {
    enum Flags {
        static let slogan: UInt8 = 1
        static let digit: UInt8 = 2
    }

    /// The term: an index into a document's or a corpus's terms.
    var term: Int32
    var count: Int32
    var titleCount: Int32
    /// What slogan spans' weights add to the count.
    var bonus: Float = 0
    /// The grammar's score factor (``TermGrammar``: 0.5 for a term without a noun).
    var factor: Float = 1
    /// First position in the document (ties are broken by it).
    var first: Int32
    var length: Int32
    var tokens: UInt8
    var flags: UInt8

    var isSlogan: Bool { flags & Flags.slogan != 0 }
    var hasDigit: Bool { flags & Flags.digit != 0 }
}

/// A document's candidates after ``DocumentFrequencies/add(_:)``: terms are indices into
/// the corpus's term table.
///
/// 例：keep one per document between the two passes of `kouhao keywords DIR`.
public struct RegisteredCandidates: Sendable {
    var candidates: [CandidateStatistics]

    /// Number of keyword candidates. 例：about 20 for an abstract.
    public var count: Int { candidates.count }
}
