/// Document frequencies over a corpus: in how many documents each term occurs.
///
/// A commutative monoid: ``merge(_:)`` adds counts, so the frequencies of a corpus are the
/// same however its documents are split or ordered (only the internal term numbering
/// depends on the order). 例：after adding two documents that both contain 开发区,
/// `documentFrequency(of: "开发区")` is 2 and `documents` is 2.
public struct DocumentFrequencies: Sendable {
    /// Documents added. 例：1,000 after a directory of 1,000 abstracts.
    public private(set) var documents: Int = 0
    var table = TermTable<Int32>(capacity: 1024)

    /// No documents. 例：`var df = DocumentFrequencies()`.
    public init() {}

    /// Counts a document's terms once each, and returns its candidates with terms numbered
    /// in this corpus. 例：`let registered = df.add(extractor.candidates(in: text))`.
    /// - Complexity: O(terms of the document).
    @discardableResult
    public mutating func add(_ document: DocumentCandidates) -> RegisteredCandidates {
        documents += 1
        var index = [Int32](repeating: 0, count: document.hashes.count)
        document.units.withUnsafeBufferPointer { units in
            for i in 0..<document.hashes.count {
                let slice = UnsafeBufferPointer(rebasing: units[Int(document.offsets[i])..<Int(document.offsets[i + 1])])
                let (t, _) = table.insert(slice, hash: document.hashes[i], value: 0)
                table.setValue(table.value(at: t) + 1, at: t)
                index[i] = Int32(t)
            }
        }
        var candidates = document.candidates
        for k in candidates.indices { candidates[k].term = index[Int(candidates[k].term)] }
        return RegisteredCandidates(candidates: candidates)
    }

    /// Adds another corpus's counts (the monoid operation). Registered candidates of `other`
    /// do not carry over: register documents with the corpus they are scored against.
    /// 例：`a.merge(b)` equals the frequencies of all of a's and b's documents.
    public mutating func merge(_ other: DocumentFrequencies) {
        documents += other.documents
        for i in 0..<other.table.count {
            let u = Array(other.table.termUnits(i))
            u.withUnsafeBufferPointer { u in
                let (t, _) = table.insert(u, hash: other.table.hashes[i], value: 0)
                table.setValue(table.value(at: t) + other.table.value(at: i), at: t)
            }
        }
    }

    /// The number of documents containing `term`. 例：`df.documentFrequency(of: "开发区")` → 2.
    public func documentFrequency(of term: String) -> Int {
        Int(table.value(for: term) ?? 0)
    }

    /// Number of distinct terms. 例：about 25,000 over the 1,000 CSL abstracts.
    public var termCount: Int { table.count }

    /// Every term with its document frequency, in no particular order.
    /// 例：the input of ``IDFTable/render(documents:frequencies:header:)``.
    public var frequencies: [(term: String, frequency: Int)] {
        (0..<table.count).map { (table.term($0), Int(table.value(at: $0))) }
    }
}
