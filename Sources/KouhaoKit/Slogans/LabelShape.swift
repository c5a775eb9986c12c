/// The anatomy of a slogan label: its numbered groups, their bodies, its parts.
///
/// 例：
/// - `四不四争四先锋` → groups (4, 不) (4, 争) (4, 先锋), kind `.frame`
/// - `五个开发区` → one group (5, 个开发区), measure 个, head 开发区, kind `.counted`
/// - `6543工程` → digits 6, 5, 4, 3 with head 工程, kind `.digitCode`
/// - `双随机、一公开` → parts 双随机 | 一公开, kind `.multiPart`
struct LabelShape {
    /// One number of the label with the characters that follow it up to the next number.
    struct Group {
        /// The numeral's range (normalized offsets).
        var numeral: Range<Int>
        /// Its value (nil for 多 / N, a variable count).
        var value: Int?
        /// The body after the numeral (and after a count measure, for counted labels).
        var body: Range<Int>
        /// The count measure after the numeral, if any (个, 项, 大 …).
        var measure: Range<Int>?
    }

    /// The whole label (normalized offsets).
    var range: Range<Int>
    /// Parts separated by 、 or ，(one for most labels).
    var parts: [Range<Int>]
    /// Groups, in order, over all parts.
    var groups: [Group]
    /// Groups per part (indices into `groups`).
    var partGroups: [[Int]]
    /// Characters before the first numeral (新 in 新三样, 约法 in 约法三章).
    var prefix: Range<Int>
    /// The shape.
    var kind: SloganKind
    /// The numbers as reported (6543 → 6, 5, 4, 3; 四不四争四先锋 → 4, 4, 4).
    var numbers: [Int]
    /// Whether the label has Arabic digits.
    var hasDigits: Bool
    /// Whether a digit code is structured with + (1+N, 5+2, 1+3+N).
    var hasPlus: Bool = false
    /// Whether two Chinese numerals stand side by side without a body between them
    /// (五一, 九二共识, 三八, 二三产业: dates and ordinal pairs, not groups).
    var adjacentNumerals: Bool = false
    /// Whether the count is of characters (八字方针: four words of two, two of four).
    var countsCharacters: Bool = false

    /// The counts a list of items for this label can plausibly have, best first.
    var expectedCounts: [Int] {
        var out: [Int] = []
        func add(_ n: Int) { if n > 0, n <= 40, !out.contains(n) { out.append(n) } }
        switch kind {
        case .digitCode:
            if numbers.count == 1, let v = numbers.first { add(v); break }
            let plusParts = groups.count
            if hasPlus {
                add(plusParts)
                add(numbers.compactMap { $0 }.reduce(0, +))
            }
            // A code with a zero counts tens or hundreds by its first digit (“510”工程: five kinds of ten).
            if numbers.count <= 4, numbers.dropFirst().contains(0), let first = numbers.first, first >= 2 { add(first) }
            add(numbers.count)
            // A two-digit code may count its first digit's items (“3个70%”); longer codes count digits.
            if numbers.count <= 2, let first = numbers.first, first >= 2 { add(first) }
        case .counted:
            if let v = groups.first?.value {
                add(v)
                if countsCharacters { for d in [2, 3, 4] where v % d == 0 && v > d { add(v / d) } }
            }
        case .multiPart:
            var total = 0
            for pg in partGroups {
                let vals = pg.compactMap { groups[$0].value }
                // An unnumbered part (立面 in 一河、两岸、立面、两山) is one item.
                if pg.isEmpty { total += 1 } else if let m = partCount(pg) { total += m } else { total += vals.first ?? 0 }
            }
            add(total)
            if let m = groups.first?.value, partGroups.count > 1, groups.allSatisfy({ $0.value == m }) { add(m) }
        case .frame, .compact:
            // 双百, 三千: a count of targets of a hundred, a thousand.
            if groups.count == 2, let a = groups[0].value, let b = groups[1].value, b >= 100, a < 10,
               groups[0].body.isEmpty, groups[0].numeral.upperBound == groups[1].numeral.lowerBound {
                add(a)
                break
            }
            let vals = groups.compactMap(\.value).map { $0 >= 100 ? 1 : $0 }
            let sum = vals.reduce(0, +)
            if let first = vals.first, vals.allSatisfy({ $0 == first }), vals.count > 1 {
                add(first)
                add(sum)
            } else {
                add(sum)
            }
        }
        return out
    }

    /// The count of one multi-part part: counted → its number; frame → sum.
    private func partCount(_ pg: [Int]) -> Int? {
        let vals = pg.compactMap { groups[$0].value }
        guard !vals.isEmpty else { return nil }
        if pg.count == 1 { return vals[0] }
        if vals.allSatisfy({ $0 == vals[0] }) { return vals[0] }
        return vals.reduce(0, +)
    }
}

extension LabelShape {
    /// Parses `range` of the index's text as a label; nil when it holds no usable number.
    /// - Complexity: O(length of the label).
    static func parse(_ range: Range<Int>, in index: DocumentIndex) -> LabelShape? {
        let u = index.u
        guard !range.isEmpty else { return nil }
        // Split into parts at 、 and ， (the label of a multi-part slogan).
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where u[k] == 0x3001 || u[k] == 0x2C {
            if k > start { parts.append(start..<k) }
            start = k + 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        guard !parts.isEmpty else { return nil }

        var groups: [Group] = []
        var partGroups: [[Int]] = []
        var numbers: [Int] = []
        var hasDigits = false
        var prefix = range.lowerBound..<range.lowerBound
        for (pi, part) in parts.enumerated() {
            var pg: [Int] = []
            var k = part.lowerBound
            var firstNumeralSeen = false
            while k < part.upperBound {
                let c = u[k]
                // A variable count after + (1+N, 3+X): a group without a value.
                if Self.isVariable(at: k, in: u, limit: part.upperBound) {
                    groups.append(Group(numeral: k..<(k + 1), value: nil, body: (k + 1)..<(k + 1), measure: nil))
                    pg.append(groups.count - 1)
                    if !firstNumeralSeen, pi == 0 { prefix = range.lowerBound..<k }
                    firstNumeralSeen = true
                    k += 1
                    continue
                }
                if CharacterClass.isDigit(c) {
                    hasDigits = true
                    var e = k
                    while e < part.upperBound, CharacterClass.isDigit(u[e]) || u[e] == 0x2E { e += 1 }
                    let digits = u[k..<e].compactMap { ChineseNumeral.arabicDigit($0) }
                    let plusAround = (e < part.upperBound && u[e] == 0x2B) || (k > part.lowerBound && u[k - 1] == 0x2B)
                    let percent = e < part.upperBound && u[e] == 0x25
                    let whole = ChineseNumeral(units: u[k..<e])?.value
                    // A number before a count measure is a count (12件民生实事, 10个100%), not a code.
                    let counted = e < part.upperBound && Self.digitCountMeasures.contains(u[e])
                    if plusAround || percent || digits.count == 1 || counted {
                        if let whole { numbers.append(whole) }
                        groups.append(Group(numeral: k..<e, value: whole, body: e..<e, measure: nil))
                        pg.append(groups.count - 1)
                    } else {
                        // A digit code: each digit counts one group (6543 → 6, 5, 4, 3).
                        for (di, d) in digits.enumerated() {
                            numbers.append(d)
                            groups.append(Group(numeral: (k + di)..<(k + di + 1), value: d, body: e..<e, measure: nil))
                            pg.append(groups.count - 1)
                        }
                    }
                    if !firstNumeralSeen, pi == 0 { prefix = range.lowerBound..<k }
                    firstNumeralSeen = true
                    k = e
                    continue
                }
                if let value = Self.numeralValue(at: k, in: u, part: part, firstInPart: !firstNumeralSeen) {
                    let e = value.end
                    if !firstNumeralSeen, pi == 0 { prefix = range.lowerBound..<k }
                    firstNumeralSeen = true
                    if let v = value.value { numbers.append(v) }
                    groups.append(Group(numeral: k..<e, value: value.value, body: e..<e, measure: nil))
                    pg.append(groups.count - 1)
                    k = e
                    continue
                }
                // Body character: extend the current group's body.
                if let last = pg.last {
                    groups[last].body = groups[last].body.lowerBound..<(k + 1)
                }
                k += 1
            }
            partGroups.append(pg)
        }
        guard !groups.isEmpty else { return nil }
        var adjacent = false
        for pg in partGroups where pg.count >= 2 {
            for (a, b) in zip(pg, pg.dropFirst()) where groups[a].body.isEmpty && groups[a].numeral.upperBound == groups[b].numeral.lowerBound {
                if !CharacterClass.isDigit(u[groups[a].numeral.lowerBound]) { adjacent = true }
            }
        }

        // A numeral at the very end of a part with no body (统一, 合一, 一体 …) is not a group
        // of its own unless the part is only numerals: fold it into the previous body.
        for pi in partGroups.indices {
            var pg = partGroups[pi]
            // Place values side by side are tiers (一百千万, 千百), each a group of its own.
            let tiers = !parts[pi].contains { !ChineseNumeral.isNumeral(u[$0]) }
                && parts[pi].filter({ (ChineseNumeral.placeValue(u[$0]) ?? 0) >= 10 }).count >= 2
            while !tiers, pg.count >= 2, let last = pg.last, groups[last].body.isEmpty,
                  groups[last].numeral.upperBound == parts[pi].upperBound, !CharacterClass.isDigit(u[groups[last].numeral.lowerBound]) {
                let prev = pg[pg.count - 2]
                groups[prev].body = groups[prev].body.lowerBound..<groups[last].numeral.upperBound
                pg.removeLast()
            }
            // 一体 at the end joins what the label counts (三位一体, 五位一体 → 3, 5 items).
            if pg.count >= 2, let last = pg.last, groups[last].value == 1, groups[last].body.count == 1,
               groups[last].body.upperBound == parts[pi].upperBound, u[groups[last].body.lowerBound] == 0x4F53 {
                let prev = pg[pg.count - 2]
                groups[prev].body = groups[prev].body.lowerBound..<parts[pi].upperBound
                pg.removeLast()
            }
            partGroups[pi] = pg
        }
        let used = Set(partGroups.joined())
        let keep = groups.indices.filter { used.contains($0) }
        var remap: [Int: Int] = [:]
        for (n, o) in keep.enumerated() { remap[o] = n }
        groups = keep.map { groups[$0] }
        partGroups = partGroups.map { $0.compactMap { remap[$0] } }
        if !hasDigits { numbers = groups.compactMap(\.value) }

        // Counted: a single group (per part) whose body starts with a count measure. The
        // rest of the body is the head, even when it holds numerals (四个一, 两个一百年).
        for pi in partGroups.indices {
            guard let gi = partGroups[pi].first else { continue }
            let body = groups[gi].numeral.upperBound..<parts[pi].upperBound
            // A numeral right after the measure opens another group (三支一扶), except after 个
            // (四个一, 两个一百年).
            if let m = Self.countMeasure(at: body.lowerBound, in: u, limit: body.upperBound), m.upperBound < body.upperBound,
               !ChineseNumeral.isNumeral(u[m.upperBound]) && u[m.upperBound] != CharacterClass.shuang || u[m.lowerBound] == 0x4E2A
                || index.isSingleDictionaryWord(m.upperBound..<body.upperBound) {   // 四位一体: 一体 is a word
                groups[gi].measure = m
                groups[gi].body = m.upperBound..<body.upperBound
                partGroups[pi] = [gi]
            }
        }
        let stillUsed = Set(partGroups.joined())
        if stillUsed.count != groups.count {
            let keep2 = groups.indices.filter { stillUsed.contains($0) }
            var remap2: [Int: Int] = [:]
            for (n, o) in keep2.enumerated() { remap2[o] = n }
            groups = keep2.map { groups[$0] }
            partGroups = partGroups.map { $0.compactMap { remap2[$0] } }
            if !hasDigits { numbers = groups.compactMap(\.value) }
        }

        let kind: SloganKind
        if parts.count > 1 && partGroups.filter({ !$0.isEmpty }).count >= max(2, parts.count - parts.count / 3) {
            kind = .multiPart
        } else if hasDigits && !(groups.count == 1 && groups[0].measure != nil) {
            kind = .digitCode
        } else if groups.count == 1 && groups[0].measure != nil {
            kind = .counted
        } else if groups.count >= 2 {
            kind = .frame
        } else {
            kind = .compact
        }
        return LabelShape(range: range, parts: parts, groups: groups, partGroups: partGroups, prefix: prefix,
                          kind: kind, numbers: numbers, hasDigits: hasDigits,
                          hasPlus: range.contains { u[$0] == 0x2B }, adjacentNumerals: adjacent,
                          countsCharacters: groups.count == 1 && groups[0].measure.map { u[$0.lowerBound] == 0x5B57 } == true)
    }

    /// A Chinese numeral (or 双, or 多 as a variable count) starting at `k`: its value and end.
    static func numeralValue(at k: Int, in u: [UInt16], part: Range<Int>, firstInPart: Bool) -> (value: Int?, end: Int)? {
        let c = u[k]
        if c == CharacterClass.shuang {
            // 双 counts only before another character of the label (双创, 双随机).
            return k + 1 < part.upperBound ? (2, k + 1) : nil
        }
        if c == 0x591A, !firstInPart {            // 多 (一区三核多特), but not 四多四少
            let afterNumeral = k > part.lowerBound && (ChineseNumeral.isNumeral(u[k - 1]) || u[k - 1] == CharacterClass.shuang)
            return (k + 1 < part.upperBound && !afterNumeral) ? (nil, k + 1) : nil
        }
        guard ChineseNumeral.isNumeral(c), c != 0x96F6, c != 0x3007 || !firstInPart else { return nil }
        var e = k
        while e < part.upperBound, ChineseNumeral.isNumeral(u[e]) { e += 1 }
        // 十百千 / 一二三: several numbers written side by side.
        let run = u[k..<e]
        if run.count >= 2, let parsed = ChineseNumeral(units: run), parsed.style == .positional {
            return (parsed.value, e)
        }
        if run.count >= 2 {
            // Take one numeral at a time: 一二三 → 1 | 2 | 3; 十百千 → 10 | 100 | 1000.
            let v = ChineseNumeral.digitValue(c) ?? ChineseNumeral.placeValue(c)
            return (v, k + 1)
        }
        return (ChineseNumeral.digitValue(c) ?? ChineseNumeral.placeValue(c), e)
    }

    /// A capital letter joined by + to a formula (1+N, 1+K+N, G+5+N): a variable count.
    static func isVariable(at k: Int, in u: [UInt16], limit: Int) -> Bool {
        guard k < limit, u[k] >= 0x41, u[k] <= 0x5A else { return false }
        if k > 0, CharacterClass.isLatin(u[k - 1]) { return false }
        if k + 1 < u.count, CharacterClass.isLatin(u[k + 1]) { return false }
        return (k > 0 && u[k - 1] == 0x2B) || (k + 1 < limit && u[k + 1] == 0x2B)
    }

    /// Measures after which a number of several digits counts things (12件, 10个, 20项).
    static let digitCountMeasures: Set<UInt16> = Set("个件项条大类种张".utf16)

    /// A count measure (个, 项, 大, 方面 …) at `k`, if any.
    static func countMeasure(at k: Int, in u: [UInt16], limit: Int) -> Range<Int>? {
        guard k < limit else { return nil }
        if k + 2 <= limit, SloganLexicon.countMeasures.contains(u[k..<(k + 2)]) {
            return k..<(k + 2)
        }
        if SloganLexicon.countMeasures.contains(u[k..<(k + 1)]) {
            return k..<(k + 1)
        }
        return nil
    }
}
