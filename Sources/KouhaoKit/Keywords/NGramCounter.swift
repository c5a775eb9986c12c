/// Counts the token n-grams of a sequence that can repeat, level by level (Apriori): an
/// n-gram is counted only where both of its (n−1)-grams occur at least `minimumCount`
/// times, so the work stays linear in the sequence and proportional to what repeats.
/// Internal; the engine of ``TermStatistics`` (one document, `minimumCount` 2) and of
/// ``PhraseBuilder`` (a whole corpus).
///
/// Entries `0..<vocabularySize` are the tokens themselves; each longer n-gram is an entry
/// keyed by (entry of its first n−1 tokens, last token). For every entry it keeps the count,
/// the first position, and whether its left and right neighbours vary (boundary freedom):
/// a neighbour that is a break, or two different neighbours, make that side free.
/// Neighbours are compared by their nearest character (the last character of the token on
/// the left, the first of the token on the right), not by token, because ICU does not
/// split the same characters the same way everywhere (自强攻|坚行动 beside 提升|攻|坚行动);
/// all numbers count as one neighbour (``neighbourClass(of:flags:)``).
/// 例：in `招商引资…招商引资…招商工作`, 招商 is free on the right (引, 工), 招商引 is not
/// (always 资), 招商引资 is (two different contexts).
/// - Complexity: O(n · maximumTokens) time at worst, in practice proportional to the
///   positions where something repeats; memory proportional to the distinct n-grams counted.
struct NGramCounter {
    /// Entry flag bits.
    enum Flags {
        static let leftFree: UInt8 = 1
        static let rightFree: UInt8 = 2
        /// Some occurrence fills a whole run between breaks.
        static let whole: UInt8 = 4
        /// Not in the key table: a whole run counted once, outside the Apriori levels.
        static let standalone: UInt8 = 8
        /// Some occurrence has a clean left boundary: a break, or not one single-character
        /// token against another (a boundary ICU drew inside a word it did not know).
        static let leftClean: UInt8 = 16
        static let rightClean: UInt8 = 32
        static let free: UInt8 = leftFree | rightFree | leftClean | rightClean
    }

    /// One counted n-gram (array of small structs: one cache line per random access).
    struct Entry {
        var count: Int32 = 0
        var first: Int32 = -1
        /// The neighbour character seen first on each side (-2 = none yet).
        var left: Int32 = -2
        var right: Int32 = -2
        var length: Int16
        var tokens: UInt8
        var flags: UInt8 = 0
    }

    private struct Slot {
        var key: UInt64
        var entry: Int32
    }

    private(set) var entries: [Entry]
    /// Documents containing each entry, when document starts were given (else empty).
    private(set) var documents: [Int32] = []
    private var lastDocument: [Int32] = []
    private var slots: [Slot]
    private var mask: Int
    private var used = 0
    let vocabularySize: Int

    private let ids: [Int32]
    private let tokenLength: [Int32]
    private let lastUnit: [Int32]
    private let firstUnit: [Int32]
    /// The document of each position, when document starts were given (else empty).
    private let documentOf: [Int32]
    /// Positions whose longest counted n-gram may still extend, and that n-gram's entry.
    private var alive: [Int32] = []
    private var at: [Int32]
    /// The n-gram length counted so far.
    private(set) var level = 1

    /// Counts the tokens of `ids` (breaks are -1): level 1. ``extend(minimumCount:maximumTokens:maximumLength:)``
    /// counts the longer n-grams.
    /// - Parameters:
    ///   - tokenLength: the length in units of each token ID.
    ///   - lastUnit, firstUnit: each token's last and first unit (its identity as a neighbour).
    ///   - documentStarts: ascending positions where documents begin (for document counts), or empty.
    init(ids: [Int32], tokenLength: [Int32], lastUnit: [Int32], firstUnit: [Int32], documentStarts: [Int] = []) {
        vocabularySize = tokenLength.count
        entries = tokenLength.map { Entry(length: Int16(clamping: $0), tokens: 1) }
        var size = 1024
        while size < ids.count / 8 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, entry: -1), count: size)
        mask = size - 1
        self.ids = ids
        self.tokenLength = tokenLength
        self.lastUnit = lastUnit
        self.firstUnit = firstUnit
        let n = ids.count
        var documentOf: [Int32] = []
        if !documentStarts.isEmpty {
            documentOf = [Int32](repeating: 0, count: n)
            for (d, start) in documentStarts.enumerated() {
                let end = d + 1 < documentStarts.count ? documentStarts[d + 1] : n
                for p in start..<end { documentOf[p] = Int32(d) }
            }
        }
        self.documentOf = documentOf
        if !documentStarts.isEmpty {
            documents = [Int32](repeating: 0, count: entries.count)
            lastDocument = [Int32](repeating: -1, count: entries.count)
        }
        at = []
        for p in 0..<n where ids[p] >= 0 {
            record(Int(ids[p]), at: p, tokens: 1)
        }
    }

    /// Counts the n-grams of 2…`maximumTokens` tokens and at most `maximumLength` units
    /// whose two (n−1)-grams both occur at least `minimumCount` times.
    /// - Complexity: O(positions still alive) per level.
    mutating func extend(minimumCount: Int, maximumTokens: Int, maximumLength: Int) {
        let minimum = Int32(minimumCount)
        let n = ids.count
        guard level == 1, maximumTokens >= 2, n >= 2 else { return }
        // Level 2 reads every position: test the tokens against a small table of the frequent ones.
        let frequent = entries.map { $0.count >= minimum }
        at = [Int32](repeating: -1, count: n)
        alive = []
        let ids = self.ids
        ids.withUnsafeBufferPointer { ids in
            for p in 0..<(n - 1) {
                let a = ids[p], t = ids[p + 1]
                guard a >= 0, t >= 0, frequent[Int(a)], frequent[Int(t)] else { continue }
                let len = Int(tokenLength[Int(a)] + tokenLength[Int(t)])
                guard len <= maximumLength else { continue }
                let e = entry(prefix: a, last: t, tokens: 2, length: len)
                record(e, at: p, tokens: 2)
                at[p] = Int32(e)
                alive.append(Int32(p))
            }
        }
        level = 2
        while level < maximumTokens, !alive.isEmpty {
            let length = level + 1
            var next: [Int32] = []
            next.reserveCapacity(alive.count / 2)
            for p32 in alive {
                let p = Int(p32)
                let a = at[p]
                guard a >= 0, p + length <= n, entries[Int(a)].count >= minimum else { at[p] = -1; continue }
                let b = at[p + 1]
                guard b >= 0, entries[Int(b)].count >= minimum else { at[p] = -1; continue }
                let t = ids[p + length - 1]
                let len = Int(entries[Int(a)].length) + Int(tokenLength[Int(t)])
                guard len <= maximumLength else { at[p] = -1; continue }
                let e = entry(prefix: a, last: t, tokens: length, length: len)
                record(e, at: p, tokens: length)
                at[p] = Int32(e)
                next.append(p32)
            }
            // A position that did not extend keeps at = -1: no longer n-gram starts there, and
            // none that starts one position earlier can have it as its suffix.
            level = length
            alive = next
            if next.isEmpty { break }
        }
        alive = []
        at = []
    }

    /// What a token is as a neighbour: its nearest character, or one class for all numbers
    /// (a run always preceded by some number is a quantity's tail: 5人|死亡, 3日|下午).
    static func neighbourClass(of unit: UInt16, flags: UInt8) -> Int32 {
        flags & TermSequence.Flags.number != 0 ? 0x11_0000 : Int32(unit)
    }

    /// Number of entries.
    var entryCount: Int { entries.count }

    /// Whether the entry is free and clean on both sides.
    @inline(__always)
    func isFree(_ e: Int) -> Bool { entries[e].flags & Flags.free == Flags.free }

    /// The entry of (prefix entry, last token), if counted.
    @inline(__always)
    func find(prefix: Int32, last: Int32) -> Int? {
        let key = Self.key(prefix, last)
        var s = TermHash.slot(key, mask: mask)
        while true {
            let slot = slots[s]
            if slot.entry < 0 { return nil }
            if slot.key == key { return Int(slot.entry) }
            s = (s + 1) & mask
        }
    }

    /// Calls `body(tokens, entry)` for the counted n-grams starting at `p`, shortest first,
    /// until one is missing or `body` returns false.
    @inline(__always)
    func walk(_ ids: UnsafeBufferPointer<Int32>, from p: Int, maximumTokens: Int, _ body: (Int, Int) -> Bool) {
        var e = ids[p]
        guard e >= 0 else { return }
        guard body(1, Int(e)) else { return }
        var k = 1
        while k < maximumTokens, p + k < ids.count {
            let t = ids[p + k]
            guard t >= 0, let next = find(prefix: e, last: t) else { return }
            e = Int32(next)
            k += 1
            guard body(k, next) else { return }
        }
    }

    /// Adds an entry for a whole run seen once (not reachable through `find`).
    mutating func addStandalone(at p: Int, tokens n: Int, length len: Int32) -> Int {
        entries.append(Entry(count: 1, first: Int32(p), length: Int16(clamping: len), tokens: UInt8(n), flags: Flags.free | Flags.whole | Flags.standalone))
        if !documentOf.isEmpty { documents.append(1); lastDocument.append(documentOf[p]) }
        return entries.count - 1
    }

    @inline(__always)
    private static func key(_ prefix: Int32, _ last: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: prefix)) << 32) | UInt64(UInt32(bitPattern: last))
    }

    @inline(__always)
    private mutating func entry(prefix: Int32, last: Int32, tokens n: Int, length len: Int) -> Int {
        let key = Self.key(prefix, last)
        var s = TermHash.slot(key, mask: mask)
        while true {
            let slot = slots[s]
            if slot.entry < 0 { break }
            if slot.key == key { return Int(slot.entry) }
            s = (s + 1) & mask
        }
        let e = entries.count
        slots[s] = Slot(key: key, entry: Int32(e))
        entries.append(Entry(length: Int16(len), tokens: UInt8(n)))
        if !documentOf.isEmpty { documents.append(0); lastDocument.append(-1) }
        used += 1
        if used * 2 > slots.count { grow() }
        return e
    }

    @inline(__always)
    private mutating func record(_ e: Int, at p: Int, tokens n: Int) {
        let lt: Int32 = p > 0 ? ids[p - 1] : -1
        let rt: Int32 = p + n < ids.count ? ids[p + n] : -1
        let l = lt < 0 ? -1 : lastUnit[Int(lt)]
        let r = rt < 0 ? -1 : firstUnit[Int(rt)]
        let leftClean = lt < 0 || tokenLength[Int(lt)] > 1 || tokenLength[Int(ids[p])] > 1
        let rightClean = rt < 0 || tokenLength[Int(rt)] > 1 || tokenLength[Int(ids[p + n - 1])] > 1
        let document: Int32 = documentOf.isEmpty ? -1 : documentOf[p]
        var x = entries[e]
        x.count += 1
        if x.first < 0 { x.first = Int32(p) }
        var f = x.flags
        if l < 0 { f |= Flags.leftFree } else if x.left == -2 { x.left = l } else if x.left != l { f |= Flags.leftFree }
        if r < 0 { f |= Flags.rightFree } else if x.right == -2 { x.right = r } else if x.right != r { f |= Flags.rightFree }
        if l < 0 && r < 0 { f |= Flags.whole }
        if leftClean { f |= Flags.leftClean }
        if rightClean { f |= Flags.rightClean }
        x.flags = f
        entries[e] = x
        if document >= 0, lastDocument[e] != document {
            lastDocument[e] = document
            documents[e] += 1
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(key: 0, entry: -1), count: size)
        let newMask = size - 1
        for slot in slots where slot.entry >= 0 {
            var t = TermHash.slot(slot.key, mask: newMask)
            while newSlots[t].entry >= 0 { t = (t + 1) & newMask }
            newSlots[t] = slot
        }
        slots = newSlots
        mask = newMask
    }
}
