/// A code's or a frame's parts explained in turn, each naming as many things as it counts:
/// the label's items are the things, not one sentence per part.
///
/// 例：`“5+2”平台：指“甲通”“乙贷”“丙融”“丁保”“戊创”五大服务平台和“己台”“庚台”两大保障平台`
/// → 甲通 | 乙贷 | 丙融 | 丁保 | 戊创 | 己台 | 庚台;
/// `“两园三区”：“两园”是北园、南园；“三区”是东区、西区、中区` → 北园 | 南园 | 东区 | 西区 | 中区.
/// - Complexity: O(length of the items) per reading.
extension ExpansionResolver {
    /// The reading's items flattened part by part, when there is one item per numbered group
    /// and every group counting two or more holds exactly that many things (a run of titles,
    /// of quotations, or a 、 list); a group of one (or of 多/N) keeps its item whole (a single
    /// title after 即 stands for it). Nil when the reading is not of that shape.
    func flattenedParts(_ raw: [Range<Int>], for c: SloganCandidate) -> [Range<Int>]? {
        let groups = c.shape.groups
        guard c.shape.kind == .digitCode || c.shape.kind == .frame, groups.count >= 2, raw.count == groups.count,
              groups.contains(where: { ($0.value ?? 0) >= 2 }), groups.allSatisfy({ ($0.value ?? 1) <= 12 }) else { return nil }
        var out: [Range<Int>] = []
        for (g, r) in zip(groups, raw) {
            let (body, marked) = partBody(r)
            guard body.count >= 2 else { return nil }
            let v = g.value ?? 1
            if v >= 2 {
                // The part is named (“5”指…, 两翼—…) or the things end with its count and head
                // (…五大服务平台): else the list is the label's own, read as a whole elsewhere.
                guard let sub = things(in: body, count: v), marked || sub.counted else { return nil }
                out += sub.items
            } else if let one = things(in: body, count: 1) {
                out += one.items
            } else {
                out.append(body)
            }
        }
        return out
    }

    /// An item without the part that opens it: an ordinal (第一个), the quoted part or code
    /// (“5”, “两园”) and its cue (是指, 指, 是, 即, 为, ：), or a part named with a dash (两翼—).
    func partBody(_ r: Range<Int>) -> (body: Range<Int>, marked: Bool) {
        // A part named with a dash or a colon (两翼—东部新城、西部新城), or with a cue (一网，指…).
        let named = trimPartLabel(r)
        if named != r { return (named, true) }
        if let (_, definition) = partDefinition(r) { return (definition, true) }
        var k = r.lowerBound
        // 第一个 / 第二个
        if k + 2 < r.upperBound, u[k] == 0x7B2C, ChineseNumeral.isNumeral(u[k + 1]), u[k + 2] == 0x4E2A { k += 3 }
        guard k < r.upperBound, CharacterClass.isOpeningQuote(u[k]), let q = index.quote(openingAt: k), q.close < r.upperBound,
              q.content.count <= 6, q.content.contains(where: { CharacterClass.isDigit(u[$0]) || ChineseNumeral.isNumeral(u[$0]) || u[$0] == CharacterClass.shuang })
        else { return (r, false) }
        k = q.close + 1
        // A head after the part (“9”项 …) is short.
        for cue in ["是指", "指的是", "指", "是", "即", "为", ":"].map({ Array($0.utf16) }) where index.has(cue, at: k) {
            return (parser.trim((k + cue.count)..<r.upperBound), true)
        }
        return (r, false)
    }

    /// Exactly `count` things named in `body`: book titles, else quotations, else a 、 list
    /// (its last piece split once on 和/与/及 when one short, a trailing count and head cut:
    /// …和戊五大先进产业 → 戊); after a comma and 即/分别为/包括, only what follows.
    func things(in body: Range<Int>, count: Int) -> (items: [Range<Int>], counted: Bool)? {
        var body = body
        // “3”是配套政策，分别为《…》《…》《…》: the things follow the comment.
        if let comma = body.first(where: { u[$0] == 0x2C || u[$0] == 0xFF0C }) {
            for cue in ["分别为", "分别是", "即", "包括", "具体为"].map({ Array($0.utf16) }) where index.has(cue, at: comma + 1) {
                body = parser.trim((comma + 1 + cue.count)..<body.upperBound)
                break
            }
        }
        if let t = titlesAnywhere(in: body), t.count == count { return (t, false) }
        var quoted: [Range<Int>] = []
        var q = body.lowerBound
        while q < body.upperBound {
            if let quote = index.quote(openingAt: q), quote.close < body.upperBound {
                if quote.content.count >= 2 { quoted.append(quote.content) }
                q = quote.close
            }
            q += 1
        }
        // (Quotations followed by their count and head: “甲”“乙”两大平台.)
        // (A list's reading may leave the last item's count and head out: look past it.)
        var tail = body.upperBound
        while tail < index.count, tail - body.upperBound < 10, CharacterClass.isHan(u[tail]) { tail += 1 }
        let countedQuotes = quoted.last.map { q in countAndHead(from: q.upperBound + 1, to: tail) == count } ?? false
        if quoted.count == count, count >= 2 || quoted.first.map({ $0.count * 2 >= body.count }) == true { return (quoted, countedQuotes) }
        guard count >= 2 else { return nil }
        // A 、 list (outside quotations and brackets).
        var pieces: [Range<Int>] = []
        var start = body.lowerBound
        var depth = 0
        for k in body {
            let ch = u[k]
            if CharacterClass.isOpeningQuote(ch) || ch == 0x28 || ch == 0x300A { depth += 1 }
            if CharacterClass.isClosingQuote(ch) || ch == 0x29 || ch == 0x300B { depth = max(0, depth - 1) }
            if depth == 0, ch == 0x3001 { pieces.append(start..<k); start = k + 1 }
        }
        pieces.append(start..<body.upperBound)
        guard var last = pieces.last else { return nil }
        // A trailing count and head (五大先进制造业, 两大平台) names the list, not its last item.
        var k = last.upperBound - 1
        while k > last.lowerBound, last.upperBound - k <= 10, CharacterClass.isHan(u[k]), !ChineseNumeral.isNumeral(u[k]) { k -= 1 }
        var counted = false
        if k > last.lowerBound + 1, ChineseNumeral.isNumeral(u[k]) || CharacterClass.isDigit(u[k]),
           k + 1 < last.upperBound, "大个项类家条所种".utf16.contains(u[k + 1]) {
            counted = countAndHead(from: k, to: last.upperBound) == count
            last = last.lowerBound..<k
        }
        pieces[pieces.count - 1] = last
        if pieces.count == count - 1 {
            // 新型材料和绿色食品
            guard let j = last.last(where: { SloganAssembler.isConjunction(u[$0]) }), j - last.lowerBound >= 2, last.upperBound - j - 1 >= 2 else { return nil }
            pieces[pieces.count - 1] = last.lowerBound..<j
            pieces.append((j + 1)..<last.upperBound)
        }
        let items = pieces.map { parser.trim($0) }
        guard items.count == count, items.allSatisfy({ $0.count >= 2 && $0.count <= 40 }) else { return nil }
        return (items, counted)
    }

    /// The value of a count and head filling `k..<end` (五大服务平台 → 5), or nil.
    func countAndHead(from k: Int, to end: Int) -> Int? {
        var e = k
        while e < end, e - k < 3, ChineseNumeral.isNumeral(u[e]) || CharacterClass.isDigit(u[e]) { e += 1 }
        guard e > k, e < end, "大个项类家条所种".utf16.contains(u[e]), end - e <= 10,
              (e..<end).allSatisfy({ CharacterClass.isHan(u[$0]) }) else { return nil }
        if CharacterClass.isDigit(u[k]) { return Int(index.string(k..<e)) }
        return u[k] == CharacterClass.shuang ? 2 : ChineseNumeral(units: u[k..<e])?.value
    }

    /// The contents of every book title in `r` (《甲》…《乙》), or nil when there is none.
    func titlesAnywhere(in r: Range<Int>) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if u[k] == 0x300A {
                var e = k + 1
                while e < r.upperBound, u[e] != 0x300B { e += 1 }
                guard e < r.upperBound else { break }
                if e > k + 1 { out.append((k + 1)..<e) }
                k = e
            }
            k += 1
        }
        return out.isEmpty ? nil : out
    }
}
