/// ICU word boundaries of a document, computed lazily, one run of characters at a time.
///
/// The slogan engine needs word boundaries only near numerals and lists, so it asks for
/// them position by position; the first question about a position segments the run of Han
/// characters (or of other characters) that holds it, and remembers the answer. ICU breaks
/// at every change between Han and other scripts, so segmenting run by run gives the same
/// boundaries as segmenting the whole text. 例：in `坚持“两学一做”常态化` only the runs around
/// 两学一做 are ever segmented.
/// - Complexity: each run is segmented at most once: O(n) in all.
final class WordBoundaries {
    /// 0 unknown, 1 a word starts here, 2 inside a word.
    private var state: [UInt8]
    private let units: [UInt16]
    private let breaker: ICU.WordBreaker?
    /// Scratch for ICU's answers, reused run after run.
    private var ends: [Int32] = []
    private var statuses: [Int32] = []
    /// Runs longer than this are segmented in pieces (a rare approximation for endless text).
    static let maxRun = 2048

    init(units: [UInt16], tokenizer: Tokenizer) {
        self.units = units
        state = [UInt8](repeating: 0, count: units.count + 1)
        state[units.count] = 1
        breaker = tokenizer.makeBreaker()
    }

    /// Whether an ICU word starts at offset `i` (the end of the text counts as a start).
    @inline(__always)
    func isStart(_ i: Int) -> Bool {
        if state[i] == 0 { fill(around: i) }
        return state[i] == 1
    }

    private func fill(around i: Int) {
        let isHan = CharacterClass.isHan(units[i])
        var a = i
        while a > 0, i - a < Self.maxRun, CharacterClass.isHan(units[a - 1]) == isHan, state[a - 1] == 0 { a -= 1 }
        var b = i + 1
        while b < units.count, b - i < Self.maxRun, CharacterClass.isHan(units[b]) == isHan, state[b] == 0 { b += 1 }
        for k in a..<b { state[k] = 2 }
        state[a] = 1
        guard let breaker else { for k in a..<b { state[k] = 1 }; return }
        units.withUnsafeBufferPointer { all in
            breaker.boundaries(over: UnsafeBufferPointer(rebasing: all[a..<b]), ends: &ends, statuses: &statuses)
        }
        for e in ends where a + Int(e) < b { state[a + Int(e)] = 1 }
    }
}
