import Foundation

/// TF-IDF scoring of candidate terms, with the shape weights of ``KeywordConfiguration/Weights``.
///
/// `score = tf^e × idf × lengthPrior(length) × grammar × singleToken? × digits?` with
/// `tf = count + (title − 1) · titleCount` and `e` = ``KeywordConfiguration/Weights/termFrequencyExponent``
/// (0.7: sublinear, so that a generic word said 80 times in a long report, 企业 or 建设, does not
/// outweigh the document's own terms; `grammar`: 0.5 for a term without a noun, see ``TermGrammar``),
/// and for a slogan `(count + span bonus)^e × idf × slogan` (a slogan is a unit: no length
/// prior; a mention with its expansion counts twice, see ``TermSpan/weight``).
///
/// IDF, for one document alone: `ln((N_B + 1) / (df_B + 1))` from the built-in table
/// (N_B documents). For a corpus of N documents: `ln((N + K) / (df + K · (df_B + 1) / (N_B + 1)))`,
/// the corpus's own document frequency `df` with the table as a prior worth K documents
/// (``KeywordConfiguration/priorDocuments``), so that a corpus of two documents does not
/// give a term found in both an IDF of zero. 例：for a term in 1 of 1,000 abstracts and
/// unknown to the table, `ln(1100 / 1.001)` ≈ 7.0.
enum TFIDF {
    /// The score of one candidate.
    @inline(__always)
    static func score(_ c: CandidateStatistics, idf: Double, weights: KeywordConfiguration.Weights) -> Double {
        var tf = Double(c.count) + (weights.title - 1) * Double(c.titleCount) + Double(c.bonus)
        if tf < 0 { tf = 0 }
        tf = weights.termFrequency(tf)
        if c.isSlogan { return tf * idf * weights.slogan }
        var s = tf * idf * weights.prior(Int(c.length)) * Double(c.factor)
        if c.tokens == 1 { s *= weights.singleToken }
        if c.hasDigit { s *= weights.digits }
        return s
    }

    /// IDF of a term from the table alone.
    @inline(__always)
    static func idf(tableFrequency: Int32, table: IDFTable) -> Double {
        IDFTable.idf(documents: table.documents, frequency: Int(tableFrequency))
    }

    /// IDF of a term in a corpus, with the table as prior.
    @inline(__always)
    static func idf(corpusFrequency df: Int32, documents n: Int, tableFrequency: Int32, table: IDFTable, priorDocuments k: Double) -> Double {
        let prior = table.documents > 0 ? (Double(tableFrequency) + 1) / (Double(table.documents) + 1) : 0
        let denominator = Double(df) + k * prior
        return denominator > 0 ? log((Double(n) + k) / denominator) : 0
    }
}

/// The `k` best of many scored items, without sorting them all. Internal.
/// Order: higher score first, then lower `first`, then lower `id`.
struct TopScores {
    struct Item {
        var score: Double
        var first: Int32
        var id: Int32
    }

    let k: Int
    private(set) var heap: [Item] = []

    init(_ k: Int) {
        self.k = k
        heap.reserveCapacity(k)
    }

    /// Whether `a` ranks before `b`.
    @inline(__always)
    static func better(_ a: Item, _ b: Item) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.first != b.first { return a.first < b.first }
        return a.id < b.id
    }

    /// Offers an item. - Complexity: O(log k).
    @inline(__always)
    mutating func offer(_ item: Item) {
        guard k > 0 else { return }
        if heap.count < k {
            heap.append(item)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                // Min-heap on "better": the root is the worst kept item.
                if Self.better(heap[parent], heap[i]) { heap.swapAt(parent, i); i = parent } else { break }
            }
        } else if Self.better(item, heap[0]) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count, Self.better(heap[worst], heap[l]) { worst = l }
                if r < heap.count, Self.better(heap[worst], heap[r]) { worst = r }
                if worst == i { break }
                heap.swapAt(i, worst)
                i = worst
            }
        }
    }

    /// The kept items, best first.
    var sorted: [Item] { heap.sorted(by: Self.better) }
}
