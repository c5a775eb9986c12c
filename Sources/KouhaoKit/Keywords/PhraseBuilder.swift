import Foundation

/// New-word discovery: the runs of tokens that a corpus uses as words although ICU splits
/// them, with their frequency, cohesion and boundary freedom (`kouhao words`).
///
/// Over the whole corpus, every run of 2 to 8 tokens that occurs at least
/// ``Configuration/minimumCount`` times is measured by
/// - **cohesion**: the pointwise mutual information of its weakest split,
///   `min over splits a|b of ln(count(ab) · N / (count(a) · count(b)))`, N the number of
///   tokens — high when its parts occur together far more often than chance;
/// - **boundary freedom**: the entropy (in nats) of the characters just left and just
///   right of its occurrences, a break counting as a new character each time — high when
///   the run is used in many contexts, low for a fragment of a longer word.
/// Runs passing both thresholds and the ``TermShape`` are the corpus's words.
/// 例：over 新闻联播 2012–2017, 一带一路 (一带|一路), 习近平总书记 and 供给侧结构性改革 come out, with
/// cohesion 5–8 and entropies above 3.
///
/// Documents are added one by one (``add(_:)``, in input order, so that the result does not
/// depend on how they were read); ``phrases()`` does the counting.
/// - Complexity: O(n · maxTokens) time; memory grows with the corpus (325 MB for the 44 MB of
///   新闻联播 2012–2017).
public struct PhraseBuilder: Sendable {
    /// Thresholds and term rules.
    ///
    /// 例：`PhraseBuilder.Configuration(minimumCount: 20)` lists only well-attested words.
    public struct Configuration: Sendable {
        /// Fewest occurrences in the corpus. 例：5.
        public var minimumCount: Int
        /// Least cohesion (PMI of the weakest split, natural log). 例：3 (20 times chance).
        public var minimumCohesion: Double
        /// Least entropy of the neighbours on each side, in nats. 例：1.
        public var minimumEntropy: Double
        /// Stop words: they end runs, as in keyword extraction. 例：`.default`.
        public var stopWords: StopWords
        /// What a run may look like. 例：`.default` (2–16 characters, 8 tokens).
        public var shape: TermShape

        /// At least 5 occurrences, cohesion 3, entropy 1, the built-in stop words.
        /// 例：`PhraseBuilder(configuration: .default)`.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(minimumCount: 10, minimumCohesion: 4)`.
        public init(minimumCount: Int = 5, minimumCohesion: Double = 3, minimumEntropy: Double = 1,
                    stopWords: StopWords = .default, shape: TermShape = .default) {
            precondition(minimumCount >= 2, "a word must occur at least twice")
            self.minimumCount = minimumCount
            self.minimumCohesion = minimumCohesion
            self.minimumEntropy = minimumEntropy
            self.stopWords = stopWords
            self.shape = shape
        }
    }

    /// A word of the corpus.
    ///
    /// 例：`Phrase(text: "一带一路", tokens: 2, count: 2733, documents: 636, cohesion: 7.59, leftEntropy: 7.91, rightEntropy: 7.84)`.
    public struct Phrase: Hashable, Sendable {
        /// The run, normalized. 例：一带一路.
        public var text: String
        /// ICU tokens it is made of. 例：2 for 一带|一路.
        public var tokens: Int
        /// Occurrences in the corpus. 例：2733.
        public var count: Int
        /// Documents it occurs in. 例：636.
        public var documents: Int
        /// PMI of its weakest split (natural log). 例：7.59 for 一带|一路.
        public var cohesion: Double
        /// Entropy of its left neighbours (nats). 例：7.91.
        public var leftEntropy: Double
        /// Entropy of its right neighbours (nats). 例：7.84.
        public var rightEntropy: Double
    }

    /// One document's tokens, ready to add (made in parallel by ``tokens(of:tokenizer:)``).
    ///
    /// 例：`builder.add(builder.tokens(of: text, tokenizer: tokenizer))`.
    public struct DocumentTokens: Sendable {
        let sequence: TermSequence
        /// Content token positions in the document (breaks included). 例：about 7,000 for a day of 新闻联播.
        public var count: Int { sequence.ids.count }
    }

    /// The configuration in use. 例：`builder.configuration.minimumCount` → 5.
    public let configuration: Configuration
    let rules: TermRules
    private var vocabulary = TermTable<UInt8>(capacity: 1 << 14)
    private var firstUnit: [Int32] = []
    private var lastUnit: [Int32] = []
    private var ids: [Int32] = []
    private var documentStarts: [Int] = []

    /// An empty corpus. 例：`var builder = PhraseBuilder()`.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
        rules = TermRules(KeywordConfiguration(stopWords: configuration.stopWords, shape: configuration.shape, titles: .none))
    }

    /// Documents added. 例：2,000 after adding every day of a year of 新闻联播.
    public var documents: Int { documentStarts.count }

    /// The tokens of one document (pure; run it in parallel).
    /// 例：`builder.tokens(of: Normalizer().normalize(SourceText("推进招商引资")), tokenizer: tokenizer)`.
    public func tokens(of text: NormalizedText, tokenizer: Tokenizer) -> DocumentTokens {
        DocumentTokens(sequence: TermSequence(text: text, tokenizer: tokenizer, spans: [], rules: rules, titles: .none))
    }

    /// Adds a document, in input order. 例：`builder.add(tokens)`.
    /// - Complexity: O(its tokens).
    public mutating func add(_ document: DocumentTokens) {
        let s = document.sequence
        var global = [Int32](repeating: -1, count: s.tokenCount)
        for t in 0..<s.tokenCount {
            let u = Array(s.units(of: t))
            let (g, inserted) = u.withUnsafeBufferPointer { vocabulary.insert($0, hash: s.hash[t], value: s.flags[t]) }
            if inserted {
                firstUnit.append(NGramCounter.neighbourClass(of: TermHash.fold(u.first!), flags: s.flags[t]))
                lastUnit.append(NGramCounter.neighbourClass(of: TermHash.fold(u.last!), flags: s.flags[t]))
            }
            global[t] = Int32(g)
        }
        if let last = ids.last, last >= 0 { ids.append(-1) }
        documentStarts.append(ids.count)
        for id in s.ids { ids.append(id < 0 ? -1 : global[Int(id)]) }
    }

    /// The corpus's words, most frequent first (ties by text). 例：`builder.phrases().prefix(10)`.
    /// - Complexity: O(n · maxTokens) in the corpus's tokens.
    public func phrases() -> [Phrase] {
        let v = vocabulary.count
        var tokenLength = [Int32](repeating: 0, count: v)
        for t in 0..<v { tokenLength[t] = vocabulary.offsets[t + 1] - vocabulary.offsets[t] }
        let shape = configuration.shape
        var counter = NGramCounter(ids: ids, tokenLength: tokenLength, lastUnit: lastUnit, firstUnit: firstUnit,
                                   documentStarts: documentStarts)
        counter.extend(minimumCount: configuration.minimumCount, maximumTokens: shape.maximumTokens, maximumLength: shape.maximumLength)
        let minimum = Int32(configuration.minimumCount)
        let total = Double(ids.reduce(0) { $1 >= 0 ? $0 + 1 : $0 })

        // Candidates: runs of 2+ tokens, frequent, well shaped, not a stop word themselves.
        var isCandidate = [Bool](repeating: false, count: counter.entryCount)
        var candidates: [Int] = []
        for e in v..<counter.entryCount {
            let x = counter.entries[e]
            guard x.count >= minimum, x.tokens >= 2 else { continue }
            let p = Int(x.first), n = Int(x.tokens)
            var numbers = 0
            while numbers < n, vocabulary.value(at: Int(ids[p + numbers])) & TermSequence.Flags.number != 0 { numbers += 1 }
            var units: [UInt16] = []
            for k in p..<(p + n) { units += vocabulary.termUnits(Int(ids[k])) }
            guard rules.fits(tokens: n, length: Int(x.length), firstFlags: vocabulary.value(at: Int(ids[p])),
                             lastFlags: vocabulary.value(at: Int(ids[p + n - 1])), numbers: numbers),
                  !units.withUnsafeBufferPointer({ rules.stopWords.contains($0, hash: TermHash.of($0)) }) else { continue }
            isCandidate[e] = true
            candidates.append(e)
        }

        // Cohesion: the PMI of the weakest split.
        func count(_ p: Int, _ n: Int) -> Int32? {
            var e = ids[p]
            for k in 1..<n {
                guard let next = counter.find(prefix: e, last: ids[p + k]) else { return nil }
                e = Int32(next)
            }
            return counter.entries[Int(e)].count
        }
        var cohesion = [Double](repeating: 0, count: counter.entryCount)
        for e in candidates {
            let x = counter.entries[e]
            let p = Int(x.first), n = Int(x.tokens)
            var weakest = Double.infinity
            for k in 1..<n {
                guard let a = count(p, k), let b = count(p + k, n - k) else { continue }
                weakest = min(weakest, log(Double(x.count) * total / (Double(a) * Double(b))))
            }
            cohesion[e] = weakest
        }

        // Boundary freedom: the entropy of the neighbouring characters.
        var leftPairs: [UInt64: Int32] = [:], rightPairs: [UInt64: Int32] = [:]
        var leftBreaks = [Int32](repeating: 0, count: counter.entryCount)
        var rightBreaks = [Int32](repeating: 0, count: counter.entryCount)
        ids.withUnsafeBufferPointer { ids in
            for p in 0..<ids.count where ids[p] >= 0 {
                counter.walk(ids, from: p, maximumTokens: shape.maximumTokens) { n, e in
                    guard isCandidate[e] else { return true }
                    let l = p > 0 ? ids[p - 1] : -1, r = p + n < ids.count ? ids[p + n] : -1
                    if l < 0 { leftBreaks[e] += 1 } else { leftPairs[UInt64(e) << 32 | UInt64(UInt32(lastUnit[Int(l)])), default: 0] += 1 }
                    if r < 0 { rightBreaks[e] += 1 } else { rightPairs[UInt64(e) << 32 | UInt64(UInt32(firstUnit[Int(r)])), default: 0] += 1 }
                    return true
                }
            }
        }
        func entropy(_ pairs: [UInt64: Int32], _ breaks: [Int32]) -> [Double] {
            var h = [Double](repeating: 0, count: counter.entryCount)
            // Summed in key order: the same bits on every run (a dictionary's order is not).
            for (key, c) in pairs.sorted(by: { $0.key < $1.key }) {
                let e = Int(key >> 32), q = Double(c) / Double(counter.entries[e].count)
                h[e] -= q * log(q)
            }
            for e in candidates where breaks[e] > 0 {
                let total = Double(counter.entries[e].count)
                h[e] += Double(breaks[e]) * (1 / total) * log(total)
            }
            return h
        }
        let left = entropy(leftPairs, leftBreaks), right = entropy(rightPairs, rightBreaks)

        var phrases: [Phrase] = []
        for e in candidates where cohesion[e] >= configuration.minimumCohesion
            && left[e] >= configuration.minimumEntropy && right[e] >= configuration.minimumEntropy {
            let x = counter.entries[e]
            var units: [UInt16] = []
            for k in Int(x.first)..<(Int(x.first) + Int(x.tokens)) { units += vocabulary.termUnits(Int(ids[k])) }
            phrases.append(Phrase(text: String(decoding: units, as: UTF16.self), tokens: Int(x.tokens), count: Int(x.count),
                                  documents: Int(counter.documents[e]), cohesion: cohesion[e], leftEntropy: left[e], rightEntropy: right[e]))
        }
        return phrases.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
    }
}
