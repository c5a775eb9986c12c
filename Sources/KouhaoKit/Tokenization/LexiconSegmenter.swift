import Foundation

/// The tokenizer's lexicon overlay: segments normalized text run by run, in batches of tokens.
/// Internal; one per ``Tokenizer/forEachToken(in:_:)`` call (it owns scratch buffers and an
/// ICU iterator).
///
/// - **Runs of Han characters**: the segmentation of maximum probability over the lexicon's
///   words (a backward Viterbi pass over the DAG of every lexicon word starting at each
///   character, as jieba does without its HMM). Where the best path leaves two or more single
///   characters in a row that the lexicon hardly knows (栗|战|书 when 栗战书 is no word), ICU's
///   dictionary cuts that stretch, each of its words scored like the lexicon's rarest words.
/// - **Other runs** (punctuation, space, digits, Latin): ICU's rules, except for runs of plain
///   punctuation and space, which are cut here the way ICU cuts them (each mark alone, spaces
///   together, CR LF together) without calling it.
/// - **Conventions of the segmentation standards** (PKU, CTB): a number with its date or
///   magnitude unit is one token (2020年 — four digits only, 12月, 31日, 8时, 3.5亿, 20万,
///   25%), and so is a run of one dash or ellipsis mark (——, ……). In Han runs, Chinese
///   dates and numbers (二〇二〇年, 十二月, 三十一日 after a month, 二十, 三千万) are further
///   words of the DAG, scored like a common word (frequency 1,000): they win over single
///   characters, not over the words around them (统一|月度, not 统|一月|度).
///
/// ICU breaks at every change between Han and other characters, so cutting the text into runs
/// first changes nothing at their edges.
/// - Complexity: O(n · L) for n characters and the lexicon's longest word L (16), with no
///   allocation per character.
final class LexiconSegmenter {
    private let trie: LexiconTrie
    private let breaker: ICU.WordBreaker?
    private let units: UnsafeBufferPointer<UInt16>
    private var position = 0
    /// A number token at the end of an other-script run, waiting to see whether a unit follows.
    private var heldNumber: Range<Int>? = nil

    /// The current batch: token ends and kinds.
    private(set) var ends: [Int32] = []
    private(set) var kinds: [TokenKind] = []
    /// Per token: its ``WordClass`` in the lexicon (0 when it is no word of the lexicon).
    private(set) var classes: [UInt8] = []

    // Scratch, reused across runs.
    private var route: [Double] = []
    private var next: [Int32] = []
    private var nodes: [Int32] = []
    private var route2: [Double] = []
    private var next2: [Int32] = []
    private var nodes2: [Int32] = []
    private var icuEnd: [Int32] = []
    private var numberEdge: [Int32] = []
    private var icuEnds: [Int32] = []
    private var icuStatuses: [Int32] = []

    static let batchSize = 2048

    init(trie: LexiconTrie, breaker: ICU.WordBreaker?, units: UnsafeBufferPointer<UInt16>) {
        self.trie = trie
        self.breaker = breaker
        self.units = units
        ends.reserveCapacity(Self.batchSize + 256)
        kinds.reserveCapacity(Self.batchSize + 256)
    }

    /// Fills ``ends`` and ``kinds`` with the next tokens; false when the text is exhausted.
    func nextBatch() -> Bool {
        ends.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        let n = units.count
        while position < n, ends.count < Self.batchSize {
            let a = position
            var b = a + 1
            if isHanLike(a) {
                while b < n, isHanLike(b) { b += 1 }
                var start = a
                if let held = heldNumber {
                    heldNumber = nil
                    if Self.isUnitAfterDigits(units[a], digits: held.count, units: units, range: held) {
                        emit(held.lowerBound..<(a + 1), .number)
                        start = a + 1
                    } else {
                        emit(held, .number)
                    }
                }
                segmentHan(start, b)
            } else {
                while b < n, !isHanLike(b) { b += 1 }
                if let held = heldNumber { heldNumber = nil; emit(held, .number) }
                segmentOther(a, b)
            }
            position = b
        }
        if position >= n, let held = heldNumber {
            heldNumber = nil
            emit(held, .number)
        }
        return !ends.isEmpty
    }

    @inline(__always)
    private func emit(_ r: Range<Int>, _ kind: TokenKind, _ wordClass: UInt8 = 0) {
        ends.append(Int32(r.upperBound))
        kinds.append(kind)
        classes.append(wordClass)
    }

    /// The class of the word ending at trie node `node` (0 for none).
    @inline(__always)
    private func wordClass(_ node: Int32) -> UInt8 {
        node >= 0 && trie.logProbability[Int(node)] > -.infinity ? trie.wordClass[Int(node)] : 0
    }

    /// Emits the single character at `k` with its class.
    @inline(__always)
    private func emitSingle(_ k: Int) {
        emit(k..<(k + 1), kind(k, k + 1), wordClass(trie.root[Int(units[k])]))
    }

    // MARK: Character classes

    @inline(__always)
    private func isHanLike(_ i: Int) -> Bool {
        let f = CharacterFlags.table[Int(units[i])]
        if f & CharacterFlags.han != 0 { return true }
        guard f & CharacterFlags.circleZero != 0 else { return false }
        // ○ as a zero: next to a Chinese digit (二○○一年), or after a ○ that is one.
        if i + 1 < units.count, CharacterFlags.table[Int(units[i + 1])] & CharacterFlags.chineseDigit != 0 { return true }
        var k = i - 1
        while k >= 0, CharacterFlags.table[Int(units[k])] & CharacterFlags.circleZero != 0 { k -= 1 }
        return k >= 0 && CharacterFlags.table[Int(units[k])] & CharacterFlags.chineseDigit != 0
    }

    /// Whether `u`, right after the digits `range`, makes one date or magnitude token with them.
    @inline(__always)
    static func isUnitAfterDigits(_ u: UInt16, digits: Int, units: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> Bool {
        let f = CharacterFlags.table[Int(u)]
        guard f & CharacterFlags.numberUnit != 0 else { return false }
        if u == CharacterFlags.year {
            // A year has four digits (2020年); 10年 is a duration: number and measure.
            guard range.count == 4 else { return false }
            for k in range where !(units[k] >= 0x30 && units[k] <= 0x39) { return false }
        }
        return true
    }

    // MARK: Han runs

    /// Segments the Han run [a, b): the lexicon's words, and numbers and dates as further
    /// words of the DAG (so that 统一|月度 keeps its words while 十二月 is one token).
    private func segmentHan(_ a: Int, _ b: Int) {
        let n = b - a
        guard n > 0 else { return }
        if numberEdge.count < n + 1 { numberEdge = [Int32](repeating: -1, count: max(n + 1, numberEdge.count * 2)) }
        var anyNumber = false
        var k = a
        var lastMonthEnd = -1
        while k < b {
            guard CharacterFlags.table[Int(units[k])] & (CharacterFlags.chineseNumeral | CharacterFlags.circleZero) != 0 else { k += 1; continue }
            var e = k + 1
            while e < b, CharacterFlags.table[Int(units[e])] & (CharacterFlags.chineseNumeral | CharacterFlags.circleZero) != 0 { e += 1 }
            if let end = numberEnd(k, e, b, afterMonth: lastMonthEnd == k) {
                if end > e, units[e] == CharacterFlags.month { lastMonthEnd = end }
                if !anyNumber { for i in 0..<n { numberEdge[i] = -1 }; anyNumber = true }
                numberEdge[k - a] = Int32(end - a)
            }
            k = e
        }
        viterbi(a, b, numbers: anyNumber)
    }

    /// The end of the number token starting with the numerals [a, e) in a Han run ending at
    /// `b`, or nil when they make none.
    private func numberEnd(_ a: Int, _ e: Int, _ b: Int, afterMonth: Bool) -> Int? {
        let next: UInt16 = e < b ? units[e] : 0
        var hasPlace = false, onlyDigits = true
        for k in a..<e {
            let f = CharacterFlags.table[Int(units[k])]
            if f & CharacterFlags.place != 0 { hasPlace = true }
            if f & (CharacterFlags.chineseDigit | CharacterFlags.circleZero) == 0 { onlyDigits = false }
        }
        if next == CharacterFlags.year, onlyDigits, e - a >= 2 { return e + 1 }       // 二〇二〇年
        if next == CharacterFlags.month || ((next == CharacterFlags.day || next == CharacterFlags.dayNumber) && afterMonth) {
            if let value = value(a, e) {
                if next == CharacterFlags.month, (1...12).contains(value) { return e + 1 }  // 十二月
                if next != CharacterFlags.month, (1...31).contains(value) { return e + 1 }  // 三十一日
            }
        }
        // 二十, 三千万: digits with place units, starting with a digit or 十.
        guard e - a >= 2, hasPlace else { return nil }
        let first = CharacterFlags.table[Int(units[a])]
        guard first & CharacterFlags.chineseDigit != 0 || units[a] == CharacterFlags.ten else { return nil }
        return value(a, e) != nil ? e : nil
    }

    private func value(_ a: Int, _ e: Int) -> Int? {
        var digits = Array(units[a..<e])
        for k in digits.indices where CharacterFlags.table[Int(digits[k])] & CharacterFlags.circleZero != 0 { digits[k] = 0x3007 }
        return ChineseNumeral(units: digits[...])?.value
    }

    /// The single-character log probability of `u`.
    @inline(__always)
    private func singleLog(_ u: UInt16) -> Double {
        let node = trie.root[Int(u)]
        if node >= 0 {
            let lp = trie.logProbability[Int(node)]
            if lp > -.infinity { return Double(lp) }
        }
        return trie.unknownCharacter
    }

    /// Maximum-probability segmentation of [a, b) over the lexicon (and the number edges when
    /// `numbers`), then ICU on stretches of unknown single characters; emits the tokens.
    private func viterbi(_ a: Int, _ b: Int, numbers: Bool) {
        let n = b - a
        guard n > 0 else { return }
        if n == 1 { emitSingle(a); return }
        if route.count < n + 1 {
            route = [Double](repeating: 0, count: max(n + 1, route.count * 2))
            next = [Int32](repeating: 0, count: route.count)
            nodes = [Int32](repeating: -1, count: route.count)
        }
        let trie = self.trie
        let numberWord = trie.numberWord
        route.withUnsafeMutableBufferPointer { route in
          next.withUnsafeMutableBufferPointer { next in
            nodes.withUnsafeMutableBufferPointer { nodes in
                numberEdge.withUnsafeBufferPointer { numberEdge in
                    route[n] = 0
                    var i = n - 1
                    while i >= 0 {
                        var node = trie.root[Int(units[a + i])]
                        var best = trie.unknownCharacter + route[i + 1]
                        var bestEnd = i + 1
                        var bestNode = node
                        if node >= 0 {
                            let lp = trie.logProbability[Int(node)]
                            if lp > -.infinity { best = Double(lp) + route[i + 1] }
                            var k = i + 1
                            while k < n {
                                node = trie.child(node, units[a + k])
                                if node < 0 { break }
                                k += 1
                                let lp = trie.logProbability[Int(node)]
                                if lp > -.infinity {
                                    let v = Double(lp) + route[k]
                                    if v >= best { best = v; bestEnd = k; bestNode = node }
                                }
                            }
                        }
                        if numbers, numberEdge[i] > 0 {
                            let e = Int(numberEdge[i])
                            if numberWord + route[e] >= best { best = numberWord + route[e]; bestEnd = -e }
                        }
                        route[i] = best
                        next[i] = Int32(bestEnd)
                        nodes[i] = bestNode
                        i -= 1
                    }
                }
            }
          }
        }
        var i = 0
        while i < n {
            let j = Int(next[i])
            if j < 0 {
                emit((a + i)..<(a - j), .number)
                i = -j
            } else if j == i + 1 {
                var r = i + 1
                while r < n, Int(next[r]) == r + 1 { r += 1 }
                if r - i >= 2 {
                    refine(a + i, a + r)
                } else {
                    emitSingle(a + i)
                }
                i = r
            } else {
                emit((a + i)..<(a + j), kind(a + i, a + j), wordClass(nodes[i]))
                i = j
            }
        }
    }

    /// A stretch [a, b) that the lexicon left as single characters: where those characters are
    /// rare enough that a word ICU's dictionary knows beats them (scored like the lexicon's
    /// rarest words), ICU's words are taken; else the single characters stay.
    private func refine(_ a: Int, _ b: Int) {
        var sum = 0.0
        for k in a..<b { sum += singleLog(units[k]) }
        guard sum < trie.unknownWord, let breaker else {
            for k in a..<b { emitSingle(k) }
            return
        }
        let n = b - a
        breaker.boundaries(over: UnsafeBufferPointer(rebasing: units[a..<b]), ends: &icuEnds, statuses: &icuStatuses)
        if icuEnd.count < n + 1 { icuEnd = [Int32](repeating: -1, count: max(n + 1, icuEnd.count * 2)) }
        for k in 0..<n { icuEnd[k] = -1 }
        var start = 0
        var any = false
        for e in icuEnds {
            let end = Int(e)
            if end - start >= 2 { icuEnd[start] = Int32(end); any = true }
            start = end
        }
        guard any else {
            for k in a..<b { emitSingle(k) }
            return
        }
        if route2.count < n + 1 {
            route2 = [Double](repeating: 0, count: max(n + 1, route2.count * 2))
            next2 = [Int32](repeating: 0, count: route2.count)
            nodes2 = [Int32](repeating: -1, count: route2.count)
        }
        route2[n] = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            var node = trie.root[Int(units[a + i])]
            var best = singleLog(units[a + i]) + route2[i + 1]
            var bestEnd = i + 1
            var bestNode = node
            var k = i + 1
            while node >= 0, k < n {
                node = trie.child(node, units[a + k])
                if node < 0 { break }
                k += 1
                let lp = trie.logProbability[Int(node)]
                if lp > -.infinity, Double(lp) + route2[k] >= best { best = Double(lp) + route2[k]; bestEnd = k; bestNode = node }
            }
            let e = Int(icuEnd[i])
            if e > 0, trie.unknownWord + route2[e] >= best { best = trie.unknownWord + route2[e]; bestEnd = e; bestNode = -1 }
            route2[i] = best
            next2[i] = Int32(bestEnd)
            nodes2[i] = bestNode
        }
        var i = 0
        while i < n {
            let j = Int(next2[i])
            emit((a + i)..<(a + j), kind(a + i, a + j), wordClass(nodes2[i]))
            i = j
        }
    }

    /// `.number` for a token of Chinese numerals only (四, 两, 十二), else `.ideographic`.
    @inline(__always)
    private func kind(_ a: Int, _ b: Int) -> TokenKind {
        for k in a..<b where CharacterFlags.table[Int(units[k])] & (CharacterFlags.chineseNumeral | CharacterFlags.circleZero) == 0 {
            return .ideographic
        }
        return .number
    }

    // MARK: Other runs

    /// Segments the run [a, b) of characters other than Han.
    private func segmentOther(_ a: Int, _ b: Int) {
        var simple = true
        for k in a..<b where CharacterFlags.table[Int(units[k])] & CharacterFlags.simple == 0 { simple = false; break }
        if simple {
            var k = a
            while k < b {
                let u = units[k]
                var e = k + 1
                if u == 0x20 || u == 0x3000 {
                    while e < b, units[e] == 0x20 || units[e] == 0x3000 { e += 1 }
                } else if u == 0x0D, e < b, units[e] == 0x0A {
                    e += 1
                } else if CharacterFlags.table[Int(u)] & CharacterFlags.repeatable != 0 {
                    while e < b, units[e] == u { e += 1 }
                }
                emit(k..<e, Tokenizer.isSpace(u) ? .space : .punctuation)
                k = e
            }
            return
        }
        if b - a == 1 {
            let u = units[a]
            if u >= 0x30 && u <= 0x39 { heldNumber = a..<b; return }
            if (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) { emit(a..<b, .letter); return }
        }
        guard let breaker else { emit(a..<b, .punctuation); return }
        breaker.boundaries(over: UnsafeBufferPointer(rebasing: units[a..<b]), ends: &icuEnds, statuses: &icuStatuses)
        var start = a
        var pending: (range: Range<Int>, kind: TokenKind)? = nil
        for (k, e) in icuEnds.enumerated() {
            let end = a + Int(e)
            let r = start..<end
            start = end
            let kind = Tokenizer.kind(of: units, r, ruleStatus: icuStatuses[k])
            if var p = pending {
                let u = units[r.lowerBound]
                // 25% → one token; ——, …… (dots after NFKC) → one token.
                if (p.kind == .number && r.count == 1 && (u == 0x25 || u == 0x2030))
                    || (p.kind == .punctuation && r.count == 1 && CharacterFlags.table[Int(u)] & CharacterFlags.repeatable != 0
                        && units[p.range.upperBound - 1] == u && units[p.range.lowerBound] == u) {
                    p.range = p.range.lowerBound..<end
                    pending = p
                    continue
                }
                emit(p.range, p.kind)
            }
            pending = (r, kind)
        }
        if let p = pending {
            if p.kind == .number, p.range.allSatisfy({ units[$0] >= 0x30 && units[$0] <= 0x39 || units[$0] == 0x2E }) {
                heldNumber = p.range
            } else {
                emit(p.range, p.kind)
            }
        }
    }
}

/// Per-unit character classes for the segmenter (one table lookup per character). Internal.
enum CharacterFlags {
    static let han: UInt8 = 1
    /// 一…九, 两, 〇, 零 (and 壹…).
    static let chineseDigit: UInt8 = 2
    /// Chinese digits and place units (十百千万亿).
    static let chineseNumeral: UInt8 = 4
    static let place: UInt8 = 8
    /// ○ ◯: a zero between Chinese digits (二○○一年).
    static let circleZero: UInt8 = 16
    /// Punctuation and space that ICU cuts alone (spaces together, CR LF together).
    static let simple: UInt8 = 32
    /// Units that make one token with the Arabic number before them (年 月 日 时 亿 万).
    static let numberUnit: UInt8 = 64
    /// Marks whose runs make one token (——, ……, ...).
    static let repeatable: UInt8 = 128

    static let year: UInt16 = 0x5E74   // 年
    static let month: UInt16 = 0x6708  // 月
    static let day: UInt16 = 0x65E5    // 日
    static let dayNumber: UInt16 = 0x53F7  // 号
    static let ten: UInt16 = 0x5341    // 十

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for u in 0..<0x10000 {
            let c = UInt16(u)
            var f: UInt8 = 0
            if CharacterClass.isHan(c) { f |= han }
            if ChineseNumeral.digitValue(c) != nil { f |= chineseDigit | chineseNumeral }
            if ChineseNumeral.placeValue(c) != nil { f |= place | chineseNumeral }
            t[u] = f
        }
        for c: UInt16 in [0x25CB, 0x25EF] { t[Int(c)] |= circleZero }
        // Plain punctuation and space (no letters, digits, joiners or marks that ICU glues).
        var simpleUnits: [ClosedRange<Int>] = [0x09...0x0D, 0x20...0x2F, 0x3A...0x40, 0x5B...0x5E, 0x60...0x60, 0x7B...0x7E,
                                               0x3000...0x3004, 0x3008...0x3020, 0x2010...0x2027, 0x2030...0x205E]
        simpleUnits += [0xB7...0xB7, 0xD7...0xD7, 0xF7...0xF7]
        for r in simpleUnits { for u in r { t[u] |= simple } }
        for u in [0x203F, 0x2040, 0x2054] { t[u] &= ~simple }  // connector punctuation joins words
        for c: UInt16 in [year, month, day, 0x65F6, 0x4EBF, 0x4E07] { t[Int(c)] |= numberUnit }  // 年 月 日 时 亿 万
        for c: UInt16 in [0x2014, 0x2015, 0x2026, 0x2E3A, 0x2E3B, 0x2E] { t[Int(c)] |= repeatable }
        return t
    }()
}
