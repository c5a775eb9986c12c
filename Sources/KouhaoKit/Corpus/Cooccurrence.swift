import Foundation

/// "Often with": for each slogan, the slogans that share the most documents with it beyond
/// what their frequencies predict.
///
/// The measure is pointwise mutual information, `log2(N·c(x,y) / (c(x)·c(y)))` over the N
/// documents, among pairs that share at least ``minimumShared`` documents: raw shared counts
/// would put the most frequent slogans next to everything, and PMI without that floor would
/// favour pairs seen together once. Only pairs mentioned together more often than chance
/// (PMI > 0) are kept, best first (ties: more shared documents, then the other's key).
/// Made from the summary's ``DocumentRecord``s when a glossary is made.
/// 例：over xwlb, 四个意识 is often with 四个自信 and 两个维护, not with 一带一路, which is in
/// more documents but no more likely beside it than elsewhere.
public struct Cooccurrence: Sendable {
    /// A slogan that is often with another. 例：`Companion(key: "四自信", documents: 12, pmi: 3.2)`.
    public struct Companion: Hashable, Sendable {
        /// Its key. 例：`四自信`.
        public var key: String
        /// Documents the two share. 例：12.
        public var documents: Int
        /// Pointwise mutual information, in bits. 例：3.2 (9 times more often together than by chance).
        public var pmi: Double
    }

    /// Pairs sharing fewer documents are not companions. 例：3 over xwlb; 2 over a corpus of 15 documents.
    public let minimumShared: Int
    /// Companions by slogan key, best first, at most `limit` each. 例：`companions["四意识"]`.
    public let companions: [String: [Companion]]

    /// The companions of every slogan of `summary`: at most `limit` each.
    /// 例：`Cooccurrence(summary: summary).companions["两学一做"]?.first?.key` → `三会一课`.
    /// - Complexity: O(Σ k²) over documents with k slogans in at least ``minimumShared``
    ///   documents each, plus sorting each slogan's candidates.
    public init(summary: CorpusSummary, limit: Int = 6) {
        let n = summary.records.count
        let floor = n < 100 ? 2 : 3
        minimumShared = floor
        var documents: [String: Int] = [:]
        for record in summary.records.values { for key in record.mentions.keys { documents[key, default: 0] += 1 } }
        // Only slogans that can reach the floor take part; they get small integer ids.
        let keys = documents.filter { $0.value >= floor }.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let id = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, UInt32($0)) })
        var pairs: [UInt64: Int32] = [:]
        var ids: [UInt32] = []
        for record in summary.records.values {
            ids.removeAll(keepingCapacity: true)
            for key in record.mentions.keys { if let i = id[key] { ids.append(i) } }
            guard ids.count > 1 else { continue }
            ids.sort()
            for a in 0..<ids.count - 1 {
                for b in a + 1..<ids.count { pairs[UInt64(ids[a]) << 32 | UInt64(ids[b]), default: 0] += 1 }
            }
        }
        var candidates: [[Companion]] = Array(repeating: [], count: keys.count)
        for (pair, shared) in pairs where Int(shared) >= floor {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            let pmi = log2(Double(n) * Double(shared) / (Double(documents[keys[a]]!) * Double(documents[keys[b]]!)))
            guard pmi > 0 else { continue }
            candidates[a].append(Companion(key: keys[b], documents: Int(shared), pmi: pmi))
            candidates[b].append(Companion(key: keys[a], documents: Int(shared), pmi: pmi))
        }
        var companions: [String: [Companion]] = [:]
        for (i, list) in candidates.enumerated() where !list.isEmpty {
            companions[keys[i]] = Array(list.sorted {
                if $0.pmi != $1.pmi { return $0.pmi > $1.pmi }
                if $0.documents != $1.documents { return $0.documents > $1.documents }
                return $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }.prefix(limit))
        }
        self.companions = companions
    }
}
