/// The term statistics of one document: every candidate term with its frequency, built
/// over the tokenizer's output.
///
/// Candidate terms are runs of content tokens between breaks (punctuation, space, stop
/// words), so that words ICU splits into characters come back whole (招|商|引|资 →
/// 招商引资). A term is a candidate when
/// - it is one token (a word ICU knows), or a run of tokens that occurs at least twice in
///   the document, or a run seen once that fills a whole stretch between breaks and is a
///   known term of the IDF table;
/// - its neighbours vary on both sides (boundary freedom): a term always followed by the
///   same character is a fragment of a longer one (招商引 → 招商引资), and a side where ICU
///   only ever cut between two single characters (争当扛|担, 争当扛|责) is no boundary;
/// - it fits the ``TermShape`` (length, no measure word first, no localizer last, not only
///   numbers);
/// - or it is a slogan span handed in by the caller, counted as one unit whatever its shape.
///
/// 例：in the seed article, 开发区 (开发|区, 21 times), 招商引资 (4 times) and the slogan
/// 6543工程 are candidates; 招商引 and 争当扛 are not.
/// - Complexity: O(n · maximumTokens) in the number of tokens.
public struct TermStatistics: Sendable {
    /// What to do with a run of several tokens seen once in a document, filling a whole
    /// stretch between breaks.
    ///
    /// 例：`光程放大校正因子` said once: `.keepKnown` keeps it when the IDF table knows it.
    public enum OnceSeenRuns: Hashable, Sendable {
        /// Keep it as a term when the IDF table knows it (keyword extraction). 例：`kouhao keywords`.
        case keepKnown
        /// Keep it always (building an IDF table, where nothing is known yet). 例：`--write-idf-table`.
        case keepAll
    }

    /// One candidate term.
    ///
    /// 例：`Term(text: "招商引资", count: 4, titleCount: 0, tokens: 4, isSlogan: false)`.
    public struct Term: Hashable, Sendable {
        /// The term, normalized. 例：招商引资.
        public var text: String
        /// Occurrences in the document. 例：4.
        public var count: Int
        /// Occurrences in title lines. 例：1 for 开发区 in `## 开发区建设提速`.
        public var titleCount: Int
        /// Tokens it is made of (1 for a slogan unit). 例：4 for 招|商|引|资.
        public var tokens: Int
        /// Whether it is a slogan span. 例：true for 6543工程.
        public var isSlogan: Bool
    }

    /// Restricts the statistics to the terms that can reach the `top` best TF-IDF scores
    /// (IDF from `table`), so that a long document costs little more than tokenizing it:
    /// after counting single tokens, the k-th best of their scores bounds from below what
    /// the k-th best keyword will score, and runs too rare to reach that bound are not
    /// extended. The best `top` keywords are exactly those without pruning. Internal.
    struct Pruning {
        var top: Int
        var weights: KeywordConfiguration.Weights
        var table: IDFTable
    }

    let sequence: TermSequence
    let counter: NGramCounter
    /// Entries that are keyword candidates, in entry order.
    let candidates: [Int32]
    /// Entries that count toward document frequencies (candidates or not), in entry order.
    let documentTerms: [Int32]
    /// Title occurrences of entries that have some.
    let titleCounts: [Int32: Int32]
    /// Score factors of candidates whose factor is not 1 (``TermGrammar``: terms without a noun).
    let factors: [Int32: Float]
    let maximumTokens: Int

    /// The statistics of a normalized text.
    /// 例：`TermStatistics(text: text, tokenizer: tokenizer, known: .builtIn).terms`.
    /// - Parameters:
    ///   - spans: slogan spans to count as single terms.
    ///   - known: the table that says which once-seen runs are known terms.
    public init(text: NormalizedText, tokenizer: Tokenizer, spans: [TermSpan] = [],
                configuration: KeywordConfiguration = .default, known: IDFTable? = nil,
                onceSeenRuns: OnceSeenRuns = .keepKnown) {
        self.init(text: text, tokenizer: tokenizer, spans: spans, rules: TermRules(configuration),
                  configuration: configuration, known: known, onceSeenRuns: onceSeenRuns, pruning: nil)
    }

    init(text: NormalizedText, tokenizer: Tokenizer, spans: [TermSpan], rules: TermRules,
         configuration: KeywordConfiguration, known: IDFTable?, onceSeenRuns: OnceSeenRuns, pruning: Pruning?) {
        let shape = configuration.shape
        maximumTokens = shape.maximumTokens
        let sequence = TermSequence(text: text, tokenizer: tokenizer, spans: spans, rules: rules, titles: configuration.titles)
        let v = sequence.tokenCount
        var lastUnit = [Int32](repeating: 0, count: v)
        var firstUnit = [Int32](repeating: 0, count: v)
        for t in 0..<v {
            let u = sequence.units(of: t)
            firstUnit[t] = NGramCounter.neighbourClass(of: TermHash.fold(u.first!), flags: sequence.flags[t])
            lastUnit[t] = NGramCounter.neighbourClass(of: TermHash.fold(u.last!), flags: sequence.flags[t])
        }
        var counter = NGramCounter(ids: sequence.ids, tokenLength: sequence.length, lastUnit: lastUnit, firstUnit: firstUnit)

        typealias F = TermSequence.Flags
        /// Whether entry `e` has a candidate's shape.
        func shapeOK(_ e: Int) -> Bool {
            let x = counter.entries[e]
            let p = Int(x.first), n = Int(x.tokens)
            var numbers = 0
            while numbers < n, sequence.flags[Int(sequence.ids[p + numbers])] & F.number != 0 { numbers += 1 }
            return rules.fits(tokens: n, length: Int(x.length), firstFlags: sequence.flags[Int(sequence.ids[p])],
                              lastFlags: sequence.flags[Int(sequence.ids[p + n - 1])], numbers: numbers)
        }
        /// Whether the run of entry `e` is itself a stop word (one ICU splits: 开发|区 for a
        /// list that names 开发区). Such a word is no term, though it does not cut runs.
        func isStopRun(_ e: Int) -> Bool {
            let x = counter.entries[e]
            guard x.tokens >= 2 else { return false }
            let p = Int(x.first)
            var h: UInt64 = 0
            var units: [UInt16] = []
            for k in p..<(p + Int(x.tokens)) {
                let t = Int(sequence.ids[k])
                h = TermHash.combine(h, power: sequence.power[t], sequence.hash[t])
                units += sequence.units(of: t)
            }
            return units.withUnsafeBufferPointer { rules.stopWords.contains($0, hash: h) }
        }

        /// The grammar's verdict on entry `e` (see ``TermGrammar``): a fragment, or a term with
        /// its score factor.
        var runUnits: [UInt16] = []
        var classes: [UInt8] = [], isNumber: [Bool] = [], lengths: [Int] = []
        func verdict(_ e: Int) -> TermGrammar.Verdict {
            let x = counter.entries[e]
            let p = Int(x.first), n = Int(x.tokens)
            classes.removeAll(keepingCapacity: true)
            isNumber.removeAll(keepingCapacity: true)
            lengths.removeAll(keepingCapacity: true)
            for k in 0..<n {
                let t = Int(sequence.ids[p + k])
                classes.append(sequence.classes[t])
                lengths.append(Int(sequence.length[t]))
                isNumber.append(sequence.flags[t] & (F.chineseNumeral | F.digit | F.slogan) != 0)
            }
            let last = Int(sequence.ids[p + n - 1])
            let second = n >= 2 ? sequence.units(of: Int(sequence.ids[p + 1])) : nil
            return TermGrammar.verdict(classes: classes, isNumber: isNumber, lengths: lengths, lastUnits: sequence.units(of: last),
                                       firstUnits: sequence.units(of: Int(sequence.ids[p])), secondUnits: second) {
                guard let known else { return 0 }
                var h: UInt64 = 0
                runUnits.removeAll(keepingCapacity: true)
                for k in p..<(p + n) {
                    let t = Int(sequence.ids[k])
                    h = TermHash.combine(h, power: sequence.power[t], sequence.hash[t])
                    runUnits += sequence.units(of: t)
                }
                return runUnits.withUnsafeBufferPointer { known.documentFrequency(of: $0, hash: h) }
            }
        }

        /// The cohesion factor of entry `e` (``TermCohesion``), from the table's document
        /// frequencies of the run and of its parts at every token boundary (1 for a run with a
        /// number or a slogan in it, or one the table does not know).
        func cohesion(_ e: Int, _ known: IDFTable) -> Float {
            let x = counter.entries[e]
            let p = Int(x.first), n = Int(x.tokens)
            for k in p..<(p + n) where sequence.flags[Int(sequence.ids[k])] & (F.chineseNumeral | F.digit | F.slogan) != 0 { return 1 }
            func frequency(_ a: Int, _ b: Int) -> Int32 {
                var h: UInt64 = 0
                runUnits.removeAll(keepingCapacity: true)
                for k in a..<b {
                    let t = Int(sequence.ids[k])
                    h = TermHash.combine(h, power: sequence.power[t], sequence.hash[t])
                    runUnits += sequence.units(of: t)
                }
                return runUnits.withUnsafeBufferPointer { known.documentFrequency(of: $0, hash: h) }
            }
            let whole = frequency(p, p + n)
            if whole == 0 { return 1 }  // never seen whole: nothing known
            var weakest = Double.infinity
            for i in 1..<n {
                weakest = min(weakest, TermCohesion.association(whole: whole, left: frequency(p, p + i), right: frequency(p + i, p + n),
                                                                documents: known.documents))
            }
            return TermCohesion.factor(association: weakest)
        }

        // How often a run must occur to matter.
        var minimumCount: Int32 = 2
        var onceSeenCanMatter = true
        if let pruning, pruning.top > 0 {
            var best = TopScores(pruning.top)
            for e in 0..<v where counter.entries[e].count > 0 && counter.isFree(e) && shapeOK(e) {
                guard case .term(let factor) = verdict(e) else { continue }
                var c = Self.candidateStatistics(e, sequence: sequence, counter: counter, titleCount: 0, term: 0)
                c.factor = factor
                let df = sequence.units.withUnsafeBufferPointer { u in
                    pruning.table.documentFrequency(of: UnsafeBufferPointer(rebasing: u[Int(sequence.start[e])..<Int(sequence.start[e] + sequence.length[e])]),
                                                    hash: sequence.hash[e])
                }
                var lower = pruning.weights
                lower.title = min(1, lower.title)
                best.offer(.init(score: TFIDF.score(c, idf: TFIDF.idf(tableFrequency: df, table: pruning.table), weights: lower), first: 0, id: Int32(e)))
            }
            if best.heap.count == pruning.top {
                let threshold = best.sorted.last!.score
                // A run of `count` occurrences scores at most tf(title · count) × the best IDF
                // × the best length prior.
                let title = max(1, pruning.weights.title)
                let perUnit = TFIDF.idf(tableFrequency: 0, table: pruning.table) * (pruning.weights.lengthPrior.max() ?? 1)
                if perUnit > 0 {
                    let needed = (pruning.weights.inverseTermFrequency(threshold / perUnit) / title).rounded(.up)
                    minimumCount = Int32(min(Double(Int32.max), max(2, needed)))
                    onceSeenCanMatter = pruning.weights.termFrequency(title) * perUnit >= threshold
                }
            }
        }
        counter.extend(minimumCount: Int(minimumCount), maximumTokens: shape.maximumTokens, maximumLength: shape.maximumLength)

        // Runs seen once that fill a whole stretch between breaks: kept when known (or always).
        var knownWhole = Set<Int>()
        if onceSeenCanMatter {
            let minimumKnown = Int32(configuration.knownTermMinimumDocuments)
            sequence.ids.withUnsafeBufferPointer { ids in
                /// Whether the run ids[p..<p+n] spells `units`.
                func run(_ p: Int, _ n: Int, matches units: UnsafeBufferPointer<UInt16>) -> Bool {
                    var offset = 0
                    for k in p..<(p + n) {
                        for u in sequence.units(of: Int(ids[k])) {
                            guard offset < units.count, TermHash.fold(u) == TermHash.fold(units[offset]) else { return false }
                            offset += 1
                        }
                    }
                    return offset == units.count
                }
                func isKnown(_ p: Int, _ n: Int) -> Bool {
                    guard let known else { return false }
                    var h: UInt64 = 0
                    for k in p..<(p + n) {
                        let t = Int(ids[k])
                        h = TermHash.combine(h, power: sequence.power[t], sequence.hash[t])
                    }
                    return known.documentFrequency(hash: h) { run(p, n, matches: $0) } >= minimumKnown
                }
                var s = 0
                let n = ids.count
                while s < n {
                    var e = s
                    var units: Int32 = 0
                    while e < n, ids[e] >= 0 { units += sequence.length[Int(ids[e])]; e += 1 }
                    let len = e - s
                    if len >= 2, len <= shape.maximumTokens, units <= shape.maximumLength,
                       onceSeenRuns == .keepAll || isKnown(s, len) {
                        var found: Int? = nil
                        counter.walk(ids, from: s, maximumTokens: len) { k, entry in
                            if k == len { found = entry }
                            return true
                        }
                        if let found {
                            if counter.entries[found].count == 1 { knownWhole.insert(found) }
                        } else {
                            knownWhole.insert(counter.addStandalone(at: s, tokens: len, length: units))
                        }
                    }
                    s = e + 1
                }
            }
        }

        // Classify the entries.
        var candidates: [Int32] = []
        var documentTerms: [Int32] = []
        var factors: [Int32: Float] = [:]
        for e in 0..<counter.entryCount {
            let x = counter.entries[e]
            guard x.count > 0, shapeOK(e) else { continue }
            if x.tokens >= 2, x.count < minimumCount, !knownWhole.contains(e) { continue }
            if x.tokens >= 2, isStopRun(e) { continue }
            documentTerms.append(Int32(e))
            // Fragments count toward document frequencies (the grammar asks the table whether a
            // run is an attested term) but are no candidates.
            guard counter.isFree(e), case .term(var factor) = verdict(e) else { continue }
            if x.tokens >= 2, let known { factor *= cohesion(e, known) }
            candidates.append(Int32(e))
            if factor != 1 { factors[Int32(e)] = factor }
        }

        // Title occurrences.
        var titleCounts: [Int32: Int32] = [:]
        if !sequence.titles.isEmpty {
            var isCandidate = [Bool](repeating: false, count: counter.entryCount)
            for e in candidates { isCandidate[Int(e)] = true }
            sequence.ids.withUnsafeBufferPointer { ids in
                for range in sequence.titles {
                    for p in range {
                        counter.walk(ids, from: p, maximumTokens: min(shape.maximumTokens, range.upperBound - p)) { _, entry in
                            if isCandidate[entry] { titleCounts[Int32(entry), default: 0] += 1 }
                            return true
                        }
                    }
                }
            }
            for e in knownWhole where counter.entries[e].flags & NGramCounter.Flags.standalone != 0 && isCandidate[e] {
                let p = Int(counter.entries[e].first)
                if sequence.titles.contains(where: { $0.contains(p) }) { titleCounts[Int32(e), default: 0] += 1 }
            }
        }

        self.sequence = sequence
        self.counter = counter
        self.candidates = candidates
        self.documentTerms = documentTerms
        self.titleCounts = titleCounts
        self.factors = factors
    }

    /// The scoring record of entry `e`.
    static func candidateStatistics(_ e: Int, sequence: TermSequence, counter: NGramCounter, titleCount: Int32, term: Int32) -> CandidateStatistics {
        let x = counter.entries[e]
        var flags: UInt8 = 0
        let p = Int(x.first)
        for k in p..<(p + Int(x.tokens)) {
            let f = sequence.flags[Int(sequence.ids[k])]
            if f & TermSequence.Flags.slogan != 0 { flags |= CandidateStatistics.Flags.slogan }
            if f & TermSequence.Flags.digit != 0 { flags |= CandidateStatistics.Flags.digit }
        }
        let bonus = flags & CandidateStatistics.Flags.slogan != 0 ? Float(sequence.sloganBonus[sequence.ids[p]] ?? 0) : 0
        return CandidateStatistics(term: term, count: x.count, titleCount: titleCount, bonus: bonus, first: x.first,
                                   length: Int32(x.length), tokens: x.tokens, flags: flags)
    }

    /// The scoring record of entry `e`, with its title count.
    func candidateStatistics(_ e: Int, term: Int32) -> CandidateStatistics {
        var c = Self.candidateStatistics(e, sequence: sequence, counter: counter, titleCount: titleCounts[Int32(e)] ?? 0, term: term)
        c.factor = factors[Int32(e)] ?? 1
        return c
    }

    /// The units of entry `e` (its tokens' first spellings).
    func units(of e: Int, into units: inout [UInt16]) {
        units.removeAll(keepingCapacity: true)
        let x = counter.entries[e]
        let p = Int(x.first)
        for k in p..<(p + Int(x.tokens)) {
            units.append(contentsOf: sequence.units(of: Int(sequence.ids[k])))
        }
    }

    /// Appends the units of entry `e` to `units` and returns its hash (the hash of the entry's
    /// text, ``TermHash``): one walk over its tokens, no scratch copy.
    @inline(__always)
    func appendUnits(of e: Int, to units: inout [UInt16]) -> UInt64 {
        let x = counter.entries[e]
        let p = Int(x.first)
        var h: UInt64 = 0
        for k in p..<(p + Int(x.tokens)) {
            let t = Int(sequence.ids[k])
            h = TermHash.combine(h, power: sequence.power[t], sequence.hash[t])
            units.append(contentsOf: sequence.units(of: t))
        }
        return h
    }

    /// The text of entry `e`.
    func text(of e: Int) -> String {
        var u: [UInt16] = []
        units(of: e, into: &u)
        return String(decoding: u, as: UTF16.self)
    }

    /// Whether entry `e` is a slogan unit.
    func isSlogan(_ e: Int) -> Bool {
        let x = counter.entries[e]
        return x.tokens == 1 && sequence.flags[Int(sequence.ids[Int(x.first)])] & TermSequence.Flags.slogan != 0
    }

    /// The keyword candidates, in order of first occurrence.
    /// 例：for `通过招商引资推进开发区建设，招商引资成效明显` the terms include 招商引资 (count 2).
    public var terms: [Term] {
        candidates
            .sorted { a, b in
                let x = counter.entries[Int(a)], y = counter.entries[Int(b)]
                return (x.first, x.tokens) < (y.first, y.tokens)
            }
            .map { e in
                let x = counter.entries[Int(e)]
                return Term(text: text(of: Int(e)), count: Int(x.count), titleCount: Int(titleCounts[e] ?? 0),
                            tokens: Int(x.tokens), isSlogan: isSlogan(Int(e)))
            }
    }

    /// Number of content tokens (slogan units count one). 例：9 for `开发区把招商引资作为一号工程`.
    public var tokenCount: Int { sequence.ids.reduce(0) { $1 >= 0 ? $0 + 1 : $0 } }
}
