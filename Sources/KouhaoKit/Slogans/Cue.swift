/// The words that announce an expansion after a slogan: 即, ：, （, 就是, 也就是, 是指, 指,
/// 包括, ——, 一是…二是….
///
/// 例：in `“五定”，即定建设规模，…` the cue is `，即` and the list starts after it; in
/// `“十四五”即将收官` 即 is part of 即将 and no cue at all.
enum Cue {
    /// What kind of cue was found.
    enum Kind {
        /// A colon, 即, 就是, 是指… — the list follows.
        case words
        /// An opening bracket: the list is inside (…).
        case bracket
        /// An enumerator: 一是 / 一要 / 一、/ (一) — items are the clauses that follow each.
        case enumeration
    }

    static let wordCues: [[UInt16]] = [
        "也就是说", "也就是", "指的是", "主要包括", "主要是", "具体是", "分别是", "就是", "是指", "包括", "即", "指", "——", "—", ":",
    ].map { Array($0.utf16) }

    /// Characters after 即 or 指 that make a word, not a cue (即将, 即使, 指导, 指出 …).
    static let notAfterJi: Set<UInt16> = Set("将使便时刻可日兴席期位墨是".utf16)
    static let notAfterZhi: Set<UInt16> = Set("导出引示标挥数南针定责令控望点名明正日向".utf16)

    /// Cues that may follow a head phrase after the label (“四位一体”耕地保护长效机制：即…).
    static let strongCues: Set<[UInt16]> = Set([":", "即", "是指", "指的是", "指", "就是", "也就是"].map { Array($0.utf16) })

    /// The cue at `p` (after optional punctuation), where the list starts, and whether the
    /// cue is strong (a colon, 即, 是指, a bracket or an enumerator).
    static func after(at p: Int, in index: DocumentIndex) -> (kind: Kind, start: Int, strong: Bool)? {
        let u = index.u
        let n = index.count
        var k = p
        while k < n, CharacterClass.isSpace(u[k]) || u[k] == 0x2A { k += 1 }
        // A bracket opens a list only if it holds Chinese (not a page reference like (P3)).
        if k < n, u[k] == 0x28 {
            var e = k + 1
            while e < min(n, k + 12), u[e] != 0x29, !CharacterClass.isHan(u[e]) { e += 1 }
            if e < n, e < k + 12, CharacterClass.isHan(u[e]) { return (.bracket, k + 1, true) }
            if e >= n || u[e] != 0x29 { return (.bracket, k + 1, true) }
            return nil
        }
        if k < n, u[k] == 0x2C || u[k] == 0x3001 { k += 1 }
        if enumerator(at: k, in: index) != nil { return (.enumeration, k, true) }
        for cue in wordCues where index.has(cue, at: k) {
            let after = k + cue.count
            if cue == [0x5373], after < n, notAfterJi.contains(u[after]) { continue }   // 即将
            if cue == [0x6307], after < n, notAfterZhi.contains(u[after]) { continue }  // 指导
            var start = after
            var strong = strongCues.contains(cue)
            // A second cue after the first: ：即, ：也就是, 即：, 是指：
            for _ in 0..<2 {
                while start < n, u[start] == 0x3A || u[start] == 0x2C || CharacterClass.isSpace(u[start]) { start += 1 }
                guard let next = wordCues.first(where: { $0 != [0x3A] && index.has($0, at: start) }) else { break }
                let e = start + next.count
                // After a colon, 即将 is 即 + 将 (：即将甲、乙和丙合为一证).
                if next == [0x5373], e < n, notAfterJi.contains(u[e]), !(u[e] == 0x5C06 && start > 0 && u[start - 1] == 0x3A) { break }
                if next == [0x6307], e < n, notAfterZhi.contains(u[e]) { break }
                start = e
                strong = strong || strongCues.contains(next)
            }
            while start < n, u[start] == 0x3A || u[start] == 0x2C || CharacterClass.isSpace(u[start]) { start += 1 }
            if enumerator(at: start, in: index) != nil { return (.enumeration, start, true) }
            return (.words, start, strong)
        }
        return nil
    }

    /// 即 opening the sentence after the one a label ends (做到“三个坚持”。即：坚持…；坚持…): the
    /// cue at `p` when `p` is that sentence's 。 and 即 (not 即将, 即使) follows it.
    ///
    /// 例：`突出“两个注重”。即：注重甲；注重乙。` → the list starts at 注重甲.
    static func afterSentenceEnd(at p: Int, in index: DocumentIndex) -> (kind: Kind, start: Int, strong: Bool)? {
        let u = index.u
        guard p + 1 < index.count, u[p] == 0x3002, u[p + 1] == 0x5373,
              let cue = after(at: p + 1, in: index), cue.strong else { return nil }
        return cue
    }

    /// An enumerator at `k`: 一是, 一要, 一、, (一), 其一, 第一，; returns its end.
    static func enumerator(at k: Int, in index: DocumentIndex) -> Int? {
        let u = index.u
        let n = index.count
        guard k + 1 < n else { return nil }
        if u[k] == 0x4E00 {   // 一
            let c = u[k + 1]
            if c == 0x662F || c == 0x8981 || c == 0x3001 { return k + 2 }   // 一是 一要 一、
        }
        if u[k] == 0x28, k + 2 < n, u[k + 1] == 0x4E00, u[k + 2] == 0x29 { return k + 3 }   // (一)
        if index.has(Array("其一".utf16), at: k) { return k + 2 }
        if index.has(Array("第一,".utf16), at: k) { return k + 3 }
        return nil
    }

    /// The enumerator for item `number` (2 → 二是 / 二要 / 二、 / (二) / 其二 / 第二,) at or after `k`.
    static func findEnumerator(_ number: Int, from k: Int, limit: Int, style: [UInt16], in index: DocumentIndex) -> (start: Int, end: Int)? {
        let numerals: [UInt16] = Array("一二三四五六七八九十".utf16)
        guard number >= 1, number <= 10 else { return nil }
        let digit = numerals[number - 1]
        var pattern: [UInt16] = []
        if style.first == 0x28 { pattern = [0x28, digit, 0x29] }
        else if style == Array("其".utf16) { pattern = Array("其".utf16) + [digit] }
        else if style == Array("第".utf16) { pattern = Array("第".utf16) + [digit, 0x2C] }
        else { pattern = [digit] + style }
        var p = k
        while p + pattern.count <= min(limit, index.count) {
            if index.has(pattern, at: p), p == 0 || !ChineseNumeral.isNumeral(index.u[p - 1]) || pattern.first == 0x28 {
                return (p, p + pattern.count)
            }
            p += 1
        }
        return nil
    }
}
