/// The items of one list are parallel: when the inner items share a frame — a first
/// character, a last character, or one length with a character in one place — the first and
/// the last item are cut to that frame, which drops the words that introduce the list and
/// the words that run on after it.
///
/// 例：`规范资金、资产、资源监督管理` → 资金 | 资产 | 资源; `期限过长、面积过大、租金过低` keeps
/// 期限过长 out of `耕地对外出租期限过长`; `电信网、广播电视网、互联网互联互通` → …互联网.
/// - Complexity: O(total length of the items).
extension ExpansionResolver {
    /// Only for labels whose items are all of one kind (one group, or groups of one count:
    /// 三品一标 has items of two kinds, and its last item is no 品).
    func alignToFrame(_ items: [Range<Int>], for shape: LabelShape) -> [Range<Int>] {
        guard items.count >= 3, shape.kind != .digitCode else { return items }
        let values = shape.groups.map(\.value)
        guard shape.groups.count == 1 || values.allSatisfy({ $0 == values.first! && $0 == items.count }) else {
            // Items of several kinds: only a first item whose introduction the others lack
            // (在监管过程中随机抽取… before 随机选派…、…), and a last item running on with a
            // 的-phrase past the one length of the others (去产能、去库存、去杠杆、降成本、补短板的工作任务).
            var out = items
            if let first = alignedFirst(items) { out[0] = first }
            let others = items.dropLast()
            let last = items[items.count - 1]
            if let length = others.first?.count, length >= 2, others.allSatisfy({ $0.count == length }),
               last.count > length + 1, u[last.lowerBound + length] == 0x7684 {
                out[out.count - 1] = last.lowerBound..<(last.lowerBound + length)
            }
            return alignedToGroups(out, shape)
        }
        var out = items
        // The inner items open with one character: the first and the last item start there
        // when a verb introduces it (整治乱收费、乱罚款，严禁乱摊派 → 乱收费 | 乱罚款 | 乱摊派).
        let p = u[items[1].lowerBound]
        if isFrameCharacter(p), items.dropFirst().dropLast().allSatisfy({ u[$0.lowerBound] == p }) {
            for i in [0, items.count - 1] where u[out[i].lowerBound] != p {
                let r = out[i]
                var j = r.lowerBound + 1
                while j < min(r.upperBound - 1, r.lowerBound + 6) {
                    if u[j] == p, index.isWordStart(j), introduces(r.lowerBound..<j) { out[i] = j..<r.upperBound; break }
                    j += 1
                }
            }
        }
        // Twice: a fixed last item can give the first its frame, and the other way round.
        for _ in 0..<2 {
            if let first = alignedFirst(out) { out[0] = first }
            if let last = alignedLast(out) { out[out.count - 1] = last }
        }
        // A shorter last item changes the length the first is trimmed to.
        if out[out.count - 1] != items[items.count - 1] { out = trimLeadingContext(out) }
        return out
    }

    /// A frame of groups of different counts (两不愁三保障: 2 + 3) takes its items in order, group
    /// by group. When the other items of the first group open with the group's body (不愁穿), a
    /// first item that holds it after an introducing verb starts there (稳定实现扶贫对象不愁吃 →
    /// 不愁吃; 事先不发通知 keeps its adverb); when no other item of a group carries the body,
    /// it is the verb that takes the group's items, written once (保障其义务教育、基本医疗 →
    /// 义务教育).
    func alignedToGroups(_ items: [Range<Int>], _ shape: LabelShape) -> [Range<Int>] {
        guard shape.kind == .frame || (shape.kind == .multiPart && shape.partGroups.allSatisfy { $0.count == 1 }), shape.groups.count >= 2 else { return items }
        let values = shape.groups.map { $0.value ?? 0 }
        guard values.allSatisfy({ $0 >= 1 }), values.reduce(0, +) == items.count else { return items }
        var out = items
        var start = 0
        for (g, v) in zip(shape.groups, values) {
            defer { start += v }
            guard v >= 2 else { continue }
            let body = Array(u[g.body].filter { isFrameCharacter($0) })
            guard let b0 = body.first else { continue }
            let slice = start..<(start + v)
            if start == 0, u[out[0].lowerBound] != b0, slice.dropFirst().contains(where: { u[out[$0].lowerBound] == b0 }) {
                let r = out[0]
                var j = r.lowerBound + 1
                while j < min(r.upperBound - 1, r.lowerBound + 12), u[j] != b0 { j += 1 }
                // Only after a verb that introduces the list (实现, 推进), not an adverb of the item.
                var k = r.lowerBound
                // (The verb may stand right before the item, cut off already: 实现|扶贫对象不愁吃.)
                var introduced = r.lowerBound >= 2 && SloganLexicon.introducingWords.contains(u[(r.lowerBound - 2)..<r.lowerBound])
                while k < j, !introduced {
                    if SloganLexicon.leadingWord(at: k, before: j, in: index) != nil { introduced = true; break }
                    k = index.wordEnd(after: k)
                }
                if j < r.upperBound - 1, u[j] == b0, introduced { out[0] = j..<r.upperBound }
            }
            let first = out[start]
            if body.count >= 2, first.count > body.count + 1, index.has(body, at: first.lowerBound),
               !slice.dropFirst().contains(where: { i in out[i].contains { u[$0] == b0 } }) {
                var a = first.lowerBound + body.count
                if u[a] == 0x5176 { a += 1 }   // 其
                if first.upperBound - a >= 2 { out[start] = a..<first.upperBound }
            }
        }
        return out
    }

    /// A character that can carry a frame: Chinese, not a particle or a conjunction.
    private func isFrameCharacter(_ c: UInt16) -> Bool {
        CharacterClass.isHan(c) && !ExpansionValidator.generic.contains(c)
    }

    /// Whether the words before the frame introduce the list — a clause, or a verb that
    /// takes the list as its object (解决 in 解决农业) — rather than modify the item (外国人 in
    /// 外国人非法入境, 农村土地 in 农村土地所有权, kept as written).
    private func introduces(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        if r.contains(where: { CharacterClass.isItemSeparator(u[$0]) || u[$0] == 0x3A }) { return true }
        // A circumstance: 在监管过程中, 在…时.
        if r.count >= 3, u[r.lowerBound] == 0x5728, "中时上下里内后".utf16.contains(u[r.upperBound - 1]) { return true }
        let word = index.string(index.wordStartOffset(at: r.upperBound - 1)..<r.upperBound)
        return SloganLexicon.leadVerbs.contains(word) || SloganLexicon.itemVerbs.contains(word)
            || SloganLexicon.leadParticles.contains(word) || SloganLexicon.listVerbs.contains(word)
    }

    /// The length the items share and a place where they share a character, if any.
    private func sharedShape(_ items: ArraySlice<Range<Int>>) -> (length: Int, offset: Int)? {
        guard items.count >= 2, let length = items.first?.count, length >= 2, length <= 8,
              items.allSatisfy({ $0.count == length }) else { return nil }
        for k in 0..<length {
            let c = u[items.first!.lowerBound + k]
            if isFrameCharacter(c), items.allSatisfy({ u[$0.lowerBound + k] == c }) { return (length, k) }
        }
        return nil
    }

    /// The first item, cut to start where the others' frame starts (全面整治农业 → 农业 before
    /// 农村、农民; 形成所有权 → 所有权 before 承包权、经营权), or nil.
    private func alignedFirst(_ items: [Range<Int>]) -> Range<Int>? {
        let first = items[0]
        let others = items.dropFirst()
        // The others start with one character that the first holds later, at a word start.
        let p = u[others.first!.lowerBound]
        if isFrameCharacter(p), u[first.lowerBound] != p, others.allSatisfy({ u[$0.lowerBound] == p }) {
            var j = first.upperBound - 2
            while j > first.lowerBound {
                if u[j] == p, index.isWordStart(j), introduces(first.lowerBound..<j) { return j..<first.upperBound }
                j -= 1
            }
        }
        // The others have one length and a character in one place; the first ends so.
        if let (length, k) = sharedShape(others), first.count > length {
            let s = first.upperBound - length
            let c = u[others.first!.lowerBound + k]
            if u[s + k] == c, index.isWordStart(s), introduces(first.lowerBound..<s), !(first.lowerBound..<s).contains(where: { CharacterClass.isQuote(u[$0]) }) {
                return s..<first.upperBound
            }
        }
        return nil
    }

    /// The last item, cut where the others' frame ends (互联网互联互通 → 互联网 after 电信网、
    /// 广播电视网; 资源监督管理 → 资源 after 资金、资产), or nil.
    private func alignedLast(_ items: [Range<Int>]) -> Range<Int>? {
        let last = items[items.count - 1]
        let others = items.dropLast()
        let longest = others.map(\.count).max() ?? 0
        // The others start with one character that the last holds after a verb that takes it
        // (乱收费、乱罚款，严禁乱摊派 → 乱摊派).
        let p = u[others.first!.lowerBound]
        if isFrameCharacter(p), u[last.lowerBound] != p, others.allSatisfy({ u[$0.lowerBound] == p }) {
            var j = last.lowerBound + 1
            while j < min(last.upperBound - 1, last.lowerBound + 5) {
                if u[j] == p, index.isWordStart(j), introduces(last.lowerBound..<j) { return j..<last.upperBound }
                j += 1
            }
        }
        // The others end with one character that the last holds earlier, at a word end.
        let s = u[others.first!.upperBound - 1]
        if isFrameCharacter(s), u[last.upperBound - 1] != s, others.allSatisfy({ u[$0.upperBound - 1] == s }) {
            var j = last.lowerBound + 1
            while j < last.upperBound - 1, j + 1 - last.lowerBound <= longest + 2 {
                if u[j] == s, index.isWordStart(j + 1) { return last.lowerBound..<(j + 1) }
                j += 1
            }
        }
        // The others have one length and a character in one place; the last starts so.
        if let (length, k) = sharedShape(others), last.count > length {
            let e = last.lowerBound + length
            let c = u[others.first!.lowerBound + k]
            // What is cut is a word of its own (监督管理, 问题) or a 的-phrase, not the end of a
            // longer word (无业主委员会 stays whole).
            let tailWord = index.isWordStart(e) && last.upperBound - e >= 2
            if u[last.lowerBound + k] == c, tailWord || u[e] == 0x7684,
               !(e..<last.upperBound).contains(where: { CharacterClass.isQuote(u[$0]) || u[$0] == 0x28 || u[$0] == 0x29 }) {
                return last.lowerBound..<e
            }
        }
        return nil
    }
}
