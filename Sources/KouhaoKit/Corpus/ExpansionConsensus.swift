/// Which of a slogan's expansions a corpus agrees on: the best-supported list whose items fit
/// the label; the others stay as alternatives with their support.
///
/// *Support* pools the documents of every list by how much it shares with this one: two
/// lists whose items match one to one (equal, or one containing the other) support each
/// other fully; a list that shares nothing adds nothing. *Fit* weighs the list against the
/// label: its item count against the label's numbers, the label's own characters in its
/// items (意识 in 政治意识 for 四个意识), items built alike (…建设、…建设), and item shape
/// (no clause fragments opening with a preposition, no very long items). A list is the
/// consensus only when its count fits and enough documents or a clear frame vouch for it;
/// otherwise every list is an alternative and none is put first as "the" meaning.
///
/// 例：for 两个维护 with “四个意识”/坚决做到 (1 document) and 坚决维护…核心地位 / 坚决维护党中央权威…
/// (1 document), the second is the consensus: both items carry 维护.
/// - Complexity: O(l² · i²) for the l most stated lists (at most 64) of at most i items.
public struct ExpansionConsensus: Hashable, Sendable {
    /// One expansion with the corpus's view of it.
    ///
    /// 例：`Ranked(expansion: e, support: 9.5, fit: 0.92)` for 大众创业 / 万众创新 of 双创.
    public struct Ranked: Hashable, Sendable {
        /// The expansion as the corpus states it. 例：大众创业 / 万众创新, 11 documents.
        public var expansion: ExpansionSummary
        /// Documents agreeing with it, lists that share part of it counting in part.
        /// 例：11.5 when 11 documents state it and 1 states 大众创业 / 万众创新蓬勃开展.
        public var support: Double
        /// How well it fits the label, 0–1. 例：1 for 大众创业 / 万众创新 (two items, both with 创).
        public var fit: Double
        /// Whether it could be the label's meaning at all: its count about right, its items
        /// shaped like items and, when the label has characters of its own, carrying some.
        /// 例：false for 中国 / 世界共赢 as a list of 一带一路.
        public var plausible: Bool = true
    }

    /// The expansions, the consensus first (when there is one), then by support × fit.
    /// 例：for 双创, 大众创业 / 万众创新 first; 增长 / 抓 later.
    public var ranked: [Ranked]
    /// Whether `ranked.first` is the consensus; false when no list fits well enough.
    /// 例：false for 两个一百年 when its only lists are 社会 / 实现 and 胜期 / 实现.
    public var hasConsensus: Bool

    /// The consensus expansion, if any. 例：形式主义 / 官僚主义 / 享乐主义 / 奢靡之风 for 四风.
    public var consensus: ExpansionSummary? { hasConsensus ? ranked.first?.expansion : nil }

    /// The lists that count: the most stated ones.
    static let maximumLists = 64
    /// Two lists support each other when more than this share of their items agree.
    static let poolingThreshold = 0.5
    /// The share of the competing lists' documents a consensus without a clear frame must hold.
    static let minimumAgreement = 0.3
    /// The support (about two documents) a consensus without a clear frame needs.
    static let minimumSupport = 1.5
    /// The documents a consensus with none of the label's characters needs.
    static let framelessDocuments = 3
    /// The documents a consensus with none of the label's characters needs when all its items
    /// open or end alike by two units or more (经济建设、政治建设…生态文明建设; not 大扶贫、大数据、大生态,
    /// whose 大 repeats the label's 三大).
    static let framelessParallelDocuments = 2
    /// A list only one document states is no consensus for a label that this many times as
    /// many documents use, unless several of the label's own characters frame every item: one
    /// news item's 直播大会 / 记者会 is not what 两会 means across 148 days of news.
    static let loneListDocumentRatio = 12.0

    /// Ranks `expansions` of the slogan `label` (plain form) with `numbers` and `kind`;
    /// `prior`, the items of a known expansion (a lexicon's), supports lists like it as
    /// two documents would.
    /// 例：`ExpansionConsensus(label: "四风", numbers: [4], kind: .compact, expansions: summary.expansions.values)`.
    /// `documents`, when given, is the number of documents that use the label: a list only one
    /// of many states needs a strong frame to be the consensus (see ``loneListDocumentRatio``).
    public init<S: Sequence>(label: String, numbers: [Int], kind: SloganKind, expansions: S, prior: [String]? = nil,
                             documents: Int? = nil)
    where S.Element == ExpansionSummary {
        let all = expansions.sorted(by: Self.stated)
        guard !all.isEmpty else {
            ranked = []
            hasConsensus = false
            return
        }
        let lists = all.map { $0.key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map { Array($0.utf16) } }
        let counted = min(all.count, Self.maximumLists)
        let priorItems = prior.map { $0.map { Array($0.utf16) } }
        let frame = Self.frameCharacters(of: label)
        let groups = Self.frameGroups(of: label, numbers: numbers, kind: kind)
        let labelUnits = Array(SloganKeying.key(plain: label).utf16)
        var expected = Self.expectedCounts(numbers: numbers, kind: kind)
        // A count of characters (八字方针: four words of two; 十六字方针: four of four).
        if kind == .counted, let n = numbers.first, Self.countsCharacters(label) {
            for d in [2, 3, 4] where n % d == 0 && n > d { expected.insert(n / d) }
        }
        typealias Scored = (ranked: Ranked, score: Double, countFit: Double, shape: Double, frame: Double, parallel: Double,
                            alike: Double, cluster: Double, stated: Int)
        var scored: [Scored] = []
        // Lists that pool their support (more than half their items agree) form a cluster.
        var pooled = [[Int]](repeating: [], count: counted)
        var supports = [Double](repeating: 0, count: all.count)
        var ownStated = all.map(\.documents)
        for (i, e) in all.enumerated() {
            var support = 0.0
            if i < counted {
                // Documents, not lists: a list one document states that another pooled list's
                // example already is (从建筑立面…等五 and 建筑立面… of one report) adds nothing.
                var seen: Set<String> = [e.example.path]
                support = 1 * Double(e.documents)
                ownStated[i] = e.documents
                for j in 0..<counted where j != i {
                    let s = Self.similarity(lists[i], lists[j])
                    guard s > Self.poolingThreshold else { continue }
                    pooled[i].append(j)
                    if all[j].documents == 1, seen.contains(all[j].example.path) { continue }
                    seen.insert(all[j].example.path)
                    support += Double(all[j].documents) * s
                    ownStated[i] += all[j].documents
                }
                if let priorItems, case let s = Self.similarity(lists[i], priorItems), s > Self.poolingThreshold { support += 2 * s }
            } else {
                support = Double(e.documents)
            }
            supports[i] = support
        }
        for (i, e) in all.enumerated() {
            let support = supports[i]
            // Within a cluster the support is shared and the fit decides (经济建设、政治建设… over
            // 经济、政治…、生态文明建设, which pools with it).
            let cluster = i < counted ? pooled[i].reduce(support) { max($0, supports[$1]) } : support
            // The documents stating the list or one it pools with, the best of its cluster.
            let stated = i < counted ? pooled[i].reduce(ownStated[i]) { max($0, ownStated[$1]) } : e.documents
            let countFit = Self.countFit(lists[i].count, expected: expected)
            let frameFit = Self.frameFit(lists[i], frame: frame, groups: groups, kind: kind, numbers: numbers)
            let parallel = Self.parallelism(lists[i])
            let shape = Self.shapeFit(lists[i], label: labelUnits)
            // Without the label's characters, items built alike are the only sign of a list
            // (经济建设、政治建设… for 五位一体), so they weigh more.
            let built = frameFit > 0 ? 0.7 + 0.3 * parallel : 0.4 + 0.6 * parallel
            let fit = countFit * (0.6 + 0.4 * frameFit) * shape * built
            scored.append((Ranked(expansion: e, support: (support * 100).rounded() / 100, fit: (fit * 1000).rounded() / 1000),
                           cluster * fit, countFit, shape, frameFit, parallel, Self.parallelism(lists[i], shortest: 2), cluster, stated))
        }
        // Equal scores (lists of one cluster that fit alike): the better supported one first.
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.ranked.support != b.ranked.support { return a.ranked.support > b.ranked.support }
            return Self.stated(a.ranked.expansion, b.ranked.expansion)
        }
        // The lists that compete for the meaning: those with as many items as the label counts.
        var competing = 0.0
        for (i, e) in all.prefix(counted).enumerated() where Self.countFit(lists[i].count, expected: expected) == 1 {
            competing += Double(e.documents)
        }
        // The consensus is the best-ranked list whose count fits, whose items look like items,
        // and that is vouched for: by the label's own characters in most items (两个维护 →
        // 维护…、维护…), or by about two documents holding a fair share of the competing lists
        // (or three, with items built alike: 经济建设、政治建设…). A list without any of the
        // label's characters needs three documents stating it when the label counts (经济建设…
        // 生态文明建设 of 五位一体), not one or two that happen to put a list next to it (程开甲被中共
        // 中央、国务院、中央军委授予“两弹一星”功勋奖章), and is never the meaning of a compact label or
        // one of frames.
        let hasFrame = !frame.isEmpty && kind != .digitCode
        // A list one document states next to a label many documents use is likely a neighbour
        // (两会 → 直播大会 / 记者会 in one of 148 news days); it stands only when two or more of
        // the label's characters frame its items (最严 in 最严谨的标准…, 势力 in 宗教极端势力…).
        let strongFrame = frame.count >= 2 || !groups.isEmpty
        func lone(_ c: Scored) -> Bool {
            guard let documents, c.cluster < Self.minimumSupport else { return false }
            return Double(documents) >= Self.loneListDocumentRatio * max(c.cluster, 1) && !(strongFrame && c.frame >= 0.75)
        }
        func qualifies(_ c: Scored) -> Bool {
            let support = c.cluster
            let agreement = competing > 0 ? support / competing : 0
            let countOK = c.countFit == 1 || (c.countFit >= 0.5 && support >= 3)
            // Items all built alike vouch with two documents (经济建设、政治建设…生态文明建设), most
            // built alike with three.
            let alike = (c.alike >= 1 && support >= Double(Self.framelessParallelDocuments)) || (c.parallel >= 0.75 && support >= 3)
            let vouched = c.frame >= 0.75 || (support >= Self.minimumSupport && (agreement >= Self.minimumAgreement || alike))
            // A compact label or one of frames abbreviates its items by their characters (三农 →
            // 农业…, 两高 → 高…): a list without them is none of its meanings.
            let needed = c.alike >= 1 ? Self.framelessParallelDocuments : Self.framelessDocuments
            let frameless = hasFrame && c.frame == 0 && (kind != .counted || c.stated < needed)
            return countOK && c.shape >= 0.75 && vouched && !frameless && !lone(c)
        }
        for k in scored.indices {
            scored[k].ranked.plausible = scored[k].countFit >= 0.5 && scored[k].shape >= 0.75 && (!hasFrame || scored[k].frame > 0)
        }
        if let k = scored.firstIndex(where: qualifies), k > 0 { scored.insert(scored.remove(at: k), at: 0) }
        hasConsensus = qualifies(scored[0])
        ranked = scored.map(\.ranked)
    }

    /// The items without a modifier the first one carries for all of them: when three or more
    /// items end alike (…自信, …势力) and all but the first are of one short length, the first
    /// is cut to that length (中国特色社会主义道路自信 / 理论自信 / 制度自信 / 文化自信 → 道路自信…;
    /// 在青川湾的民族分裂势力 / 宗教极端势力 / 暴力恐怖势力 → 民族分裂势力…). Nil when nothing is cut.
    /// 例：`undistributed(["松岭特色道路自信", "理论自信", "制度自信"])` → `["道路自信", "理论自信", "制度自信"]`.
    static func undistributed(_ items: [String]) -> [String]? {
        guard items.count >= 3 else { return nil }
        let units = items.map { Array($0.utf16) }
        let length = units[1].count
        guard (2...6).contains(length), units.dropFirst().allSatisfy({ $0.count == length }),
              units[0].count >= length + 3, units.allSatisfy({ $0.allSatisfy(CharacterClass.isHan) }) else { return nil }
        // The shared ending: at least two units, and less than the item (道路 differs from 理论).
        var shared = 0
        while shared < length, units.allSatisfy({ $0[$0.count - 1 - shared] == units[1][length - 1 - shared] }) { shared += 1 }
        guard shared >= 2, shared < length else { return nil }
        var out = items
        out[0] = SourceText.string(units[0].suffix(length)[...])
        return out
    }

    /// The order lists are considered in: by documents, occurrences, then key.
    static func stated(_ a: ExpansionSummary, _ b: ExpansionSummary) -> Bool {
        if a.documents != b.documents { return a.documents > b.documents }
        if a.occurrences != b.occurrences { return a.occurrences > b.occurrences }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }

    // MARK: Support

    /// How much two items agree: 1 when equal, the length ratio when one contains the other.
    static func similarity(_ a: [UInt16], _ b: [UInt16]) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty, short.count < long.count else { return 0 }
        var k = 0
        while k + short.count <= long.count {
            if long[k] == short[0], long[k..<(k + short.count)].elementsEqual(short) { return Double(short.count) / Double(long.count) }
            k += 1
        }
        return 0
    }

    /// How much two lists agree: items matched one to one (greedily, best pairs first),
    /// their agreement summed, over the length of the longer list.
    static func similarity(_ a: [[UInt16]], _ b: [[UInt16]]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var pairs: [(Double, Int, Int)] = []
        for (i, x) in a.enumerated() {
            for (j, y) in b.enumerated() {
                let s = similarity(x, y)
                if s > 0 { pairs.append((s, i, j)) }
            }
        }
        guard !pairs.isEmpty else { return 0 }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var total = 0.0
        for (s, i, j) in pairs where !usedA.contains(i) && !usedB.contains(j) {
            usedA.insert(i)
            usedB.insert(j)
            total += s
        }
        return total / Double(max(a.count, b.count))
    }

    // MARK: Fit

    /// Item counts a label's numbers allow: N for a count or a compact label (四风 → 4);
    /// the sum, the number of groups, or the shared number for frames and several parts
    /// (三严三实 → 6 or 2; 两学一做 → 3); the digits for a code (6543 → 4).
    static func expectedCounts(numbers: [Int], kind: SloganKind) -> Set<Int> {
        let values = numbers.filter { $0 > 0 }
        guard !values.isEmpty else { return [] }
        switch kind {
        case .counted, .compact:
            return [values[0]]
        case .digitCode:
            return [values.count, values.reduce(0) { $0 + min($1, 40) }]
        case .frame, .multiPart:
            var out: Set<Int> = [values.count, values.reduce(0) { $0 + min($1, 40) }]
            if Set(values).count == 1 { out.insert(values[0]) }
            return out
        }
    }

    /// Whether a counted label counts characters: its numeral followed by 字 (八字方针, 十六字方针).
    static func countsCharacters(_ label: String) -> Bool {
        let units = Array(label.utf16)
        guard let k = units.firstIndex(of: Self.zi), k > 0 else { return false }
        return ChineseNumeral.isNumeral(units[k - 1]) || CharacterClass.isDigit(units[k - 1])
    }

    static let zi: UInt16 = "字".utf16.first!

    static func countFit(_ n: Int, expected: Set<Int>) -> Double {
        guard !expected.isEmpty else { return 0.7 }
        if expected.contains(n) { return 1 }
        let off = expected.map { abs($0 - n) }.min()!
        return off == 1 ? 0.5 : 0.2
    }

    /// The label's own characters other than numerals and measure words: 意识 of 四个意识,
    /// 严 and 实 of 三严三实, 公经费 of 三公经费.
    static func frameCharacters(of label: String) -> Set<UInt16> {
        var out = Set<UInt16>()
        for u in SloganKeying.key(plain: label).utf16 where CharacterClass.isHan(u) && !ChineseNumeral.isNumeral(u)
            && u != CharacterClass.shuang && !SloganLexicon.countMeasures.contains([u][...]) {
            out.insert(u)
        }
        return out
    }

    /// How much the items carry the label's frame, 0–1: for a count the share of its
    /// characters in each item (意识 in 政治意识), averaged; for a compact label, a frame or a
    /// label of several parts the share of items holding one of them (严以修身 and 谋事要实 for
    /// 三严三实, 建好 for 四好农村路); for a digit code the share of items holding their digit, in
    /// order (六涉 and 五张清单 for 6543工程).
    static func frameFit(_ items: [[UInt16]], frame: Set<UInt16>, groups: [Set<UInt16>] = [], kind: SloganKind,
                         numbers: [Int]) -> Double {
        guard !items.isEmpty else { return 0 }
        if let aligned = alignedFrameFit(items, groups: groups, numbers: numbers) { return aligned }
        switch kind {
        case .digitCode:
            guard numbers.count == items.count else { return 0 }
            var hits = 0
            for (item, n) in zip(items, numbers) where (0...9).contains(n) {
                let digit = UInt16(0x30 + n), numeral = Self.numerals[n]
                if item.contains(digit) || item.contains(numeral) || (n == 2 && item.contains(Self.liang)) { hits += 1 }
            }
            return Double(hits) / Double(items.count)
        case .frame, .multiPart, .compact:
            guard !frame.isEmpty else { return 0 }
            return Double(items.filter { !frame.isDisjoint(with: $0) }.count) / Double(items.count)
        case .counted:
            guard !frame.isEmpty else { return 0 }
            var total = 0.0
            for item in items { total += Double(frame.intersection(item).count) / Double(frame.count) }
            return total / Double(items.count)
        }
    }

    /// The characters after each number of a label of repeated frames or several parts, when
    /// every number has some: 三严三实 → 严 / 实; 两不愁三保障 → 不愁 / 保障; 一带一路 → 带 / 路;
    /// none for 三证合一 (its 一 has none). Measure words are no frame (三个代表).
    static func frameGroups(of label: String, numbers: [Int], kind: SloganKind) -> [Set<UInt16>] {
        guard kind == .frame || kind == .multiPart else { return [] }
        var groups: [Set<UInt16>] = []
        var current: Set<UInt16>? = nil
        var afterNumber = false
        for u in SloganKeying.key(plain: label).utf16 {
            if ChineseNumeral.isNumeral(u) || u == CharacterClass.shuang || CharacterClass.isDigit(u) {
                if !afterNumber {
                    if let c = current { if c.isEmpty { return [] }; groups.append(c) }
                    current = []
                }
                afterNumber = true
                continue
            }
            afterNumber = false
            if CharacterClass.isHan(u), current != nil, !SloganLexicon.countMeasures.contains([u][...]) { current!.insert(u) }
        }
        guard let last = current, !last.isEmpty else { return [] }
        groups.append(last)
        return groups.count == numbers.count && groups.count >= 2 ? groups : []
    }

    /// For a label of frames, the share of items carrying the frame of their own group within
    /// their first or last four units, items taken in order (三严三实: three with 严, then three with 实; 一带一路: 带, then 路), or one
    /// item per group, or (groups of one count) one item per pair holding every group's frame;
    /// nil when the count allows none of these.
    /// 例：丝绸之路经济带 / 21世纪海上丝绸之路 → 1 for 一带一路; 铁路 / 公路和地铁 → 0.5.
    static func alignedFrameFit(_ items: [[UInt16]], groups: [Set<UInt16>], numbers: [Int]) -> Double? {
        guard !groups.isEmpty else { return nil }
        var sequence: [Int] = []
        for (g, n) in numbers.enumerated() where sequence.count <= 40 {
            sequence.append(contentsOf: repeatElement(g, count: max(1, min(n, 40))))
        }
        if items.count != sequence.count {
            // Groups of one count, one item per pair (三比三争 → 比项目、争速度 ×3): each item
            // carries every group's frame, not just one of them (不严不实的 / 切实解决为官不为 is
            // no pair of 三严三实).
            if items.count != groups.count, Set(numbers).count == 1, items.count == numbers[0] {
                let paired = items.filter { item in groups.allSatisfy { g in item.contains(where: g.contains) } }
                return Double(paired.count) / Double(items.count)
            }
            guard items.count == groups.count else { return nil }
            sequence = Array(groups.indices)
        }
        // The frame opens or closes the item (严以修身, 谋事要实, 到达后不听汇报), not somewhere in a
        // clause (愿成为丝绸之路经济带建设的重要伙伴).
        var hits = 0
        for (item, g) in zip(items, sequence)
        where item.prefix(4).contains(where: groups[g].contains) || item.suffix(4).contains(where: groups[g].contains) {
            hits += 1
        }
        return Double(hits) / Double(items.count)
    }

    /// 〇一二…九 by value, and 两.
    static let numerals: [UInt16] = Array("〇一二三四五六七八九".utf16)
    static let liang: UInt16 = "两".utf16.first!

    /// The share of items that open or end alike (…建设、…建设; 稳…、稳…): the best of two-
    /// and three-unit beginnings and endings shared by two or more items, and of one-unit ones
    /// shared by three quarters of the items (one character in common is often chance).
    /// With `shortest` 2, only beginnings and endings of two or three units count (…建设, not 大…).
    static func parallelism(_ items: [[UInt16]], shortest: Int = 1) -> Double {
        guard items.count >= 2 else { return 0 }
        var best = 0.0
        for length in shortest...3 {
            var ends: [ArraySlice<UInt16>: Int] = [:]
            var starts: [ArraySlice<UInt16>: Int] = [:]
            for item in items where item.count > length {
                ends[item.suffix(length), default: 0] += 1
                starts[item.prefix(length), default: 0] += 1
            }
            let shared = max(ends.values.max() ?? 0, starts.values.max() ?? 0)
            let share = Double(shared) / Double(items.count)
            if shared >= 2, length >= 2 || share >= 0.75 { best = max(best, share) }
        }
        return best
    }

    /// Whether `item` (a grouping key: no quotation marks, no 个 after a numeral) holds `label`.
    static func holds(_ plain: [UInt16], _ label: [UInt16]) -> Bool {
        guard plain.count >= label.count else { return false }
        var k = 0
        while k + label.count <= plain.count {
            if plain[k] == label[0], plain[k..<(k + label.count)].elementsEqual(label) { return true }
            k += 1
        }
        return false
    }

    /// Units that open a clause fragment rather than an item (在…, 以…, 对…, 和…), or a cue
    /// left in it (指的是…, 即…, 是…).
    static let fragmentOpeners: Set<UInt16> = Set("在以对从把将被为向和及与或等的了之并而且".utf16)
    /// Cue words that introduce a list, never an item (指的是…, 即…, 是…).
    static let cueOpeners: Set<UInt16> = Set("指即是".utf16)

    /// The share of items shaped like items: 1–32 units (past 20 a little suspect, and
    /// suspect when more than twice as long as the median item; a single unit among longer
    /// items is a word cut apart), not opening with a preposition, a conjunction or a cue,
    /// without digits (counts and amounts belong to sentences, not slogans), not holding the
    /// label itself (集中展示“一带一路”建设成果 is no item of 一带一路).
    static func shapeFit(_ items: [[UInt16]], label: [UInt16] = []) -> Double {
        guard !items.isEmpty else { return 0 }
        let median = items.map(\.count).sorted()[items.count / 2]
        var bad = 0.0
        for item in items {
            if label.count >= 2, item.count >= label.count, Self.holds(Array(SloganKeying.key(plain: SourceText.string(item[...])).utf16), label) {
                bad += 1
            } else if item.count == 1, median >= 3 {
                bad += 1   // 维护经济发展 / 社: a word cut apart
            } else if item.count > max(6, 2 * median) {
                bad += 0.5   // an item far longer than its fellows carries more than the item (中国特色社会主义道路自信)
            } else if item.isEmpty || item.count > 32 {
                bad += 1
            } else if item.count > 20 {
                bad += 0.25
            } else if cueOpeners.contains(item[0]) {
                bad += 1   // a cue left in the item (指的是…, 即…): the list was misread
            } else if fragmentOpeners.contains(item[0]) {
                bad += 0.5
            } else if item.contains(where: CharacterClass.isDigit) {
                bad += 0.5
            }
        }
        return max(0, 1 - bad / Double(items.count))
    }
}

extension ExpansionConsensus {
    /// The consensus of a glossary entry: its expansions ranked, a known label's items (a
    /// lexicon's) as prior support; where no list of the corpus is a consensus, the known
    /// items come first as the consensus, direction `lexicon`, stated by no document.
    /// 例：for 两学一做 stated by no document of a corpus, 学党章党规 / 学系列讲话 / 做合格党员 from the lexicon.
    init(entry s: SloganSummary, label: String, kind: SloganKind, known: KnownLabel?) {
        let lexiconItems = known?.source == .lexicon ? known?.items : nil
        self.init(label: label, numbers: s.numbers, kind: kind, expansions: s.expansions.values, prior: lexiconItems,
                  documents: s.documents)
        if !hasConsensus, let items = lexiconItems {
            let key = items.joined(separator: "\u{1F}")
            let lent = ExpansionSummary(key: key, items: items, direction: .lexicon, documents: 0, occurrences: 0,
                                        example: Citation(path: "", start: 0, text: ""))
            if let stated = ranked.firstIndex(where: { $0.expansion.key == key }) {
                ranked.insert(ranked.remove(at: stated), at: 0)
            } else {
                ranked.insert(Ranked(expansion: lent, support: 0, fit: 1), at: 0)
            }
            hasConsensus = true
        }
    }
}
