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
        // A 、 list (outside quotations and brackets), in the clause that holds it (以甲为牵引，
        // 大力实施乙、丙…: from after the comma before its first 、 to the comma after its last).
        var depth = 0
        var clauseStart = body.lowerBound, firstSeparator: Int? = nil, lastSeparator = body.lowerBound
        for k in body {
            let ch = u[k]
            if CharacterClass.isOpeningQuote(ch) || ch == 0x28 || ch == 0x300A { depth += 1 }
            if CharacterClass.isClosingQuote(ch) || ch == 0x29 || ch == 0x300B { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            if ch == 0x3001 { firstSeparator = firstSeparator ?? k; lastSeparator = k }
            if firstSeparator == nil, ch == 0x2C || ch == 0x3B || ch == 0x3A || ch == 0xFF1A { clauseStart = k + 1 }
        }
        if firstSeparator != nil {
            var clauseEnd = lastSeparator
            while clauseEnd < body.upperBound, u[clauseEnd] != 0x2C, u[clauseEnd] != 0x3B, u[clauseEnd] != 0x3002 { clauseEnd += 1 }
            body = clauseStart..<clauseEnd
        }
        var pieces: [Range<Int>] = []
        var start = body.lowerBound
        depth = 0
        for k in body {
            let ch = u[k]
            if CharacterClass.isOpeningQuote(ch) || ch == 0x28 || ch == 0x300A { depth += 1 }
            if CharacterClass.isClosingQuote(ch) || ch == 0x29 || ch == 0x300B { depth = max(0, depth - 1) }
            if depth == 0, ch == 0x3001 { pieces.append(start..<k); start = k + 1 }
        }
        pieces.append(start..<body.upperBound)
        guard var last = pieces.last else { return nil }
        var counted = false
        // A quoted count and head after the last item (…、丙“三大工程”).
        if last.count > 4, CharacterClass.isClosingQuote(u[last.upperBound - 1]), let q = index.quote(closingAt: last.upperBound - 1),
           q.open > last.lowerBound + 1, countAndHead(from: q.content.lowerBound, to: q.content.upperBound) == count {
            last = last.lowerBound..<q.open
            counted = true
        }
        // A trailing count and head (五大先进制造业, 两大平台) names the list, not its last item.
        var k = last.upperBound - 1
        while k > last.lowerBound, last.upperBound - k <= 10, CharacterClass.isHan(u[k]), !ChineseNumeral.isNumeral(u[k]) { k -= 1 }
        if k > last.lowerBound + 1, ChineseNumeral.isNumeral(u[k]) || CharacterClass.isDigit(u[k]),
           k + 1 < last.upperBound, "大个项类家条所种座".utf16.contains(u[k + 1]) {
            counted = countAndHead(from: k, to: last.upperBound) == count
            last = last.lowerBound..<k
            // …、丁等4个配套方案 → 丁
            if last.count > 2, u[last.upperBound - 1] == 0x7B49 { last = last.lowerBound..<(last.upperBound - 1) }
        }
        pieces[pieces.count - 1] = last
        if pieces.count == count - 1 {
            // 新型材料和绿色食品
            guard let j = last.last(where: { SloganAssembler.isConjunction(u[$0]) }), j - last.lowerBound >= 2, last.upperBound - j - 1 >= 2 else { return nil }
            pieces[pieces.count - 1] = last.lowerBound..<j
            pieces.append((j + 1)..<last.upperBound)
        }
        let items = trimClauseVerb(trimLeadingContext(pieces.map { parser.trim($0) }))
        guard items.count == count, items.allSatisfy({ $0.count >= 2 && $0.count <= 40 }) else { return nil }
        return (items, counted)
    }

    /// The value of a count and head filling `k..<end` (五大服务平台 → 5), or nil.
    func countAndHead(from k: Int, to end: Int) -> Int? {
        var e = k
        while e < end, e - k < 3, ChineseNumeral.isNumeral(u[e]) || CharacterClass.isDigit(u[e]) { e += 1 }
        guard e > k, e < end, "大个项类家条所种座".utf16.contains(u[e]), end - e <= 10,
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

/// A code's parts defined one after another in its glossary entry, sentence after sentence
/// (第一个“1”是指甲。第二个“1”是指乙。“3”是指…：一是…；二是…；三是…): each part gives the
/// things it counts, in order.
///
/// 例：`“1+3”工作格局：“1”是指抓好党建。“3”是指三项重点：一是治水；二是治气；三是治土。`
/// → 抓好党建 | 治水 | 治气 | 治土; `“2+1”：“2”即“两不愁”，即…；“1”即…` → 两不愁 | ….
/// - Complexity: O(length of the entry's line), at most 1,500 characters.
extension ExpansionResolver {
    func codePartsEntry(_ c: SloganCandidate) -> Found? {
        let groups = c.shape.groups
        guard c.shape.kind == .digitCode, groups.count >= 2, groups.count <= 8, let definition = glossaryDefinition(c) else { return nil }
        var lineEnd = definition.lowerBound
        while lineEnd < min(index.count, definition.lowerBound + 1500), !CharacterClass.isLineEnd(u[lineEnd]) { lineEnd += 1 }
        // Each part's marker: [第N个]“part” + a cue, in the code's order.
        var markers: [(start: Int, bodyStart: Int)] = []
        var k = definition.lowerBound
        // The entry opens with its first part (after at most a few characters: 是指, ：).
        let firstLimit = definition.lowerBound + 6
        for g in groups {
            // The part as the entry quotes it: its numeral and body, without the joining + (“2环”, “9”).
            var partEnd = g.numeral.upperBound
            while partEnd < max(g.numeral.upperBound, g.body.upperBound), CharacterClass.isHan(u[partEnd]) { partEnd += 1 }
            let part = index.string(g.numeral.lowerBound..<partEnd)
            var found: (Int, Int)? = nil
            while k < lineEnd, found == nil {
                if CharacterClass.isOpeningQuote(u[k]), let q = index.quote(openingAt: k), q.close < lineEnd, index.string(q.content) == part,
                   let cueEnd = partCueEnd(at: q.close + 1, limit: lineEnd) {
                    var s = q.open
                    if s >= 3, u[s - 3] == 0x7B2C, ChineseNumeral.isNumeral(u[s - 2]), u[s - 1] == 0x4E2A { s -= 3 }
                    found = (s, cueEnd)
                    k = cueEnd
                } else {
                    k += 1
                }
                if markers.isEmpty, found == nil, k > firstLimit { return nil }
            }
            guard let (s, b) = found else { return nil }
            markers.append((s, b))
        }
        var items: [Range<Int>] = []
        for (i, m) in markers.enumerated() {
            let end = i + 1 < markers.count ? markers[i + 1].start : lineEnd
            var body = parser.trim(m.bodyStart..<end)
            while body.count > 1, CharacterClass.isSentenceEnd(u[body.upperBound - 1]) || u[body.upperBound - 1] == 0x3B { body = parser.trim(body.lowerBound..<(body.upperBound - 1)) }
            guard body.count >= 2 else { return nil }
            // The part names a label of its own (“2”是指“两不愁”，即…): that label is the item.
            // (A short head may follow it: “五个美丽”样板，即….)
            if CharacterClass.isOpeningQuote(u[body.lowerBound]), let q = index.quote(openingAt: body.lowerBound), q.close < body.upperBound,
               q.content.count >= 2 {
                var e = q.close + 1
                while e < body.upperBound, e - q.close <= 4, CharacterClass.isHan(u[e]) { e += 1 }
                if e == body.upperBound || u[e] == 0x2C || u[e] == 0xFF0C {
                    items.append(q.content)
                    continue
                }
            }
            if let v = groups[i].value, v >= 2 {
                // Whole clauses, when they are parallel (all open or all end alike) and a 、 list
                // lies inside a later one (以甲为主的乙产业，以丙、丁为主的戊产业: two things).
                let list = things(in: body, count: v), clauses = sentenceThings(in: body, count: v)
                let firstClauseEnd = body.first(where: { u[$0] == 0x2C || u[$0] == 0x3B || u[$0] == 0xFF0C }) ?? body.upperBound
                let parallel = clauses.map { c in
                    Set(c.items.map { u[$0.lowerBound] }).count == 1 || Set(c.items.map { u[$0.upperBound - 1] }).count == 1
                } ?? false
                let preferClauses = parallel && list.map { !$0.counted && $0.items[0].lowerBound > firstClauseEnd } != false
                guard let sub = preferClauses ? clauses : list ?? clauses else { return nil }
                items += sub.items
            } else if groups[i].value == nil {
                // N, X: the things listed, however many (…、…等制度), else the part whole.
                items += openThings(in: body) ?? [body]
            } else if let one = things(in: body, count: 1) {
                items += one.items   // its one title or quotation
            } else {
                items.append(body)
            }
        }
        guard items.count >= 3, items.allSatisfy({ $0.count >= 2 && $0.count <= 60 }) else { return nil }
        var found = Found(direction: .after, items: items, fit: 0.95, span: items.first!.lowerBound..<items.last!.upperBound,
                          consumedQuote: nil, marked: true, frameFit: 1)
        found.definition = true
        return found
    }

    /// The end of a part's cue at `k` (是指, 指的是, 指, 就是, 是, 即, 为, ：), or nil.
    func partCueEnd(at k: Int, limit: Int) -> Int? {
        for cue in ["是指", "指的是", "就是", "指", "是", "即", "为", ":", "："].map({ Array($0.utf16) }) where k + cue.count < limit && index.has(cue, at: k) {
            var e = k + cue.count
            if e < limit, u[e] == 0x3A || u[e] == 0xFF1A { e += 1 }
            return e
        }
        return nil
    }

    /// Exactly `count` things given as whole clauses: an enumeration after a colon (…重点工作：
    /// 一是甲；二是乙), else the ；-clauses, else the ，-clauses.
    /// 例：`三项重点：一是治水；二是治气；三是治土` → 治水 | 治气 | 治土.
    func sentenceThings(in body: Range<Int>, count: Int) -> (items: [Range<Int>], counted: Bool)? {
        var r = body
        if let colon = body.first(where: { u[$0] == 0x3A || u[$0] == 0xFF1A }), colon + 1 < body.upperBound,
           Cue.enumerator(at: colon + 1, in: index) != nil {
            r = (colon + 1)..<body.upperBound
        }
        for separators in [[UInt16(0x3B), 0x3002], [0x2C, 0x3B, 0x3002]] {
            var pieces = parser.split(r, by: { separators.contains($0) })
            // 一是, 二要, 三、
            pieces = pieces.map { p in
                p.count > 3 && ChineseNumeral.isNumeral(u[p.lowerBound]) && "是要、".utf16.contains(u[p.lowerBound + 1]) ? (p.lowerBound + 2)..<p.upperBound : p
            }
            if pieces.count == count, pieces.allSatisfy({ $0.count >= 2 && $0.count <= 60 }) { return (pieces, false) }
        }
        return nil
    }

    /// The things a part counted by N or X lists: the 、 pieces of its last clause that holds
    /// them, cut at 等 (甲、乙、丙等多种方式 → 甲 | 乙 | 丙), the clause's verb off the first.
    /// 例：`采取走访、座谈、培训等多种方式` → 走访 | 座谈 | 培训.
    func openThings(in body: Range<Int>) -> [Range<Int>]? {
        let clauses = parser.split(body, by: { $0 == 0x2C || $0 == 0x3B })
        guard let clause = clauses.last(where: { cl in parser.split(cl, by: { $0 == 0x3001 }).count >= 2 }) else { return nil }
        var pieces = parser.split(clause, by: { $0 == 0x3001 })
        if let last = pieces.last, let etc = last.first(where: { u[$0] == 0x7B49 && index.isWordStart($0) }), etc - last.lowerBound >= 2 {
            pieces[pieces.count - 1] = last.lowerBound..<etc
        }
        pieces = trimClauseVerb(trimLeadingContext(pieces.map { trimParenthetical($0) }))
        return pieces.count >= 2 && pieces.allSatisfy({ $0.count >= 2 && $0.count <= 40 }) ? pieces : nil
    }

    /// The first of a part's things without the words of its clause that take the list (综合治理
    /// 甲河、乙河 → 甲河; 各乡镇采取走访、座谈 → 走访): cut after the last introducing verb in it,
    /// when it is longer than every other thing.
    /// 例：`综合治理青川河 | 松溪 | 白沙河` → 青川河 | 松溪 | 白沙河.
    func trimClauseVerb(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let first = items.first, let longest = items.dropFirst().map(\.count).max(), first.count > longest + 1 else { return items }
        var cut = first.lowerBound
        var k = first.lowerBound
        while k < first.upperBound - 2 {
            if index.isWordStart(k), let w = SloganLexicon.leadingWord(at: k, before: first.upperBound - 2, in: index, extra: SloganLexicon.openingWords) {
                cut = w.end
                k = w.end
            } else {
                k += 1
            }
        }
        guard cut > first.lowerBound else { return items }
        var out = items
        out[0] = cut..<first.upperBound
        return out
    }
}
