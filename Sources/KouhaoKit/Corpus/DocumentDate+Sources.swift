/// Dates read from a document's folders and from its first lines (``DocumentDating`` decides
/// which source wins).
extension DocumentDate {
    /// A date from its parts when they form a valid one (year 1900–2099).
    /// 例：`DocumentDate(validating: 2016, 2, nil)` → 2016-02; `(2016, 13, nil)` → nil.
    public init?(validating year: Int, _ month: Int?, _ day: Int?) {
        var iso = String(year)
        if let month { iso += "-\(month)" }
        if let month, let day { _ = month; iso += "-\(day)" }
        guard day == nil || month != nil, let date = DocumentDate(iso: iso) else { return nil }
        self = date
    }

    /// The date of the deepest folder of `path` named by a date alone: `2015/`, `2015-03/`,
    /// `201503/`, `2015年/`, `2015年3月/`. Folders whose name holds anything else are not read.
    /// 例：`DocumentDate(folderOf: "xwlb/2015/会议纪要.txt")` → 2015; `"北京2017规划/a.txt"` → nil.
    /// - Complexity: O(length of the path).
    public init?(folderOf path: String) {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        for component in components.reversed() {
            guard component.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "-_.年月日".unicodeScalars.contains($0) }),
                  let first = component.unicodeScalars.first, ("0"..."9").contains(first) else { continue }
            let digits = component.unicodeScalars.filter { ("0"..."9").contains($0) }
            if digits.count == 6, component.unicodeScalars.count == 6,
               let date = DocumentDate(validating: Int(String(component.prefix(4)))!, Int(String(component.suffix(2)))!, nil) {
                self = date
                return
            }
            if let date = DocumentDate(fileNameOf: String(component)) {
                self = date
                return
            }
        }
        return nil
    }

    /// The first full date in `head` — `2017年1月14日`, `2015-03-02`, `2015/3/2`, `2015.03.02`,
    /// `二〇一七年一月十四日` — or else a month standing on a line of its own (`2016年2月`,
    /// `（2016年2月）`). A month inside a sentence (决定自2022年4月至12月开展…) names a plan's time
    /// as often as the date of writing, and a year alone (2017年政府工作报告) as well: neither is read.
    /// 例：`DocumentDate(headOf: "政府工作报告\n——2017年1月14日在北京市…")` → 2017-01-14.
    /// - Complexity: O(length of `head`).
    public init?(headOf head: String) {
        let s = Array(head.unicodeScalars)
        var month: DocumentDate?
        var i = 0
        while i < s.count {
            if let (date, end) = Self.fullDate(in: s, at: i) {
                if date.day != nil {
                    self = date
                    return
                }
                if month == nil, Self.standsAlone(s, from: i, to: end) { month = date }
                i = end
            } else {
                i += 1
            }
        }
        guard let month else { return nil }
        self = month
    }

    /// Whether `s[from..<to]` is all its line holds, but for white space and a few brackets or dashes.
    private static func standsAlone(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        let frame = " \t\u{3000}（）()——-—–【】[]：:".unicodeScalars
        var a = from - 1
        while a >= 0, s[a] != "\n" { if !frame.contains(s[a]) { return false }; a -= 1 }
        var b = to
        while b < s.count, s[b] != "\n", s[b] != "\r" { if !frame.contains(s[b]) { return false }; b += 1 }
        return true
    }

    /// A date starting at `i`: four year digits (Arabic or Chinese), not after another digit.
    private static func fullDate(in s: [Unicode.Scalar], at i: Int) -> (DocumentDate, Int)? {
        guard i + 4 < s.count else { return nil }
        if i > 0, digit(s[i - 1]) != nil { return nil }
        var year = 0
        var chinese = false
        for k in i..<i + 4 {
            guard let d = digit(s[k]) else { return nil }
            if d.chinese { chinese = true }
            year = year * 10 + d.value
        }
        var j = i + 4
        // Arabic year, then a separator, month, the same separator, day: 2015-03-02, 2015/3/2, 2015.03.02.
        if !chinese, "-/.".unicodeScalars.contains(s[j]) {
            let separator = s[j]
            guard let (month, afterMonth) = arabic(s, from: j + 1), afterMonth < s.count, s[afterMonth] == separator,
                  let (day, afterDay) = arabic(s, from: afterMonth + 1),
                  afterDay >= s.count || digit(s[afterDay]) == nil,
                  let date = DocumentDate(validating: year, month, day) else { return nil }
            return (date, afterDay)
        }
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "年" else { return nil }
        j += 1
        while j < s.count, s[j] == " " { j += 1 }
        guard let (month, afterMonth) = chinese ? chineseNumber(s, from: j) : arabic(s, from: j),
              afterMonth < s.count, s[afterMonth] == "月" else { return nil }
        j = afterMonth + 1
        while j < s.count, s[j] == " " { j += 1 }
        if let (day, afterDay) = chinese ? chineseNumber(s, from: j) : arabic(s, from: j),
           afterDay < s.count, s[afterDay] == "日" || s[afterDay] == "号",
           let date = DocumentDate(validating: year, month, day) {
            return (date, afterDay + 1)
        }
        guard let date = DocumentDate(validating: year, month, nil) else { return nil }
        return (date, j)
    }

    /// One or two Arabic digits.
    private static func arabic(_ s: [Unicode.Scalar], from i: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < s.count, j - i < 2, ("0"..."9").contains(s[j]) {
            value = value * 10 + Int(s[j].value - 0x30)
            j += 1
        }
        guard j > i, j >= s.count || !("0"..."9").contains(s[j]) else { return nil }
        return (value, j)
    }

    /// A Chinese number 1–31: 一, 十, 十二, 二十, 三十一.
    private static func chineseNumber(_ s: [Unicode.Scalar], from i: Int) -> (Int, Int)? {
        var j = i
        var tens = 0, units = 0, sawTen = false
        while j < s.count, j - i < 3 {
            if s[j] == "十" {
                guard !sawTen else { return nil }
                sawTen = true
                tens = units == 0 ? 1 : units
                units = 0
            } else if let d = digit(s[j]), d.chinese, d.value > 0 {
                units = d.value
            } else { break }
            j += 1
        }
        guard j > i else { return nil }
        return (tens * 10 + units, j)
    }

    private static func digit(_ c: Unicode.Scalar) -> (value: Int, chinese: Bool)? {
        if ("0"..."9").contains(c) { return (Int(c.value - 0x30), false) }
        switch c {
        case "〇", "○", "零": return (0, true)
        case "一": return (1, true)
        case "二": return (2, true)
        case "三": return (3, true)
        case "四": return (4, true)
        case "五": return (5, true)
        case "六": return (6, true)
        case "七": return (7, true)
        case "八": return (8, true)
        case "九": return (9, true)
        default: return nil
        }
    }
}
