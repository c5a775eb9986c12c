/// A hash map from terms (UTF-16 units, ASCII case folded) to values, storing each term's
/// units once in a flat buffer.
///
/// The building block of stop-word lists, term shapes, IDF tables and corpus document
/// frequencies. Lookups take the units and their ``TermHash``, so callers that already
/// hold a hash (an n-gram's, combined from its tokens) pay no extra pass over the text.
/// 例：a table holding 开发区 → 120 answers `value(for: "开发区")` with 120.
struct TermTable<Value>: @unchecked Sendable {
    // @unchecked: a value type whose storage is only mutated through `mutating` methods;
    // `Value` is a plain number or struct in every use.
    private(set) var units: [UInt16] = []
    private(set) var offsets: [Int32] = [0]
    private(set) var hashes: [UInt64] = []
    private(set) var values: [Value] = []
    private struct Slot {
        var hash: UInt64
        var index: Int32
    }
    private var slots: [Slot]
    private var mask: Int

    /// An empty table sized for about `capacity` terms.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(hash: 0, index: -1), count: size)
        mask = size - 1
    }

    /// Number of terms.
    var count: Int { values.count }

    /// The units of term `index`.
    func termUnits(_ index: Int) -> ArraySlice<UInt16> {
        units[Int(offsets[index])..<Int(offsets[index + 1])]
    }

    /// The text of term `index`.
    func term(_ index: Int) -> String {
        String(decoding: termUnits(index), as: UTF16.self)
    }

    /// The index of a term, if present.
    @inline(__always)
    func index(of term: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Int? {
        index(hash: hash) { TermHash.equal($0, term) }
    }

    /// The index of the term with `hash` for which `matches(units)` holds, if any;
    /// `matches` is only called on terms with that hash.
    @inline(__always)
    func index(hash: UInt64, matches: (UnsafeBufferPointer<UInt16>) -> Bool) -> Int? {
        var s = TermHash.slot(hash, mask: mask)
        while true {
            let slot = slots[s]
            if slot.index < 0 { return nil }
            if slot.hash == hash {
                let i = Int(slot.index)
                let a = Int(offsets[i]), b = Int(offsets[i + 1])
                let found = units.withUnsafeBufferPointer { matches(UnsafeBufferPointer(rebasing: $0[a..<b])) }
                if found { return i }
            }
            s = (s + 1) & mask
        }
    }

    /// The index of a term given as a string, if present. 例：`table.index(of: "开发区")`.
    func index(of term: String) -> Int? {
        let u = Array(term.utf16)
        return u.withUnsafeBufferPointer { index(of: $0, hash: TermHash.of($0)) }
    }

    /// The value of a term, if present.
    @inline(__always)
    func value(for term: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Value? {
        index(of: term, hash: hash).map { values[$0] }
    }

    /// The value of a term given as a string, if present.
    func value(for term: String) -> Value? {
        index(of: term).map { values[$0] }
    }

    /// The value at `index`.
    func value(at index: Int) -> Value { values[index] }

    /// Sets the value at `index`.
    mutating func setValue(_ value: Value, at index: Int) { values[index] = value }

    /// The index of `term`, inserting it with `value` first when absent.
    @discardableResult
    mutating func insert(_ term: UnsafeBufferPointer<UInt16>, hash: UInt64, value: @autoclosure () -> Value) -> (index: Int, inserted: Bool) {
        if let i = index(of: term, hash: hash) { return (i, false) }
        if (values.count + 1) * 2 > slots.count { grow() }
        let i = values.count
        units.append(contentsOf: term)
        offsets.append(Int32(units.count))
        hashes.append(hash)
        values.append(value())
        var s = TermHash.slot(hash, mask: mask)
        while slots[s].index >= 0 { s = (s + 1) & mask }
        slots[s] = Slot(hash: hash, index: Int32(i))
        return (i, true)
    }

    /// Inserts a term given as a string (no effect when present).
    @discardableResult
    mutating func insert(_ term: String, value: Value) -> (index: Int, inserted: Bool) {
        let u = Array(term.utf16)
        return u.withUnsafeBufferPointer { insert($0, hash: TermHash.of($0), value: value) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(hash: 0, index: -1), count: size)
        let newMask = size - 1
        for slot in slots where slot.index >= 0 {
            var s = TermHash.slot(slot.hash, mask: newMask)
            while newSlots[s].index >= 0 { s = (s + 1) & newMask }
            newSlots[s] = slot
        }
        slots = newSlots
        mask = newMask
    }
}
