/// Judges how well a list of items fits a slogan label: the count against the label's
/// numbers, the frame characters the items share with the label, the items' form.
///
/// 例：for 五化并举 the list 网格化 | 专业化 | 知识化 | 信息化 | 常态化 fits perfectly (five items,
/// each with 化); for 6543工程 the items must carry 六, 五, 四, 三 in order; a single
/// definition after 两票制 is no list at all.
struct ExpansionValidator {
    let index: DocumentIndex
    var u: [UInt16] { index.u }

    /// The best way to take `items` as the expansion of `shape`: which items, and the fit (0–1).
    struct Verdict {
        var items: [Range<Int>]
        var fit: Double
        var countFit: Double
        var frameFit: Double
    }

    /// - Parameter allowSingle: whether one item may be a list (a part defined right after a
    ///   strong cue: “一控”是指…); never otherwise.
    func evaluate(_ items: [Range<Int>], for shape: LabelShape, partial: Bool = false, allowSingle: Bool = false) -> Verdict? {
        let expected = shape.expectedCounts
        guard !items.isEmpty else { return nil }
        // A label of one thing (一码通享, 一村一档) has no list: what follows it is a gloss.
        if !allowSingle, expected == [1] { return nil }
        var options: [[Range<Int>]] = [items]
        // A list whose count already fits the label is taken whole.
        for e in expected where e < items.count && e >= 2 && items.count <= 16 && !expected.contains(items.count) {
            // A run of e items from the first or the second (五定 … 并且实行严格的责任制度; 135工程，
            // 即政府投入30亿元，建设100个…; 村庄清洁行动，清垃圾、…，改不良习惯，全县…) needs the
            // frame to justify the cut.
            for start in 0...min(1, items.count - e) {
                let option = Array(items[start..<(start + e)])
                let justified = shape.kind == .digitCode ? digitFit(option, shape) >= 0.6 : frameFit(option, shape) >= 0.8
                if justified { options.append(option) }
            }
        }
        var best: Verdict? = nil
        for option in options {
            let n = option.count
            if n < 2 && !(allowSingle && expected.contains(1)) { continue }
            var countFit: Double
            if expected.contains(n) {
                // The first expected count is the likelier one (510工程: five before three).
                countFit = (option.count == items.count ? 1 : 0.9) * (n == expected.first ? 1 : 0.95)
            } else if partial, let e = expected.first, n < e, n >= 2 {
                countFit = 0.8
            } else if let e = expected.first, abs(n - e) == 1 {
                countFit = shape.kind == .digitCode ? 0.6 : 0.45
            } else {
                countFit = shape.kind == .digitCode ? 0.35 : 0.1
            }
            let frameFit = self.frameFit(option, shape)
            let quality = self.quality(option)
            guard quality > 0 else { continue }
            // Ties go to the option that keeps more of the reading.
            let fit = 0.55 * countFit + 0.3 * frameFit + 0.15 * quality + 0.01 * Double(option.count) / Double(items.count)
            if best == nil || fit > best!.fit {
                best = Verdict(items: option, fit: fit, countFit: countFit, frameFit: frameFit)
            }
        }
        return best
    }

    /// Items of reasonable length, without sentence ends inside.
    func quality(_ items: [Range<Int>]) -> Double {
        var total = 0
        for r in items {
            guard !r.isEmpty else { return 0 }
            // A quotation inside an item counts as one word (实施“…、…、…”六大举措).
            var opens = 0, closes = 0, length = 0
            for k in r {
                if u[k] == 0x3002 || u[k] == 0x0A { return 0 }
                if CharacterClass.isOpeningQuote(u[k]) { opens += 1; length += 2 }
                else if CharacterClass.isClosingQuote(u[k]) { closes += 1 }
                else if opens == closes { length += 1 }
            }
            if opens != closes { return 0 }   // 三非”, a piece of another label
            if length > 80 { return 0 }
            total += length
        }
        let mean = Double(total) / Double(items.count)
        return mean <= 24 ? 1 : mean <= 40 ? 0.6 : 0.3
    }

    /// The share of items carrying the characters the label promises (0.5 when it promises none).
    func frameFit(_ items: [Range<Int>], _ shape: LabelShape) -> Double {
        let expectations = self.expectations(for: items.count, shape)
        if shape.kind == .digitCode {
            return digitFit(items, shape)
        }
        // A shared verb: 三个尊重 → 尊重市场规律、企业家精神和群众首创.
        if shape.kind == .counted, let g = shape.groups.first, let first = items.first {
            let head = Array(u[g.body].filter { CharacterClass.isHan($0) })
            let others = items.dropFirst().map(\.count).max() ?? 0
            if head.count >= 2, index.has(head, at: first.lowerBound), items.count >= 2, others <= 8 { return 1 }
        }
        guard !expectations.isEmpty, expectations.contains(where: { !$0.isEmpty }) else { return 0.5 }
        var hits = 0.0
        for (k, r) in items.enumerated() {
            let want = expectations[min(k, expectations.count - 1)]
            if want.isEmpty { hits += 0.5; continue }
            var present = 0
            for w in want where contains(r, w) { present += 1 }
            hits += Double(present) / Double(want.count)
        }
        return hits / Double(items.count)
    }

    /// For each item position, the character strings it should contain.
    func expectations(for n: Int, _ shape: LabelShape) -> [[[UInt16]]] {
        func chars(_ r: Range<Int>) -> [[UInt16]] {
            // Each body character is one expectation, except common function characters.
            r.compactMap { k -> [UInt16]? in
                let c = u[k]
                guard CharacterClass.isHan(c), !ChineseNumeral.isNumeral(c), !Self.generic.contains(c) else { return nil }
                return [c]
            }
        }
        switch shape.kind {
        case .counted:
            guard let g = shape.groups.first else { return [] }
            let head = Array(u[g.body].filter { CharacterClass.isHan($0) })
            guard !head.isEmpty else { return [] }
            // Items end or start with the head (开发区, 全面, 意识) — its last two or first two characters.
            let tail = Array(head.suffix(min(2, head.count)))
            return Array(repeating: [tail], count: n)
        case .compact, .frame:
            let groups = shape.groups
            let bodies = groups.map { chars($0.body) }
            let values = groups.map { $0.value ?? 1 }
            if groups.count == 1 { return Array(repeating: bodies[0].isEmpty ? [] : [bodies[0].first!], count: n) }
            let allEqual = values.allSatisfy { $0 == values[0] }
            if allEqual && n == values[0] {
                // 四不四争四先锋: every item carries every body.
                let all = bodies.flatMap { $0 }
                return Array(repeating: all, count: n)
            }
            // 两不愁三保障, 三严三实: items in order, value by value.
            var out: [[[UInt16]]] = []
            for (gi, v) in values.enumerated() {
                for _ in 0..<min(max(v, 1), max(n - out.count, 0)) { out.append(bodies[gi].isEmpty ? [] : [bodies[gi][0]]) }
            }
            while out.count < n { out.append(out.last ?? []) }
            return out
        case .multiPart:
            var out: [[[UInt16]]] = []
            for pg in shape.partGroups {
                guard let gi = pg.first else { continue }
                let g = shape.groups[gi]
                let v = pg.compactMap { shape.groups[$0].value }.first ?? 1
                let body = chars(g.body)
                let want: [[UInt16]] = body
                for _ in 0..<min(max(v, 1), max(n - out.count, 0)) { out.append(want) }
            }
            while out.count < n { out.append([]) }
            return out
        case .digitCode:
            return []
        }
    }

    /// Digit codes: the share of items carrying their digit (as a digit or a Chinese numeral),
    /// or carrying any number at all.
    func digitFit(_ items: [Range<Int>], _ shape: LabelShape) -> Double {
        let digits = shape.numbers
        var hits = 0.0
        for (k, r) in items.enumerated() {
            var hasNumber = false
            var hasDigit = false
            let want = k < digits.count ? digits[k] : nil
            for p in r {
                let c = u[p]
                if let d = ChineseNumeral.arabicDigit(c) ?? ChineseNumeral.digitValue(c) {
                    hasNumber = true
                    if d == want { hasDigit = true }
                } else if ChineseNumeral.placeValue(c) != nil || c == 0x4E || c == 0x58 {
                    hasNumber = true
                }
            }
            hits += hasDigit ? 1 : hasNumber ? 0.6 : 0.2
        }
        return hits / Double(items.count)
    }

    func contains(_ r: Range<Int>, _ s: [UInt16]) -> Bool {
        guard s.count <= r.count else { return false }
        var k = r.lowerBound
        while k + s.count <= r.upperBound {
            if index.has(s, at: k) { return true }
            k += 1
        }
        return false
    }

    /// Characters too common to count as a shared frame.
    static let generic: Set<UInt16> = Set("个大项条张篇件种的之和与及要是在有了不".utf16).subtracting(Set("不".utf16))
}
