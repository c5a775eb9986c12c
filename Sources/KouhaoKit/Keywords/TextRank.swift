/// TextRank: candidate terms ranked by PageRank over the graph of terms that occur near
/// each other, times the length prior (``KeywordConfiguration/Method/textRank``).
///
/// The document is read as a sequence of units, taking at each position the longest
/// candidate term that starts there; two units within `window` units of each other are
/// linked (weight = how often). No IDF is involved, so one pass over a corpus suffices.
/// 例：in a development-zone report 开发区 links to 招商引资, 项目, 园区 … and ranks first.
/// - Complexity: O(n · window) to build the graph, O(iterations · edges) to rank it.
enum TextRank {
    static let window = 3
    static let damping = 0.85
    static let iterations = 50
    static let tolerance = 1e-6

    /// The candidates of `statistics` with their TextRank scores, best first, at most `top`.
    static func rank(_ statistics: TermStatistics, top: Int, weights: KeywordConfiguration.Weights) -> [(entry: Int, score: Double)] {
        let counter = statistics.counter
        var node = [Int32](repeating: -1, count: counter.entryCount)
        var entries: [Int] = []
        var standaloneAt: [Int32: Int32] = [:]
        for e in statistics.candidates {
            node[Int(e)] = Int32(entries.count)
            entries.append(Int(e))
            if counter.entries[Int(e)].flags & NGramCounter.Flags.standalone != 0 { standaloneAt[counter.entries[Int(e)].first] = e }
        }
        guard !entries.isEmpty else { return [] }

        // The unit sequence: the longest candidate at each position.
        var units: [Int32] = []
        statistics.sequence.ids.withUnsafeBufferPointer { ids in
            var p = 0
            while p < ids.count {
                if ids[p] < 0 { p += 1; continue }
                var best: (length: Int, entry: Int)? = nil
                if let e = standaloneAt[Int32(p)] { best = (Int(counter.entries[Int(e)].tokens), Int(e)) }
                if best == nil {
                    counter.walk(ids, from: p, maximumTokens: statistics.maximumTokens) { k, e in
                        if node[e] >= 0 { best = (k, e) }
                        return true
                    }
                }
                if let best {
                    units.append(node[best.entry])
                    p += best.length
                } else {
                    p += 1
                }
            }
        }

        // Edges, weighted by co-occurrence within the window.
        var weightOf: [UInt64: Double] = [:]
        for i in 0..<units.count {
            for j in (i + 1)..<min(units.count, i + window) where units[i] != units[j] {
                let a = UInt64(UInt32(min(units[i], units[j]))), b = UInt64(UInt32(max(units[i], units[j])))
                weightOf[(a << 32) | b, default: 0] += 1
            }
        }
        let n = entries.count
        var adjacency = [[(Int, Double)]](repeating: [], count: n)
        for (key, w) in weightOf.sorted(by: { $0.key < $1.key }) {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            adjacency[a].append((b, w))
            adjacency[b].append((a, w))
        }
        let strength = adjacency.map { $0.reduce(0) { $0 + $1.1 } }

        // PageRank.
        var rank = [Double](repeating: 1, count: n)
        for _ in 0..<iterations {
            var next = [Double](repeating: 1 - damping, count: n)
            for a in 0..<n where strength[a] > 0 {
                let share = damping * rank[a] / strength[a]
                for (b, w) in adjacency[a] { next[b] += share * w }
            }
            var change = 0.0
            for i in 0..<n { change = max(change, abs(next[i] - rank[i])) }
            rank = next
            if change < tolerance { break }
        }

        var best = TopScores(top)
        for i in 0..<n {
            let e = entries[i]
            let s = statistics.isSlogan(e) ? rank[i] * weights.slogan : rank[i] * weights.prior(Int(counter.entries[e].length))
            best.offer(.init(score: s, first: counter.entries[e].first, id: Int32(e)))
        }
        return best.sorted.map { (Int($0.id), $0.score) }
    }
}
