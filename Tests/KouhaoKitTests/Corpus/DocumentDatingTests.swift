import Testing
@testable import KouhaoKit

@Suite struct DocumentDatingTests {
    /// Path first (file name, then the deepest folder named by a date), then the first lines.
    @Test(arguments: [
        ("xwlb/2015/20150302.txt", nil, "2015-03-02"),
        ("青川湾县/2017.txt", "——2016年12月30日在县人大会议上", "2017"),          // the file name wins
        ("简报/2016/会议纪要.txt", nil, "2016"),                                   // a /YYYY/ folder
        ("简报/2016-07/会议纪要.txt", nil, "2016-07"),
        ("简报/201607/会议纪要.txt", nil, "2016-07"),
        ("简报/2016年/会议纪要.txt", nil, "2016"),
        ("2015/07/纪要.txt", nil, "2015"),                                         // 07 alone is no date
        ("松岭2017规划/纪要.txt", nil, nil),                                        // a folder with more than a date
        ("报告.txt", "政府工作报告\n——2017年1月14日在松岭县第五次会议上", "2017-01-14"),
        ("报告.txt", "松岭县人民政府\n二〇一七年一月十四日", "2017-01-14"),
        ("报告.txt", "二〇一六年十二月三十一日印发", "2016-12-31"),
        ("报告.txt", "发布时间：2016-02-03 10:00", "2016-02-03"),
        ("报告.txt", "发布时间：2016/2/3", "2016-02-03"),
        ("报告.txt", "松岭县简报\n（2016年2月）\n", "2016-02"),                 // a month on a line of its own
        ("报告.txt", "决定自2022年4月至12月在全县开展活动。", nil),                // a month inside a sentence
        ("报告.txt", "自2022年4月起，\n2022年5月6日印发", "2022-05-06"),          // a day beats an earlier month
        ("报告.txt", "2017年政府工作报告", nil),                                    // a year alone is not read
        ("报告.txt", "第120160203号文件", nil),                                     // digits inside a longer number
        ("报告.txt", "2016年13月", nil),
        ("报告.txt", nil, nil),
    ] as [(String, String?, String?)])
    func builtInRules(path: String, head: String?, expected: String?) {
        #expect(DocumentDating().date(path: path, text: head)?.description == expected)
    }

    @Test func onlyTheFirstLinesAreRead() {
        let late = String(repeating: "松岭县", count: 100) + "2016年2月3日"
        #expect(DocumentDating().date(path: "a.txt", text: late) == nil)
    }

    @Test(arguments: [
        (#"第(?<year>\d{4})期"#, "简报/第2019期.txt", nil, "2019"),
        (#"(?<year>\d{4})(?<month>\d\d)"#, "松岭/201903/t123.txt", nil, "2019-03"),
        (#"(\d{4})_(\d\d)_(\d\d)"#, "x/2016_02_30.txt", nil, "2016-02"),          // no 30 February: the month stays
        (#"(?<month>\d\d)/(?<year>\d{4})"#, "a.txt", "印发：03/2018", "2018-03"),  // tried on the first lines too
        (#"第(?<year>\d{4})期"#, "简报/20150302.txt", nil, "2015-03-02"),          // no match: the built-in rules
    ] as [(String, String, String?, String?)])
    func userPatterns(pattern: String, path: String, head: String?, expected: String?) throws {
        #expect(try DocumentDating(pattern: pattern).date(path: path, text: head)?.description == expected)
    }

    @Test(arguments: [#"\d{4}"#, #"(\d{4"#])
    func badPatternsAreRefused(pattern: String) {
        #expect(throws: KouhaoError.self) { try DocumentDating(pattern: pattern) }
    }
}
