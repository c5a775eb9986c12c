/// Trimming list items to what the label stands for: introducing words before the first
/// item, run-on text after the last, comments in brackets, shared predicates.
///
/// 例：`致力重点项目大突破` → 重点项目大突破 (others: 科技创新大提升…); `…、运行质量同步提升` →
/// 运行质量; `开办企业3个工作日内完成（包含…）` → 开办企业3个工作日内完成.
extension ExpansionResolver {
    /// The first item of a list often carries the words that introduce the list
    /// (致力重点项目大突破, 一是有序实施政务活动决策, 即在监管过程中随机抽取检查对象): cut after
    /// the last introducing verb or particle, then to the length of the others at word
    /// boundaries (twice their length, or one more character when they are short).
    /// An introducing verb is kept when most other items start with a verb too: then every
    /// item is a verb phrase (打造三个平台、完善两张清单、守住一条底线).
    /// - Parameter keep: characters of the label's frame: in a pair, an opening word that holds
    ///   one is the item's own (减少化肥和农药使用量 for 两减; but 重点治理太湖水环境、生活垃圾、… for
    ///   六治 shares its verb).
    func trimLeadingContext(_ items: [Range<Int>], keep: Set<UInt16> = []) -> [Range<Int>] {
        guard items.count >= 2 else { return items }
        let longest = items.dropFirst().map(\.count).max() ?? 0
        var first = items[0]
        // A title is whole (《松岭县关于加快乡村振兴的意见》).
        if first.lowerBound > 0, u[first.lowerBound - 1] == 0x300A { return items }
        let limit = longest <= 3 ? longest + 1 : 2 * longest + 2
        let sorted = items.dropFirst().map(\.count).sorted()
        let median = sorted[sorted.count / 2]
        // Items that are verb phrases keep their verbs.
        // (ICU may split 用好 into 用 | 好: the word lists are matched on the characters.)
        let verbPhrases = items.dropFirst().filter { r in
            SloganLexicon.leadingWord(at: r.lowerBound, before: r.upperBound - 1, in: index, extra: SloganLexicon.openingWords) != nil
        }.count
        let verbs = 2 * verbPhrases < items.count - 1
        // A circumstance that opens the first item only (在监管过程中随机抽取…).
        if u[first.lowerBound] == 0x5728, !items.dropFirst().contains(where: { u[$0.lowerBound] == 0x5728 }) {
            var k = first.lowerBound + 2
            while k < min(first.upperBound - 2, first.lowerBound + 12) {
                if "中时后".utf16.contains(u[k]), index.isWordStart(k + 1) { first = (k + 1)..<first.upperBound; break }
                k += 1
            }
        }
        // The words that open the first item only (按照研发 before 孵化、中试…; 我们牢牢守住发展 before 生态).
        if verbs {
            var k = first.lowerBound
            while k < first.upperBound {
                guard let w = SloganLexicon.leadingWord(at: k, before: first.upperBound - 2, in: index, extra: SloganLexicon.openingWords),
                      items.count > 2 || !(k..<w.end).contains(where: { keep.contains(u[$0]) }) else { break }
                k = w.end
            }
            if k > first.lowerBound { first = k..<first.upperBound }
        }
        guard first.count > max(median, 1) else {
            var out = items
            out[0] = first
            return out
        }
        // After the last introducing word inside the item.
        var k = first.lowerBound
        var cut = first.lowerBound
        while k < first.upperBound {
            let e = min(index.wordEnd(after: k), first.upperBound)
            let word = index.string(k..<e)
            // 有 closing an adjective is no particle (国有, 所有: 做大做强国有融资担保公司).
            let adjectiveYou = word == "有" && k > first.lowerBound && "国所私公固特现原共".utf16.contains(u[k - 1])
            if e < first.upperBound, !adjectiveYou,
               SloganLexicon.leadParticles.contains(word) || (verbs && SloganLexicon.leadVerbs.contains(word)) { cut = e }
            k = e
        }
        if first.upperBound - cut >= 1 { first = cut..<first.upperBound }
        // Then by length, from the right, whole words (not in a pair: 银行业…不良贷款余额和不良贷款率
        // share their modifier).
        if items.count >= 3, first.count > limit, first.count > longest + 1 {
            var a = first.upperBound
            while a > first.lowerBound {
                let s = max(index.wordStartOffset(at: a - 1), first.lowerBound)
                if first.upperBound - s > limit { break }
                if CharacterClass.isPunctuation(u[s]), !CharacterClass.isQuote(u[s]) { break }
                // Take a word only if it brings the item nearer the others' length (高血压, not 点高血压).
                if a < first.upperBound, abs(first.upperBound - s - median) >= abs(first.upperBound - a - median) { break }
                a = s
            }
            if a < first.upperBound { first = a..<first.upperBound }
        }
        var out = items
        out[0] = first
        return out
    }

    /// Items that all open with the same words up to a 的 (我们要打造全省重要的区域性茶叶中心,
    /// 我们要打造全省重要的区域性竹木中心…) share a sentence frame, not their content: each item
    /// starts after that 的 (区域性茶叶中心). Nothing is cut when the shared words hold the
    /// label's frame characters (`keep`) or an item would keep fewer than two characters.
    func trimSharedOpening(_ items: [Range<Int>], keep: Set<UInt16> = []) -> [Range<Int>] {
        guard items.count >= 2, let first = items.first else { return items }
        var shared = first.count
        for r in items.dropFirst() {
            var n = 0
            while n < min(shared, r.count), u[first.lowerBound + n] == u[r.lowerBound + n] { n += 1 }
            shared = n
        }
        guard shared >= 3 else { return items }
        var cut = -1
        for n in 0..<shared where u[first.lowerBound + n] == 0x7684 { cut = n + 1 }   // 的
        guard cut >= 3, !(0..<cut).contains(where: { keep.contains(u[first.lowerBound + $0]) }),
              items.allSatisfy({ $0.count - cut >= 2 }) else { return items }
        return items.map { ($0.lowerBound + cut)..<$0.upperBound }
    }

    /// The last item may run on past the list (社区工作人员统一纳入城市管理网格化中): when it is
    /// far longer than the others, keep its first words up to their length.
    func trimTrailingContext(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 3, let last = items.last else { return items }
        let longest = items.dropLast().map(\.count).max() ?? 0
        guard last.count >= longest + 10, Double(last.count) > 1.8 * Double(longest) else { return items }
        var b = last.lowerBound
        while b < last.upperBound {
            let e = min(index.wordEnd(after: b), last.upperBound)
            if e - last.lowerBound > longest + 1 { break }
            let word = index.string(b..<e)
            if b > last.lowerBound, SloganLexicon.leadParticles.contains(word) || SloganLexicon.leadVerbs.contains(word) { break }
            b = e
        }
        guard b > last.lowerBound else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<b
        return out
    }

    /// Before a label, the last item ends where the verb that names the list or its
    /// predicate begins (AG600、运-20、C919并称为“三剑客” → C919; 农村危房存量和饮水不安全户数实现“双清零”
    /// → 饮水不安全户数).
    func trimNamingVerb(_ items: [Range<Int>]) -> [Range<Int>] {
        guard let last = items.last, last.count > 2 else { return items }
        var k = last.lowerBound + 2
        while k < last.upperBound {
            for verb in SloganLexicon.namingVerbs where index.has(verb, at: k) && index.isWordStart(k) && k + verb.count <= last.upperBound {
                var out = items
                out[out.count - 1] = last.lowerBound..<k
                return out
            }
            k += 1
        }
        return items
    }

    /// After a label, a last item far longer than the others may run on into the predicate
    /// the items share (农村危房和饮水不安全户实现清零的工作目标 → 饮水不安全户): cut it where a
    /// predicate verb (实现, 达到, 做到) starts.
    func trimTrailingPredicate(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        let longest = items.dropLast().map(\.count).max() ?? 0
        guard last.count >= longest + 3 else { return items }
        let cut = trimNamingVerb(items)
        guard let newLast = cut.last, newLast != last, newLast.count >= 2 else { return items }
        return cut
    }

    /// Items that explain a code part by part (“1”指的是《甲》，“4”指的是《乙》《丙》《丁》《戊》) are the
    /// things named: the code and its cue go, a comment after the first clause goes (“3”指三个园区，
    /// 是全县的支柱 → 三个园区), and a run of titles gives one item per title.
    func expandCodedItems(_ items: [Range<Int>]) -> [Range<Int>] {
        expandCodedItemsCounting(items).items
    }

    /// ``expandCodedItems(_:)`` and whether every item was a coded one (its items are then
    /// what the code parts name, not to be trimmed further).
    func expandCodedItemsCounting(_ items: [Range<Int>]) -> (items: [Range<Int>], allCoded: Bool) {
        var out: [Range<Int>] = []
        var coded = 0
        for r in items {
            var k = r.lowerBound
            if k < r.upperBound, CharacterClass.isOpeningQuote(u[k]) { k += 1 }
            let codeStart = k
            while k < r.upperBound, k - codeStart < 3, CharacterClass.isDigit(u[k]) || ChineseNumeral.isNumeral(u[k]) { k += 1 }
            var body = r
            if k > codeStart, k < r.upperBound {
                if CharacterClass.isClosingQuote(u[k]) { k += 1 }
                for cue in ["指的是", "是指", "指", "即", "是", ":"].map({ Array($0.utf16) }) where index.has(cue, at: k) {
                    body = parser.trim((k + cue.count)..<r.upperBound)
                    // The first clause names the part; what follows comments on it.
                    if let comma = body.first(where: { u[$0] == 0x2C }), comma - body.lowerBound >= 2 {
                        body = parser.trim(body.lowerBound..<comma)
                    }
                    coded += 1
                    break
                }
            }
            out += titles(in: body) ?? quotedChain(in: body) ?? [body]
        }
        return (out.filter { !$0.isEmpty }, coded == items.count && coded >= 2)
    }

    /// The contents of the book titles that make up `r` (《甲》《乙》, 《甲》、《乙》), or nil.
    func titles(in r: Range<Int>) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if u[k] == 0x3001 || CharacterClass.isSpace(u[k]) { k += 1; continue }
            guard u[k] == 0x300A else { return nil }   // 《
            var e = k + 1
            while e < r.upperBound, u[e] != 0x300B { e += 1 }
            guard e < r.upperBound, e > k + 1 else { return nil }
            out.append((k + 1)..<e)
            k = e + 1
        }
        return out.isEmpty ? nil : out
    }

    /// The contents of the quotations that make up `r`, side by side, when nothing follows them
    /// or a count of exactly as many things (“茶商通”“林贷通”“溪融通”四大金融平台 → 茶商通 |
    /// 林贷通 | 溪融通), or nil. Quotations followed by a head of their own (“米袋子”“菜篮子”
    /// 强基行动) are one item.
    func quotedChain(in r: Range<Int>) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound, CharacterClass.isOpeningQuote(u[k]) {
            var e = k + 1
            while e < r.upperBound, !CharacterClass.isQuote(u[e]) { e += 1 }
            guard e < r.upperBound, CharacterClass.isClosingQuote(u[e]), e > k + 1 else { return nil }
            out.append((k + 1)..<e)
            k = e + 1
            if k < r.upperBound, u[k] == 0x3001 { k += 1 }
        }
        guard out.count >= 2 else { return nil }
        if k == r.upperBound { return out }
        // A count of as many things: 四大…, 两个…, 4个….
        var e = k
        while e < r.upperBound, e - k < 3, ChineseNumeral.isNumeral(u[e]) || CharacterClass.isDigit(u[e]) { e += 1 }
        guard e > k, ChineseNumeral(units: u[k..<e])?.value == out.count else { return nil }
        return out
    }

    /// A long parenthetical at the end of an item is a comment, not part of it
    /// (开办企业3个工作日内完成（包含办理名称预先核准、…）).
    func trimParenthetical(_ r: Range<Int>) -> Range<Int> {
        guard r.count > 8, u[r.upperBound - 1] == 0x29 else { return r }
        var k = r.upperBound - 2
        while k > r.lowerBound, u[k] != 0x28 { k -= 1 }
        guard u[k] == 0x28, r.upperBound - k - 2 >= 6, k - r.lowerBound >= 2 else { return r }
        return parser.trim(r.lowerBound..<k)
    }

    /// The last item may carry the predicate all items share (…、公务招待产生的费用): when no
    /// other item has 的, cut a short 的-noun tail and the verb before it.
    func trimSharedTail(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        if items.dropLast().contains(where: { r in r.contains { u[$0] == 0x7684 } }) { return items }
        var k = last.upperBound - 1
        while k > last.lowerBound, last.upperBound - k <= 4, u[k] != 0x7684 { k -= 1 }
        guard u[k] == 0x7684, last.upperBound - k - 1 >= 1, last.upperBound - k - 1 <= 3, k - last.lowerBound >= 3 else { return items }
        var end = k
        for verb in ["产生", "形成", "发生", "造成", "带来", "所需", "支出", "涉及"] where index.has(Array(verb.utf16), endingAt: end) {
            end -= verb.count
            break
        }
        guard end - last.lowerBound >= 2 else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<end
        return out
    }

    /// The last item may end with the label again or with the predicate the items share
    /// (…、经营权三权分置; 经济总量、人均均量、运行质量同步提升).
    func trimRepeatedLabel(_ items: [Range<Int>], _ c: SloganCandidate) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        let longest = items.dropLast().map(\.count).max() ?? 0
        let key = Array(c.key.utf16)
        var end = last.upperBound
        if key.count >= 2, last.count > key.count + 1, index.has(key, endingAt: end) { end -= key.count }
        // Or the body the items share (医疗、教育、法律服务进村 for 三进村).
        if end == last.upperBound, c.shape.kind == .compact, let g = c.shape.groups.first, g.body.count >= 2 {
            let body = Array(u[g.body])
            if last.count > body.count + 1, index.has(body, endingAt: end), !items.dropLast().contains(where: { validator.contains($0, body) }) {
                end -= body.count
            }
        }
        if end == last.upperBound, last.count >= longest + 3 {
            for verb in SloganLexicon.sharedPredicates where last.count > verb.count + 1 && index.has(Array(verb.utf16), endingAt: end) {
                end -= verb.count
                for adverb in ["同步", "协调", "共同", "一起", "齐头"] where index.has(Array(adverb.utf16), endingAt: end) {
                    end -= adverb.count
                    break
                }
                break
            }
        }
        guard end < last.upperBound, end - last.lowerBound >= 2 else { return items }
        var out = items
        out[out.count - 1] = last.lowerBound..<end
        return out
    }

    /// 扶贫工作 → 扶贫 when the others are bare (支农、支教、支医和扶贫工作).
    func trimTrailingGeneric(_ items: [Range<Int>]) -> [Range<Int>] {
        guard items.count >= 2, let last = items.last else { return items }
        for g in ["工作", "任务", "问题", "方面", "领域"] {
            let s = Array(g.utf16)
            if last.count > s.count, index.has(s, endingAt: last.upperBound) {
                var out = items
                out[out.count - 1] = last.lowerBound..<(last.upperBound - s.count)
                return out
            }
        }
        return items
    }

    /// An item that opens with a part of the label and a dash or a colon (一核—中心城区,
    /// “两翼”：东部新城) names the part: the item is what follows.
    func trimPartLabel(_ r: Range<Int>) -> Range<Int> {
        var k = r.lowerBound
        if k < r.upperBound, CharacterClass.isOpeningQuote(u[k]) { k += 1 }
        let numeralStart = k
        while k < r.upperBound, k - numeralStart < 3, ChineseNumeral.isNumeral(u[k]) || CharacterClass.isDigit(u[k]) || u[k] == CharacterClass.shuang { k += 1 }
        guard k > numeralStart else { return r }
        let bodyStart = k
        while k < r.upperBound, k - bodyStart < 3, CharacterClass.isHan(u[k]), !ChineseNumeral.isNumeral(u[k]), u[k] != 0x2014 { k += 1 }
        guard k > bodyStart, k < r.upperBound else { return r }
        if CharacterClass.isClosingQuote(u[k]) { k += 1 }
        guard k < r.upperBound, u[k] == 0x2014 || u[k] == 0x3A else { return r }
        let rest = parser.trim((k + 1)..<r.upperBound)
        return rest.count >= 2 ? rest : r
    }
}

/// Items that are things counted in the text (引进名校8所、名校长8名; 建成粮食生产功能区11万亩、
/// 现代农业园区30个): the item is the thing, not the verb or the count.
extension ExpansionResolver {
    /// When most items end with a quantity (a number and a unit), each such item loses the
    /// quantity and the verbs that open it (引进和培养名师44名 → 名师).
    func trimQuantities(_ items: [Range<Int>], for shape: LabelShape) -> [Range<Int>] {
        guard items.count >= 2 else { return items }
        // A label that counts with numerals in its head (五个一, 五个一批) has them in its items.
        if shape.groups.contains(where: { g in g.body.contains { ChineseNumeral.isNumeral(u[$0]) } }) { return items }
        let tails = items.map(quantityTail)
        let counted = tails.filter { $0 != nil }.count
        guard counted >= 2, 2 * counted >= items.count else { return items }
        var out = items
        for (i, r) in items.enumerated() {
            guard let t = tails[i] else { continue }
            var a = r.lowerBound
            // Verbs that open the item, joined by 和/与/及 (引进和培养).
            while let w = SloganLexicon.leadingWord(at: a, before: t - 2, in: index, extra: SloganLexicon.countingVerbs) {
                a = w.end
                if a < t - 2, SloganAssembler.isConjunction(u[a]), SloganLexicon.leadingWord(at: a + 1, before: t - 2, in: index, extra: SloganLexicon.countingVerbs) != nil {
                    a += 1
                }
            }
            if t - a >= 2 { out[i] = a..<t }
        }
        return out
    }

    /// Where a trailing quantity starts (名校8所 → 8所, 功能区11万亩, 食堂二十个), or nil.
    func quantityTail(_ r: Range<Int>) -> Int? {
        var k = r.upperBound
        // The unit: one to three Han characters that are not numerals.
        var unitStart = k
        while unitStart > r.lowerBound, k - unitStart < 3, CharacterClass.isHan(u[unitStart - 1]), !ChineseNumeral.isNumeral(u[unitStart - 1]) {
            unitStart -= 1
        }
        // Try the shortest unit that is a known measure or unit.
        var found: Int? = nil
        var s = k - 1
        while s >= unitStart {
            let unit = u[s..<k]
            if SloganLexicon.quantityUnits.contains(unit) || SloganLexicon.countMeasures.contains(unit) || Self.areaUnits.contains(unit) { found = s; break }
            s -= 1
        }
        guard let unit = found else { return nil }
        k = unit
        // 余, 多 and magnitudes before the unit (11万亩, 30余个).
        while k > r.lowerBound, "余多万亿千百".utf16.contains(u[k - 1]) { k -= 1 }
        let numberEnd = k
        while k > r.lowerBound, CharacterClass.isDigit(u[k - 1]) || u[k - 1] == 0x2E || ChineseNumeral.isNumeral(u[k - 1]) { k -= 1 }
        guard k < numberEnd, k > r.lowerBound, !(numberEnd - k == 1 && u[k] == 0x4E00) else { return nil }   // 一遍, 一次: once
        // The number stands after the thing, not inside a name (十大产业 is no quantity).
        guard CharacterClass.isDigit(u[numberEnd - 1]) || !ChineseNumeral.isNumeral(u[k - 1]), CharacterClass.isHan(u[k - 1]) else { return nil }
        return k - r.lowerBound >= 2 ? k : nil
    }

    /// Units of area and length (万亩 is 万 + 亩; 平方米, 公顷, 公里).
    static let areaUnits: WordSet = ["公顷", "平方米", "平方公里", "公里", "千米", "亩", "米", "座", "所", "处", "个", "名", "家", "条"]
}
