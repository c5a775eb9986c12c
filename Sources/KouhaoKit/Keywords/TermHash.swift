/// The hash kouhao uses for terms: a polynomial over normalized UTF-16 units, ASCII
/// letters folded to lower case.
///
/// Polynomial hashes concatenate in O(1): `hash(a + b) == hash(a) &* power(b) &+ hash(b)`,
/// so a token n-gram's hash comes from its tokens' hashes without reading its text again.
/// 例：`TermHash.combine(TermHash.of("招商"), power: TermHash.power(2), TermHash.of("引资"))`
/// equals `TermHash.of("招商引资")`. Equality of hashes is never trusted alone: every table
/// also compares the units.
enum TermHash {
    static let base: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// `u` with ASCII `A`–`Z` folded to `a`–`z`. 例：`GDP` and `gdp` are one term.
    @inline(__always)
    static func fold(_ u: UInt16) -> UInt16 {
        (u &- 0x41) < 26 ? u | 0x20 : u
    }

    @inline(__always)
    static func extend(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
        hash &* base &+ UInt64(fold(unit)) &+ 1
    }

    /// The hash of `units`.
    @inline(__always)
    static func of(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var h: UInt64 = 0
        for u in units { h = extend(h, u) }
        return h
    }

    /// The hash of a collection of units. 例：`TermHash.of(Array("开发区".utf16))`.
    static func of<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0
        for u in units { h = extend(h, u) }
        return h
    }

    /// The hash of a string's UTF-16. 例：`TermHash.of("开发区")`.
    static func of(_ string: String) -> UInt64 { of(string.utf16) }

    /// `base` to the power `length`: what a hash is multiplied by when `length` units follow it.
    @inline(__always)
    static func power(_ length: Int) -> UInt64 {
        var result: UInt64 = 1, b = base, e = length
        while e > 0 {
            if e & 1 == 1 { result = result &* b }
            b = b &* b
            e >>= 1
        }
        return result
    }

    /// The hash of `a` followed by `b`, given `b`'s hash and power.
    @inline(__always)
    static func combine(_ a: UInt64, power: UInt64, _ b: UInt64) -> UInt64 {
        a &* power &+ b
    }

    /// Spreads a hash's bits for use as a table slot.
    @inline(__always)
    static func slot(_ hash: UInt64, mask: Int) -> Int {
        var h = hash
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// Whether two unit sequences are the same term (ASCII case folded).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where fold(a[i]) != fold(b[i]) { return false }
        return true
    }
}
