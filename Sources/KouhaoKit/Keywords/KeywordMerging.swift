/// Near-duplicate keywords of one document merged into one entry: the fullest form, with the
/// other forms as variants and their occurrences summed. Internal.
///
/// Two keywords are near-duplicates when
/// - one begins with the other, and what it adds is short (at most 2 characters): 伊核 /
///   伊核协议, 吉尔吉斯 / 吉尔吉斯斯坦, 叙利亚 / 叙利亚北部, 习近平 / 习近平同志 — but not
///   吉布提 / 吉布提国际自贸区, a place of its own, nor 合作 / 中欧合作 (a word and a kind of
///   it: Chinese puts the head last);
/// - one abbreviates the other, taking the first characters of its words in order
///   (习主席 / 习近平|主席, 违建 / 违章|建筑, 伊核 / 伊朗|核|问题);
/// - they share a beginning of at least 3 characters that is two thirds of each
///   (爱国主义教育 / 爱国主义精神);
/// - one puts at most 2 characters (a title) before the other, a name of 3 characters or more
///   that the lexicon does not know (its characters are single tokens: 书记房瑞标 / 房|瑞|标):
///   the name is then the entry's term. (A term with a modifier before it, 海洋天然产物 /
///   天然产物, is a kind of it, and stays apart.)
/// Each keyword merges into at most one other, the best-ranked such form; chains of merges
/// make one entry (吉尔吉斯 → 吉尔吉斯斯坦 → 吉尔吉斯斯坦总统), but two extensions of one short
/// form (DNA片段, DNA提取) stay apart. The entry's term is its longest form that scores at
/// least 0.9 of its best (伊核协议 over 伊核 when they score alike; 叙利亚 over 叙利亚北部 when
/// 叙利亚 is far more frequent); its score is the best of its forms; its count is the sum of
/// each form's occurrences outside the longer forms.
/// 例：`[伊核 ×5, 伊核协议 ×4]` → `伊核协议 ×5, variants [伊核]` (four of the five 伊核 are
/// inside 伊核协议).
enum KeywordMerging {
    /// Merges the near-duplicates of `keywords` (best first), keeping the order of the best
    /// member of each entry.
    /// - Parameter words: the words of a term (for abbreviations), e.g. 习近平|主席.
    static func merge(_ keywords: [Keyword], words: (String) -> [[UInt16]]) -> [Keyword] {
        let n = keywords.count
        guard n >= 2 else { return keywords }
        let units = keywords.map { Array($0.term.utf16) }
        // Each keyword points to at most one other it merges into: the best-ranked form that
        // extends it, abbreviates to it, or shares most of its beginning. (Two extensions of
        // one short form, DNA片段 and DNA提取, are not near-duplicates of each other.)
        var parent = Array(0..<n)
        var holders = [[Int]](repeating: [], count: n)
        var wordsOf: [Int: [[UInt16]]] = [:]
        /// Forms that put a title of at most two characters before a name the lexicon does not
        /// know (书记房瑞标 for 房瑞标): merged, but never the entry's term.
        var frontExtensions = Set<Int>()
        for a in 0..<n where !keywords[a].isSlogan {
            for b in 0..<n where b != a && !keywords[b].isSlogan && parent[a] == a {
                let x = units[a], y = units[b]
                var linked = false
                if x.count < y.count, y.starts(with: x), y.count - x.count <= 2 {
                    linked = true
                    holders[a].append(b)
                } else if x.count >= 3, x.count < y.count, y.count - x.count <= 2, y.reversed().starts(with: x.reversed()) {
                    if wordsOf[a] == nil { wordsOf[a] = words(keywords[a].term) }
                    if wordsOf[a]!.allSatisfy({ $0.count == 1 }) {
                        linked = true
                        holders[a].append(b)
                        frontExtensions.insert(b)
                    }
                } else if x.count >= 2, x.count < y.count, x[0] == y[0], !Self.contains(y, x) {
                    if wordsOf[b] == nil { wordsOf[b] = words(keywords[b].term) }
                    linked = Self.abbreviates(x, wordsOf[b]!)
                } else if b < a {
                    var p = 0
                    while p < min(x.count, y.count), x[p] == y[p] { p += 1 }
                    linked = p >= 3 && 3 * p >= 2 * x.count && 3 * p >= 2 * y.count
                }
                // `b` runs best first: the first link found is the best-ranked one.
                if linked, Self.root(b, parent) != a { parent[a] = b }
            }
        }
        func root(_ i: Int) -> Int { Self.root(i, parent) }
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[root(i), default: []].append(i) }
        var merged: [(best: Int, keyword: Keyword)] = []
        for (_, members) in groups {
            guard members.count > 1 else { merged.append((members[0], keywords[members[0]])); continue }
            // The label: the longest form that scores nearly as well as the best.
            let top = keywords[members.min()!].score
            let eligible = members.filter { !frontExtensions.contains($0) }
            let pool = eligible.isEmpty ? members : eligible
            let near = pool.filter { keywords[$0].score >= 0.9 * top }
            let label = (near.isEmpty ? [pool.min()!] : near)
                .max { (units[$0].count, keywords[$0].score, -$0) < (units[$1].count, keywords[$1].score, -$1) }!
            var count = 0
            for m in members {
                var own = keywords[m].count
                for h in holders[m] where members.contains(h) && keywords[m].count >= keywords[h].count {
                    own -= keywords[h].count * Self.occurrences(of: units[m], in: units[h])
                }
                count += max(own, 0)
            }
            let best = members.min()!
            var k = keywords[label]
            k.score = keywords[best].score
            k.count = max(count, keywords[label].count)
            k.variants = members.filter { $0 != label }
                .sorted { (keywords[$0].count, -$0) > (keywords[$1].count, -$1) }
                .map { keywords[$0].term }
            merged.append((best, k))
        }
        return merged.sorted { $0.best < $1.best }.map(\.keyword)
    }

    static func root(_ i: Int, _ parent: [Int]) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
    }

    /// Whether `y` contains `x`.
    static func contains(_ y: [UInt16], _ x: [UInt16]) -> Bool { occurrences(of: x, in: y) > 0 }

    /// How many times `x` occurs in `y` (without overlaps).
    static func occurrences(of x: [UInt16], in y: [UInt16]) -> Int {
        guard !x.isEmpty, x.count <= y.count else { return 0 }
        var count = 0
        var i = 0
        while i + x.count <= y.count {
            if y[i..<(i + x.count)].elementsEqual(x) { count += 1; i += x.count } else { i += 1 }
        }
        return count
    }

    /// Whether `x` is made of the beginnings of some of `words`, in order, starting with the
    /// first word, with at least two words used (习主席 of 习近平|主席).
    static func abbreviates(_ x: [UInt16], _ words: [[UInt16]]) -> Bool {
        guard words.count >= 2 else { return false }
        /// Can x[i...] be matched from word j on?
        func match(_ i: Int, _ j: Int, _ used: Int) -> Bool {
            if i == x.count { return used >= 2 }
            guard j < words.count else { return false }
            let w = words[j]
            var k = 0
            while k < w.count, i + k < x.count, w[k] == x[i + k] {
                k += 1
                if match(i + k, j + 1, used + 1) { return true }
            }
            return i > 0 && match(i, j + 1, used)
        }
        return match(0, 0, 0)
    }
}
