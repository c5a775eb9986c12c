/// Finds known labels in normalized text: a trie over UTF-16 units entered only where a
/// label can begin (a bitmap of first units), so a scan touches each position once and
/// walks at most as deep as the longest label.
///
/// 例：a matcher of 四风, 四个意识 and 四个全面 finds 四个意识 at 2 in `增强四个意识`, and
/// nothing at the 四 of `四季`.
/// - Complexity: building O(total pattern length); ``longestMatch(in:at:)`` O(longest pattern).
struct LabelMatcher: Sendable {
    /// Child node of (node, unit), keyed `node << 16 | unit`.
    private let edges: [UInt64: Int32]
    /// The pattern a node completes, or -1.
    private let accepting: [Int32]
    /// One bit per UTF-16 unit that starts some pattern.
    private let firstUnits: [UInt64]
    /// The number of patterns.
    let count: Int

    /// A matcher of `patterns` (empty patterns are ignored); a match reports the pattern's index.
    init(_ patterns: [[UInt16]]) {
        var edges: [UInt64: Int32] = [:]
        var accepting: [Int32] = [-1]
        var first = [UInt64](repeating: 0, count: 1024)
        for (p, units) in patterns.enumerated() where !units.isEmpty {
            first[Int(units[0] >> 6)] |= 1 << UInt64(units[0] & 63)
            var node: Int32 = 0
            for u in units {
                let edge = UInt64(node) << 16 | UInt64(u)
                if let next = edges[edge] {
                    node = next
                } else {
                    let next = Int32(accepting.count)
                    accepting.append(-1)
                    edges[edge] = next
                    node = next
                }
            }
            // The first pattern with a given text wins.
            if accepting[Int(node)] < 0 { accepting[Int(node)] = Int32(p) }
        }
        self.edges = edges
        self.accepting = accepting
        firstUnits = first
        count = patterns.count
    }

    /// Whether some pattern starts with the unit `u`.
    @inline(__always)
    func canStart(_ u: UInt16) -> Bool {
        firstUnits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0
    }

    /// The longest pattern at offset `i` of `units`, as (end offset, pattern index).
    func longestMatch(in units: [UInt16], at i: Int) -> (end: Int, pattern: Int)? {
        guard i < units.count, canStart(units[i]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Int)? = nil
        var k = i
        while k < units.count, let next = edges[UInt64(node) << 16 | UInt64(units[k])] {
            node = next
            k += 1
            let p = accepting[Int(node)]
            if p >= 0 { best = (k, Int(p)) }
        }
        return best
    }

    /// Every match at offset `i`, longest first (a label and the shorter labels it begins with).
    func matches(in units: [UInt16], at i: Int) -> [(end: Int, pattern: Int)] {
        guard i < units.count, canStart(units[i]) else { return [] }
        var node: Int32 = 0
        var out: [(Int, Int)] = []
        var k = i
        while k < units.count, let next = edges[UInt64(node) << 16 | UInt64(units[k])] {
            node = next
            k += 1
            let p = accepting[Int(node)]
            if p >= 0 { out.append((k, Int(p))) }
        }
        return out.reversed()
    }
}
