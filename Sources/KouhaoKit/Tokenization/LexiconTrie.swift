import Foundation

/// The words of a ``Lexicon`` as a trie over UTF-16 units, for the segmenter's inner loop:
/// a direct table for the first unit, one hash probe per further unit, a log probability per
/// node, no allocation per lookup. Internal; immutable once built, so safe to share.
///
/// Edges below the root live in one open-addressing table of 64-bit slots, each packing
/// (parent node: 24 bits, unit: 16 bits, child node: 24 bits); a slot of 0 is empty (the root
/// is never a child). 例：for 从严治党 the walk is root[从] → 从严 → 从严治 → 从严治党, and each
/// node says whether it ends a word and with what log probability.
final class LexiconTrie: @unchecked Sendable {
    /// Child of the root for each BMP unit (-1 when no word starts with it).
    let root: UnsafeMutableBufferPointer<Int32>
    /// Edge slots (see the type's description).
    let edges: UnsafeMutableBufferPointer<UInt64>
    let shift: UInt64
    let mask: Int
    /// Per node: ln(frequency / total) when the node ends a word, else -infinity.
    let logProbability: UnsafeMutableBufferPointer<Float>
    /// Per node: the word's class (see ``WordClass``), 0 for prefixes.
    let wordClass: UnsafeMutableBufferPointer<UInt8>
    /// Per node: the index of its word among the lexicon's entries, -1 for prefixes.
    let entry: [Int32]
    /// Number of nodes (root included).
    let nodeCount: Int
    /// ln(1 / total): a character that is no word of the lexicon.
    let unknownCharacter: Double
    /// ln(floor / total): a word the lexicon does not know but ICU's dictionary cuts, scored
    /// like the lexicon's rarest words.
    let unknownWord: Double
    /// ln(1,000 / total): a Chinese number or date (二〇二〇年, 十二月), scored like a common word.
    let numberWord: Double

    /// The largest number of nodes the slot packing allows.
    static let maximumNodes = 1 << 24

    /// Builds the trie of `count` words; word `i` is `units[offsets[i]..<offsets[i+1]]`.
    init(units: [UInt16], offsets: [Int32], frequencies: [Double], classes: [UInt8], floor: Double) {
        let count = frequencies.count
        let total = max(1, frequencies.reduce(0, +))
        let logTotal = log(total)
        unknownCharacter = -logTotal
        unknownWord = log(max(1, floor)) - logTotal
        numberWord = log(1000) - logTotal

        root = .allocate(capacity: 0x10000)
        root.initialize(repeating: -1)
        var capacity = 1024
        while capacity < units.count * 2 { capacity <<= 1 }
        edges = .allocate(capacity: capacity)
        edges.initialize(repeating: 0)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)

        var logs: [Float] = [-.infinity]
        var kinds: [UInt8] = [0]
        var entries: [Int32] = [-1]
        logs.reserveCapacity(units.count / 2)
        kinds.reserveCapacity(units.count / 2)
        for w in 0..<count {
            let a = Int(offsets[w]), b = Int(offsets[w + 1])
            guard b > a else { continue }
            var node = Int32(-1)
            for k in a..<b {
                let u = units[k]
                let next: Int32
                if k == a {
                    if root[Int(u)] < 0 {
                        root[Int(u)] = Int32(logs.count)
                        logs.append(-.infinity); kinds.append(0); entries.append(-1)
                    }
                    next = root[Int(u)]
                } else {
                    next = Self.insert(edges, shift: shift, mask: mask, parent: node, unit: u, newChild: Int32(logs.count))
                    if Int(next) == logs.count { logs.append(-.infinity); kinds.append(0); entries.append(-1) }
                }
                node = next
            }
            precondition(logs.count < Self.maximumNodes, "kouhao: a lexicon of more than 16 million trie nodes")
            logs[Int(node)] = Float(log(max(frequencies[w], 1)) - logTotal)
            kinds[Int(node)] = classes[w]
            entries[Int(node)] = Int32(w)
        }
        nodeCount = logs.count
        entry = entries
        logProbability = .allocate(capacity: logs.count)
        _ = logProbability.initialize(from: logs)
        wordClass = .allocate(capacity: kinds.count)
        _ = wordClass.initialize(from: kinds)
    }

    deinit {
        root.deallocate()
        edges.deallocate()
        logProbability.deallocate()
        wordClass.deallocate()
    }

    @inline(__always)
    static func slot(_ parent: Int32, _ unit: UInt16, shift: UInt64, mask: Int) -> Int {
        let key = UInt64(UInt32(bitPattern: parent)) << 16 | UInt64(unit)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
    }

    /// The child of `parent` by `unit`, inserting `newChild` when there is none.
    private static func insert(_ edges: UnsafeMutableBufferPointer<UInt64>, shift: UInt64, mask: Int,
                               parent: Int32, unit: UInt16, newChild: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: parent)) << 16 | UInt64(unit)
        var s = slot(parent, unit, shift: shift, mask: mask)
        while true {
            let e = edges[s]
            if e == 0 {
                edges[s] = key << 24 | UInt64(UInt32(bitPattern: newChild))
                return newChild
            }
            if e >> 24 == key { return Int32(truncatingIfNeeded: e & 0xFF_FFFF) }
            s = (s + 1) & mask
        }
    }

    /// The child of `node` by `unit`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ unit: UInt16) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 16 | UInt64(unit)
        var s = Self.slot(node, unit, shift: shift, mask: mask)
        while true {
            let e = edges[s]
            if e == 0 { return -1 }
            if e >> 24 == key { return Int32(truncatingIfNeeded: e & 0xFF_FFFF) }
            s = (s + 1) & mask
        }
    }

    /// The class of `word` (``WordClass`` raw value), 0 when it is no word of the lexicon.
    func wordClass(of word: UnsafeBufferPointer<UInt16>) -> UInt8 {
        let n = node(of: word)
        return n >= 0 && logProbability[Int(n)] > -.infinity ? wordClass[Int(n)] : 0
    }

    /// The node of `word`, or -1 when no word starts with it.
    func node(of word: UnsafeBufferPointer<UInt16>) -> Int32 {
        guard let first = word.first else { return -1 }
        var node = root[Int(first)]
        var k = 1
        while node >= 0, k < word.count {
            node = child(node, word[k])
            k += 1
        }
        return node
    }
}

/// What kind of word a lexicon entry is, from its part-of-speech tag (jieba's tag set:
/// `n`, `v`, `vn`, `a`, `nr`, `ns` …). Internal; the keyword engine reads it to keep
/// fragments out (a run ending in a verb, 治理取得; a verb and its object, 致贺信).
///
/// 例：`WordClass(tag: "vn")` is `[.verb, .noun]` (发展, 建设); `WordClass(tag: "nr")` is
/// `[.noun, .name]` (栗战书).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let noun = WordClass(rawValue: 1)
    static let verb = WordClass(rawValue: 2)
    static let adjective = WordClass(rawValue: 4)
    /// A proper name: a person, a place, an organisation.
    static let name = WordClass(rawValue: 8)
    /// A verb that heads a clause: it takes an object or a complement, rarely ending a clause
    /// (取得, 赋予, 致), or it is a predicate, taking 了/着/过 and rarely following 的 (举行,
    /// 确定, 会见: a verb whatever jieba's tag). Learned from a corpus by `Scripts/build-lexicon`
    /// (marks `o` and `p`), not from the tag.
    static let takesObject = WordClass(rawValue: 16)
    /// Adverbs, prepositions, conjunctions, particles, pronouns.
    static let function = WordClass(rawValue: 32)
    /// Idioms and fixed expressions (成语, 习用语).
    static let idiom = WordClass(rawValue: 64)
    /// An adverb (with ``function``): 不断, 再度, 深入.
    static let adverb = WordClass(rawValue: 128)
    /// A word mined from a corpus or given by the user, or a distinguishing word (高频, 大型):
    /// a term or part of one. The same bit as ``noun``.
    static let term = WordClass(rawValue: 1)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The class of a jieba tag; an unknown or missing tag gives `.term`.
    /// 例：`WordClass(tag: "v")` → `.verb`; `WordClass(tag: "mined")` → `.term`.
    init(tag: Substring) {
        switch tag {
        case "n", "ng", "nz", "an", "j", "s", "t", "tg", "nx": self = .noun
        case "vn": self = [.verb, .noun]
        case "v", "vg", "vi", "vd", "vq", "vf", "vx": self = .verb
        case "a", "ag", "ad", "z": self = .adjective
        case "b", "bg": self = .term  // distinguishing words (高频, 大型, 主流): noun modifiers
        case "nr", "nrt", "nrfg": self = [.noun, .name]
        case "ns", "nt": self = [.noun, .name]
        case "i", "l": self = .idiom
        case "d", "df", "dg": self = [.function, .adverb]
        case "p", "c", "u", "uj", "ul", "uv", "uz", "ud", "ug", "r", "rr", "rz", "rg", "y", "yg", "e", "o":
            self = .function
        case "m", "mq", "mg", "q", "f", "h", "k": self = []  // numerals, measures, localizers, affixes
        default: self = .term
        }
    }
}
