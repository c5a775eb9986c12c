/// A date found in a document's file name: a day, a month or a year.
///
/// Corpora are often named by date — 新闻联播 transcripts `2015/20150302.txt`, city reports
/// `北京市/2017.txt`, national reports `1954政府工作报告_周恩来.txt` — and then "first seen" and
/// "last seen" mean dates, not path order. 例：`DocumentDate(fileNameOf: "xwlb/2015/20150302.txt")`
/// → 2015-03-02; `DocumentDate(fileNameOf: "北京市/2017.txt")` → 2017.
public struct DocumentDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1900–2099. 例：2022 for `材料/2022/20220601.txt`.
    public var year: Int
    /// The month (1–12), when the name has one.
    /// 例：6 for `20220601.txt`; nil for `2022年工作要点.txt`.
    public var month: Int?
    /// The day of the month (1–31), when the name has one.
    /// 例：1 for `20220601.txt`; nil for `2023年3月工作要点.txt`.
    public var day: Int?

    /// A date. 例：`DocumentDate(year: 2015, month: 3, day: 2)`.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first date in the last component of `path`, or nil.
    ///
    /// Recognized, leftmost first: `20150302` (eight digits forming a valid date),
    /// `2015-03-02`, `2015_3_2`, `2015.03.02`, `2015年3月2日`, a month alone (`2015-03`,
    /// `2015年3月`), and a year alone (four digits 1900–2099 not part of a longer number).
    /// Directory names are not read: `2016/会议纪要.txt` has no date.
    /// 例：`DocumentDate(fileNameOf: "1954政府工作报告_周恩来.txt")` → 1954; `"6543工程.txt"` → nil.
    /// - Complexity: O(n) in the length of the file name.
    public init?(fileNameOf path: String) {
        let name = Array(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        var i = 0
        while i < name.count {
            guard name[i].isASCIIDigit, i == 0 || !name[i - 1].isASCIIDigit else { i += 1; continue }
            var end = i
            while end < name.count, name[end].isASCIIDigit { end += 1 }
            if let date = Self.date(in: name, digitsFrom: i, to: end) {
                self = date
                return
            }
            i = end
        }
        return nil
    }

    /// Reads the ISO form that ``description`` writes. 例：`DocumentDate(iso: "2015-03")`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), !parts.contains(nil), let year = parts[0] else { return nil }
        let date = DocumentDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        guard date.isValid else { return nil }
        self = date
    }

    /// `2015-03-02`, `2015-03` or `2015`.
    /// 例：`DocumentDate(fileNameOf: "2023年3月工作要点.txt")?.description` → `2023-03`.
    public var description: String {
        var s = String(year)
        if let month { s += "-" + Self.twoDigits(month) }
        if let day { s += "-" + Self.twoDigits(day) }
        return s
    }

    /// Earlier first; a year alone comes before the days of that year. 例：2015 < 2015-01-01.
    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    private var isValid: Bool {
        guard (1900...2099).contains(year) else { return false }
        guard let month else { return day == nil }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...days[month - 1]).contains(day)
    }

    /// The date starting at the digit run `start..<end` of `name`, if it forms one.
    private static func date(in name: [Character], digitsFrom start: Int, to end: Int) -> DocumentDate? {
        func number(_ range: Range<Int>) -> Int { Int(String(name[range]))! }
        if end - start == 8 {
            let date = DocumentDate(year: number(start..<start + 4), month: number(start + 4..<start + 6), day: number(start + 6..<end))
            return date.isValid ? date : nil
        }
        guard end - start == 4 else { return nil }
        let year = DocumentDate(year: number(start..<end))
        guard year.isValid else { return nil }
        // A separated month and day: 2015-03-02, 2015_3_2, 2015.03.02, 2015年3月2日.
        func field(after position: Int, separators: Set<Character>) -> (value: Int, end: Int)? {
            guard position < name.count, separators.contains(name[position]) else { return nil }
            var e = position + 1
            while e < name.count, name[e].isASCIIDigit, e - position <= 2 { e += 1 }
            guard (1...2).contains(e - position - 1), e == name.count || !name[e].isASCIIDigit else { return nil }
            return (number(position + 1..<e), e)
        }
        guard let separator = end < name.count ? name[end] : nil, "-_.年".contains(separator),
              let month = field(after: end, separators: [separator]) else { return year }
        let daySeparators: Set<Character> = separator == "年" ? ["月"] : [separator]
        if let day = field(after: month.end, separators: daySeparators) {
            let date = DocumentDate(year: year.year, month: month.value, day: day.value)
            if date.isValid { return date }
        }
        let monthDate = DocumentDate(year: year.year, month: month.value)
        return monthDate.isValid ? monthDate : year
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

private extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
