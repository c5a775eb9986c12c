import Foundation

/// A word lexicon with frequencies: what the tokenizer's overlay segments Han runs with.
///
/// Within a run of Chinese characters the tokenizer picks the segmentation of maximum
/// probability, a word's probability being its frequency over the lexicon's total (as jieba
/// does); where the lexicon knows no word, ICU's dictionary cuts (see ``Tokenizer``).
///
/// The built-in lexicon (``builtIn``, `Resources/lexicon.tsv`, built by `Scripts/build-lexicon`)
/// holds jieba's dictionary (MIT licence, notice in `Resources/LICENSE-jieba.txt`) trimmed to
/// the words it attests at least 5 times, and the words `kouhao words` mines from the shared
/// corpora where jieba has none (从严治党, 栗战书). A user dictionary in jieba's format
/// (`word [frequency] [tag]`, one per line) adds to it or replaces it:
/// 例：
/// ```swift
/// let mine = try Lexicon.entries(contentsOf: "我的词典.txt")   // 青川湾县 / 松岭县 5 ns …
/// let tokenizer = try Tokenizer(lexicon: Lexicon(adding: mine, to: .builtIn))
/// ```
public struct Lexicon: Sendable {
    /// One word of a lexicon or a user dictionary.
    ///
    /// 例：`Lexicon.Entry(word: "青川湾县", frequency: nil, tag: "ns")` — without a frequency, the
    /// word gets one just high enough to stay whole (jieba's `suggest_freq`).
    public struct Entry: Hashable, Sendable {
        /// The word. 例：青川湾县.
        public var word: String
        /// How often it occurs (on jieba's scale, where 的 is about 320,000 and a rare word 5);
        /// nil: just often enough to stay whole. 例：12.
        public var frequency: Int?
        /// Its part-of-speech tag (jieba's set: n, v, vn, a, nr, ns …), or nil. 例：ns.
        public var tag: String?

        /// An entry. 例：`Lexicon.Entry(word: "松岭县", frequency: 20, tag: "ns")`.
        public init(word: String, frequency: Int? = nil, tag: String? = nil) {
            self.word = word
            self.frequency = frequency
            self.tag = tag
        }
    }

    let trie: LexiconTrie
    /// Words, flat: word `i` is `units[offsets[i]..<offsets[i+1]]` (normalized).
    private let units: [UInt16]
    private let offsets: [Int32]
    private let frequencies: [Double]
    private let classes: [UInt8]

    /// Number of words. 例：`Lexicon.builtIn.count` → about 150,000.
    public var count: Int { frequencies.count }

    /// The built-in lexicon, read once when first used: the words of `Resources/lexicon.tsv`
    /// and the labels of the built-in slogan lexicon (``KnownLabels/builtIn``), so that a known
    /// slogan is one token (see ``entries(of:)``).
    /// 例：`Lexicon.builtIn.contains("互联网")` → true; `contains("两学一做")` → true.
    public static let builtIn: Lexicon = Lexicon(adding: entries(of: .builtIn), to: builtInWords)

    /// The words of `Resources/lexicon.tsv` alone (jieba's dictionary trimmed, words mined from
    /// the corpora), without the slogan labels. 例：`Lexicon.builtInWords.contains("两学一做")` → false.
    public static let builtInWords: Lexicon = {
        let data = BuiltInResources.contents(of: "lexicon.tsv")
        return Lexicon(resource: [UInt8](data))
    }()

    /// The words of a slogan lexicon: every plain form of every label made of Chinese characters
    /// (tag `nz`, no frequency: each just frequent enough to be one token), in key order.
    /// 例：`Lexicon.entries(of: try KnownLabels(contentsOf: "g.json"))` → 四个全面, 六稳, 六个稳 ….
    public static func entries(of labels: KnownLabels) -> [Entry] {
        labels.labels.keys.sorted().flatMap { key in
            labels[key]!.forms.filter { form in !form.isEmpty && form.utf16.allSatisfy { CharacterClass.isHan($0) } }
                .map { Entry(word: $0, tag: "nz") }
        }
    }

    /// A lexicon of no words: the tokenizer's overlay then keeps only its conventions (numbers
    /// with their units, dates) and ICU cuts every Han run. 例：`Lexicon.empty.count` → 0.
    public static let empty = Lexicon(entries: [])

    /// The smallest frequency a word of the built-in lexicon has; a word only ICU knows
    /// counts this often. 例：5.
    static let floor = 5.0

    /// A lexicon of these entries (later entries of the same word win; an entry without a
    /// frequency gets ``floor``). 例：`Lexicon(entries: [.init(word: "青川湾县", frequency: 10)])`.
    public init(entries: [Entry]) {
        self.init(adding: entries, to: nil)
    }

    /// `base` with `entries` added: a word already there takes the entry's frequency and tag;
    /// an entry without a frequency gets one just high enough that the word beats the
    /// segmentation `base` would give it alone (at least its old frequency).
    /// 例：`Lexicon(adding: [.init(word: "从严治党")], to: .builtIn)`.
    public init(adding entries: [Entry], to base: Lexicon) {
        self.init(adding: entries, to: Optional(base))
    }

    private init(adding entries: [Entry], to base: Lexicon?) {
        var units = base?.units ?? []
        var offsets = base?.offsets ?? [0]
        var frequencies = base?.frequencies ?? []
        var classes = base?.classes ?? []
        var added: [String: Int] = [:]
        for e in entries where !e.word.isEmpty {
            let c = e.tag.map { WordClass(tag: $0[...]).rawValue }
            let word = Array(e.word.utf16)
            let existing = added[e.word] ?? base?.entryIndex(of: word)
            let f: Double
            if let given = e.frequency {
                f = Double(given)
            } else if let base {
                f = max(base.suggestedFrequency(word), existing.map { frequencies[$0] } ?? 0)
            } else {
                f = Self.floor
            }
            if let i = existing {
                frequencies[i] = f
                if let c { classes[i] = c }
                continue
            }
            added[e.word] = frequencies.count
            units += word
            offsets.append(Int32(units.count))
            frequencies.append(f)
            classes.append(c ?? WordClass.term.rawValue)
        }
        self.init(units: units, offsets: offsets, frequencies: frequencies, classes: classes)
    }

    private init(units: [UInt16], offsets: [Int32], frequencies: [Double], classes: [UInt8]) {
        self.units = units
        self.offsets = offsets
        self.frequencies = frequencies
        self.classes = classes
        trie = LexiconTrie(units: units, offsets: offsets, frequencies: frequencies, classes: classes, floor: Self.floor)
    }

    /// The built-in resource's format: `word<TAB>frequency<TAB>tag[<TAB>o]` lines (`o`: a verb
    /// that takes an object), `#` comments, every word once, already normalized.
    private init(resource bytes: [UInt8]) {
        var units: [UInt16] = []
        var offsets: [Int32] = [0]
        var frequencies: [Double] = []
        var classes: [UInt8] = []
        units.reserveCapacity(bytes.count / 3)
        offsets.reserveCapacity(bytes.count / 12)
        frequencies.reserveCapacity(bytes.count / 12)
        classes.reserveCapacity(bytes.count / 12)
        var tagClasses: [UInt64: UInt8] = [:]
        bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                if bytes[i] == 0x23 {  // '#': a comment line
                    while i < n, bytes[i] != 0x0A { i += 1 }
                    i += 1
                    continue
                }
                // The word: UTF-8 decoded straight into UTF-16 units.
                let before = units.count
                while i < n, bytes[i] != 0x09, bytes[i] != 0x0A {
                    let b0 = UInt32(bytes[i])
                    var scalar: UInt32
                    if b0 < 0x80 { scalar = b0; i += 1 }
                    else if b0 < 0xE0, i + 1 < n { scalar = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2 }
                    else if b0 < 0xF0, i + 2 < n { scalar = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3 }
                    else if i + 3 < n { scalar = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4 }
                    else { scalar = 0xFFFD; i += 1 }
                    if scalar < 0x10000 {
                        units.append(UInt16(scalar))
                    } else {
                        let v = scalar - 0x10000
                        units.append(UInt16(0xD800 + (v >> 10)))
                        units.append(UInt16(0xDC00 + (v & 0x3FF)))
                    }
                }
                var f = 0
                if i < n, bytes[i] == 0x09 {
                    i += 1
                    while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 { f = f &* 10 &+ Int(bytes[i] &- 0x30); i += 1 }
                }
                var key: UInt64 = 0
                let tagStart = i
                if i < n, bytes[i] == 0x09 {
                    i += 1
                    while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D, bytes[i] != 0x09 { key = key &<< 8 | UInt64(bytes[i]); i += 1 }
                }
                let tagEnd = i
                // "\to": a verb that takes an object; "\tp": a predicate, a verb whatever its tag.
                var takesObject = false, predicate = false
                if i + 1 < n, bytes[i] == 0x09 {
                    takesObject = bytes[i + 1] == 0x6F
                    predicate = bytes[i + 1] == 0x70
                }
                while i < n, bytes[i] != 0x0A { i += 1 }
                i += 1
                guard units.count > before else { continue }
                let c: UInt8
                if let known = tagClasses[key] {
                    c = known
                } else {
                    let tag = tagEnd > tagStart + 1 ? String(decoding: bytes[(tagStart + 1)..<tagEnd], as: UTF8.self) : ""
                    c = WordClass(tag: tag[...]).rawValue
                    tagClasses[key] = c
                }
                offsets.append(Int32(units.count))
                frequencies.append(Double(max(f, 1)))
                classes.append(predicate ? WordClass([.verb, .takesObject]).rawValue
                               : takesObject ? c | WordClass.takesObject.rawValue : c)
            }
        }
        self.init(units: units, offsets: offsets, frequencies: frequencies, classes: classes)
    }

    /// The index of `word` among the entries, or nil.
    private func entryIndex(of word: [UInt16]) -> Int? {
        let node = word.withUnsafeBufferPointer { trie.node(of: $0) }
        guard node >= 0 else { return nil }
        let e = trie.entry[Int(node)]
        return e >= 0 ? Int(e) : nil
    }

    /// Whether `word` is in the lexicon (normalized text: Simplified, half-width).
    /// 例：`Lexicon.builtIn.contains("互联网")` → true, `contains("互联")` → false.
    public func contains(_ word: String) -> Bool { entryIndex(of: Array(word.utf16)) != nil }

    /// The frequency of `word`, or nil. 例：`Lexicon.builtIn.frequency(of: "互联网")` → 1813.
    public func frequency(of word: String) -> Int? { entryIndex(of: Array(word.utf16)).map { Int(frequencies[$0]) } }

    /// The frequency that makes `word` (at least) as likely as the best segmentation of it
    /// into other words of this lexicon, plus one (jieba's `suggest_freq`).
    func suggestedFrequency(_ word: [UInt16]) -> Double {
        guard !word.isEmpty else { return Self.floor }
        let total = exp(-trie.unknownCharacter)
        var best = [Double](repeating: -.infinity, count: word.count + 1)
        best[word.count] = 0
        word.withUnsafeBufferPointer { w in
            for i in stride(from: w.count - 1, through: 0, by: -1) {
                var node = trie.root[Int(w[i])]
                let single = node >= 0 && trie.logProbability[Int(node)] > -.infinity ? Double(trie.logProbability[Int(node)]) : trie.unknownCharacter
                var b = single + best[i + 1]
                var k = i + 1
                // Words shorter than the whole, so that the word is compared with its parts.
                while node >= 0, k < w.count {
                    node = trie.child(node, w[k])
                    k += 1
                    guard node >= 0 else { break }
                    let lp = trie.logProbability[Int(node)]
                    if lp > -.infinity, !(i == 0 && k == w.count) { b = max(b, Double(lp) + best[k]) }
                }
                best[i] = b
            }
        }
        return max(Self.floor, (exp(best[0]) * total).rounded(.down) + 1)
    }
}

extension Lexicon {
    /// Reads a dictionary in jieba's user-dictionary format: one word per line, optionally
    /// followed by a frequency and a tag, separated by spaces or tabs; `#` starts a comment.
    /// Words are normalized as text is (Traditional → Simplified, full-width → half-width).
    /// 例：`try Lexicon.entries(contentsOf: "我的词典.txt")` for a file holding `青川湾县 10 ns`.
    /// - Throws: ``KouhaoError/notFound(path:)``, ``KouhaoError/unreadable(path:reason:)``, or
    ///   ``KouhaoError/malformedInput(path:reason:)`` naming the line.
    public static func entries(contentsOf path: String) throws -> [Entry] {
        guard FileManager.default.fileExists(atPath: path) else { throw KouhaoError.notFound(path: path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw KouhaoError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try entries(parsing: [UInt8](data), path: path, normalize: true)
    }

    /// Parses jieba's user-dictionary format from UTF-8 bytes (see ``entries(contentsOf:)``).
    /// 例：`try Lexicon.entries(parsing: Array("青川湾县 10 ns\n松岭县\n".utf8))` → two entries,
    /// the second without frequency or tag.
    /// - Throws: ``KouhaoError/malformedInput(path:reason:)``.
    public static func entries(parsing bytes: [UInt8], path: String = "-") throws -> [Entry] {
        try entries(parsing: bytes, path: path, normalize: true)
    }

    static func entries(parsing bytes: [UInt8], path: String, normalize: Bool) throws -> [Entry] {
        guard !normalize || String(bytes: bytes, encoding: .utf8) != nil else {
            throw KouhaoError.malformedInput(path: path, reason: "a dictionary must be UTF-8 text: `word [frequency] [tag]` per line")
        }
        let normalizer = normalize ? Normalizer() : nil
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 14)
        var lineNumber = 0
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < n {
            lineNumber += 1
            var end = i
            while end < n, bytes[end] != 0x0A { end += 1 }
            defer { i = end + 1 }
            var fields: [ArraySlice<UInt8>] = []
            var a = i
            while a < end {
                while a < end, Self.isBlank(bytes[a]) { a += 1 }
                guard a < end, bytes[a] != 0x23 else { break }  // '#': a comment
                var b = a
                while b < end, !Self.isBlank(bytes[b]) { b += 1 }
                fields.append(bytes[a..<b])
                a = b
            }
            guard !fields.isEmpty else { continue }
            var tag: String? = nil
            var frequency: Int? = nil
            if fields.count >= 2, let last = fields.last, last.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) {
                tag = String(decoding: last, as: UTF8.self)
                fields.removeLast()
            }
            if fields.count >= 2, let last = fields.last, last.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                guard let f = Int(String(decoding: last, as: UTF8.self)), f <= 1_000_000_000 else {
                    throw KouhaoError.malformedInput(path: path, reason: "line \(lineNumber): the frequency is too large (at most 1,000,000,000)")
                }
                frequency = f
                fields.removeLast()
            }
            var word = fields.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            if let normalizer {
                let normalized = normalizer.normalize(SourceText(word))
                word = String(decoding: normalized.units, as: UTF16.self)
            }
            guard !word.isEmpty else {
                throw KouhaoError.malformedInput(path: path, reason: "line \(lineNumber): no word (expected `word [frequency] [tag]`)")
            }
            entries.append(Entry(word: word, frequency: frequency, tag: tag))
        }
        return entries
    }

    @inline(__always)
    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
}
