/// Splits a stretch of text into list items, the ways policy writing writes lists.
///
/// 例：`形式主义、官僚主义、享乐主义和奢靡之风` → 形式主义 | 官僚主义 | 享乐主义 | 奢靡之风 (with the
/// conjunction split) or 形式主义 | 官僚主义 | 享乐主义和奢靡之风 (without); the validator picks.
/// `比孝道，看家风；比诚信，看品行` → 比孝道，看家风 | 比诚信，看品行 (semicolons first).
/// - Complexity: O(length of the stretch).
struct ListParser {
    let index: DocumentIndex
    var u: [UInt16] { index.u }

    /// One way to read a stretch as a list.
    struct Reading {
        var items: [Range<Int>]
        /// The strongest separator used: 0 none, 1 conjunction, 2 、, 3 ，, 4 ；.
        var level: Int
        /// Whether the list ends with 等 (an incomplete enumeration).
        var endsWithEtc: Bool
    }

    static let conjunctions: [[UInt16]] = ["以及", "和", "及", "与", "或"].map { Array($0.utf16) }

    /// Candidate readings of `range`, from coarse to fine.
    func readings(of range: Range<Int>) -> [Reading] {
        let r = trim(range)
        guard !r.isEmpty else { return [] }
        var out: [Reading] = []
        let semis = split(r, by: { $0 == 0x3B })
        if semis.count >= 2 {
            out.append(Reading(items: semis, level: 4, endsWithEtc: false))
            // The first clause of each semicolon segment (统筹…三大结构，提高…).
            let heads = semis.map { seg -> Range<Int> in
                let parts = split(seg, by: { $0 == 0x2C })
                return parts.first ?? seg
            }
            if heads != semis { out.append(Reading(items: heads, level: 4, endsWithEtc: false)) }
        }
        let commas = split(r, by: { $0 == 0x2C || $0 == 0x3B })
        let hasEnum = split(r, by: { $0 == 0x3001 }).count >= 2
        if commas.count >= 2 {
            out.append(Reading(items: commas, level: 3, endsWithEtc: false))
            if hasEnum {
                // 、 inside, ， between: items may be the comma clauses or the 、 pieces.
            }
        }
        let fine = split(r, by: { $0 == 0x3001 || $0 == 0x2C || $0 == 0x3B })
        if fine.count >= 2, hasEnum {
            out.append(Reading(items: fine, level: 2, endsWithEtc: false))
        }
        // Conjunction before the last item: A、B和C, or A和B.
        let base = fine.count >= 2 ? fine : [r]
        if let last = base.last, let conj = splitConjunction(last) {
            var items = Array(base.dropLast())
            items.append(contentsOf: conj)
            out.append(Reading(items: items, level: base.count >= 2 ? 2 : 1, endsWithEtc: false))
        }
        return out.map(stripEtc)
    }

    /// Splits `range` at units matching `isSeparator`, dropping empty pieces and trimming.
    func split(_ range: Range<Int>, by isSeparator: (UInt16) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for k in range {
            let c = u[k]
            if c == 0x28 || c == 0x201C || c == 0x2018 || c == 0x300C { depth += 1 }
            if c == 0x29 || c == 0x201D || c == 0x2019 || c == 0x300D { depth = max(0, depth - 1) }
            if depth == 0, isSeparator(c) {
                let t = trim(start..<k)
                if !t.isEmpty { out.append(t) }
                start = k + 1
            }
        }
        let t = trim(start..<range.upperBound)
        if !t.isEmpty { out.append(t) }
        return out
    }

    /// A和B → A | B, at the last conjunction outside brackets; nil when there is none.
    func splitConjunction(_ range: Range<Int>) -> [Range<Int>]? {
        var k = range.upperBound - 1
        var depth = 0
        while k > range.lowerBound {
            let c = u[k]
            if c == 0x29 || c == 0x201D { depth += 1 }
            if c == 0x28 || c == 0x201C { depth = max(0, depth - 1) }
            if depth == 0 {
                for conj in Self.conjunctions where index.has(conj, at: k) && k + conj.count < range.upperBound {
                    // 以及 wins over 及 at the same end.
                    if conj.count == 1, k > range.lowerBound, index.has(Array("以及".utf16), at: k - 1) { continue }
                    let a = trim(range.lowerBound..<k), b = trim((k + conj.count)..<range.upperBound)
                    if a.count >= 1, b.count >= 1 { return [a, b] }
                }
            }
            k -= 1
        }
        return nil
    }

    /// Trims spaces, line ends, quotation marks around the whole, and list markers.
    func trim(_ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, Self.isTrimmable(u[a]) { a += 1 }
        while a < b, Self.isTrimmable(u[b - 1]) { b -= 1 }
        // A quotation around the whole item: “…”
        if b - a >= 2, CharacterClass.isOpeningQuote(u[a]), CharacterClass.isClosingQuote(u[b - 1]) {
            var inner = true
            for k in (a + 1)..<(b - 1) where CharacterClass.isQuote(u[k]) { inner = false; break }
            if inner { a += 1; b -= 1 }
        }
        return a..<b
    }

    static func isTrimmable(_ c: UInt16) -> Bool {
        c == 0x20 || c == 0x3000 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2A || c == 0x3002
    }

    /// Drops a trailing 等 (and 等等) from the last item and records it.
    func stripEtc(_ reading: Reading) -> Reading {
        var r = reading
        guard let last = r.items.last else { return r }
        var b = last.upperBound
        var etc = false
        while b > last.lowerBound + 1, u[b - 1] == 0x7B49 { b -= 1; etc = true }   // 等
        if etc {
            r.items[r.items.count - 1] = trim(last.lowerBound..<b)
            r.endsWithEtc = true
        }
        return r
    }
}
