import Testing
@testable import KouhaoKit

@Suite struct DocumentDateTests {
    @Test(arguments: [
        ("xwlb/2015/20150302.txt", "2015-03-02"),
        ("北京市/2017.txt", "2017"),
        ("1954政府工作报告_周恩来.txt", "1954"),
        ("会议纪要-2016-07-01.txt", "2016-07-01"),
        ("2016_7_1通知.txt", "2016-07-01"),
        ("报告2019.05.txt", "2019-05"),
        ("2020年3月5日讲话.txt", "2020-03-05"),
        ("2020年3月讲话.txt", "2020-03"),
        ("20150230-2015.txt", "2015"),      // no 30 February: the next date wins
        ("2016/会议纪要.txt", nil),          // directories are not read
        ("6543工程.txt", nil),
        ("12345热线.txt", nil),
        ("01-devzone-lanxi.txt", nil),
        ("06-xwlb-20230315.txt", "2023-03-15"),
    ] as [(String, String?)])
    func datesInFileNames(path: String, expected: String?) {
        #expect(DocumentDate(fileNameOf: path)?.description == expected)
    }

    @Test func ordering() {
        let year = DocumentDate(year: 2015), march = DocumentDate(year: 2015, month: 3), day = DocumentDate(year: 2015, month: 3, day: 2)
        #expect(year < march && march < day && day < DocumentDate(year: 2016))
    }

    @Test(arguments: ["2015-03-02", "2015-03", "2015"])
    func isoRoundTrip(iso: String) {
        #expect(DocumentDate(iso: iso)?.description == iso)
    }

    @Test(arguments: ["2015-13", "2015-02-30", "15", "2015-3-x", ""])
    func invalidISO(iso: String) {
        #expect(DocumentDate(iso: iso) == nil)
    }
}
