import Testing
@testable import KouhaoKit

/// Expansions: which list a label takes and where its items begin and end, on sentences
/// written for these tests.
@Suite struct ExpansionResolverTests {
    /// Item boundaries follow the shape of the other items: what opens only the first item (a
    /// subject, adverbs, the verb that takes the list, a circumstance) goes, and so does a
    /// predicate after the last item of a list before its label.
    @Test(arguments: [
        ("按照研发、孵化、中试、规模生产“四步走”方式推进成果转化。", "四步走", ["研发", "孵化", "中试", "规模生产"]),
        ("我们牢牢守住发展和生态两条底线。", "两条底线", ["发展", "生态"]),
        ("推行“双随机、一公开”，即在监管过程中随机抽取检查对象、随机选派执法检查人员、抽查结果及时公开。", "双随机一公开",
         ["随机抽取检查对象", "随机选派执法检查人员", "抽查结果及时公开"]),
        ("全县农村危房存量和饮水不安全户数实现“双清零”。", "双清零", ["农村危房存量", "饮水不安全户数"]),
        ("青松岭、白石崖、红叶谷并称为松岭县“三绝”。", "三绝", ["青松岭", "白石崖", "红叶谷"]),
    ])
    func itemBoundaries(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// 和/与/及 splits a pair only where it is a word of its own (not the 与 of 参与), and a
    /// verb that carries the label's frame stays with a pair's first item (减少化肥 for 两减).
    @Test(arguments: [
        ("建设“两个环境”，即公平竞争的市场环境和全民参与的创建环境。", "两个环境", ["公平竞争的市场环境", "全民参与的创建环境"]),
        ("落实“两减”，即减少化肥和农药使用量，实施化肥、农药零增长行动。", "两减", ["减少化肥", "农药使用量"]),
    ])
    func conjunctions(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Coded glosses: one item per code part, the code and its cue stripped, a run of titles
    /// one item per title; the parts' own quotations are item markers, not other definitions.
    @Test(arguments: [
        ("“1+3”政策：“1”指的是《松岭县关于加快乡村振兴的意见》，“3”指的是《产业扶持办法》《人才引进办法》《土地保障办法》。", "1+3政策",
         ["松岭县关于加快乡村振兴的意见", "产业扶持办法", "人才引进办法", "土地保障办法"]),
        ("“2136”工程：“2”指两个园区，“1”指一条廊道，“3”指三个基地，“6”指六个小镇。", "2136工程", ["两个园区", "一条廊道", "三个基地", "六个小镇"]),
    ])
    func codedGlosses(text: String, key: String, items: [String]) throws {
        let m = try #require(slogans(text).first(key), "\(key) not found in \(text)")
        #expect(m.expansion?.itemTexts == items)
    }

    /// Zipped pairs: two labels sharing one colon each take their halves of the pairs.
    @Test func zippedPairs() throws {
        let text = "园区坚持“两个并重”“两个突破”：坚持引进与培育并重，突破关键技术；坚持建设与管理并重，突破体制障碍。"
        let found = slogans(text)
        #expect(found.first("两个并重")?.expansion?.itemTexts == ["坚持引进与培育并重", "坚持建设与管理并重"])
        #expect(found.first("两个突破")?.expansion?.itemTexts == ["突破关键技术", "突破体制障碍"])
    }
}
