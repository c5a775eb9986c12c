import Foundation

/// How a document gets its date: from a user pattern, from its path, or from its first lines.
///
/// In that order: `pattern` (``init(pattern:)``) on the path and then on the first lines; a date
/// in the file name (``DocumentDate/init(fileNameOf:)``); a folder named by a date (`2015/`,
/// `2015-03/`, `2015年/`), the deepest first; a full date in the first lines of the text
/// (`2017年1月14日`, `2015-03-02`, `二〇一七年一月十四日`, or a month on a line of its own).
/// 例：`DocumentDating().date(path: "xwlb/2015/会议.txt", text: nil)` → 2015;
/// `date(path: "报告.txt", text: "——2017年1月14日在…")` → 2017-01-14.
public struct DocumentDating: Sendable {
    /// The user's pattern, as given. 例：`#"(?<year>\d{4})_(?<month>\d\d)"#`.
    public let pattern: String?
    private let regex: RegexBox?
    /// How many code points at the start of a text are searched for a date.
    /// 例：the 200 characters that hold a report's title, its `——2017年1月14日在…` line and its speaker.
    public static let headLength = 200

    /// Dating by path and first lines only. 例：`DocumentDating()`.
    public init() {
        pattern = nil
        regex = nil
    }

    /// Dating that tries `pattern` first. The pattern's named groups `year`, `month`, `day`
    /// (or, without names, its first three groups) give the date; a match without a valid
    /// year is no date.
    /// 例：`try DocumentDating(pattern: #"第(?<year>\d{4})期"#)` dates `简报/第2019期.txt` 2019.
    /// - Throws: ``KouhaoError/invalidDatePattern(pattern:reason:)`` when it does not compile or has no group.
    public init(pattern: String) throws {
        let compiled: Regex<AnyRegexOutput>
        do { compiled = try Regex(pattern) } catch {
            throw KouhaoError.invalidDatePattern(pattern: pattern, reason: "\(error)")
        }
        guard pattern.contains("(") else {
            throw KouhaoError.invalidDatePattern(pattern: pattern, reason: "it has no group: mark the year with (?<year>…) or (…)")
        }
        self.pattern = pattern
        self.regex = RegexBox(compiled)
    }

    /// The date of the document at `path` whose text starts with `text` (only its first
    /// ``headLength`` code points are read), or nil.
    /// 例：`date(path: "北京市/2017.txt", text: nil)` → 2017.
    /// - Complexity: O(length of the path + ``headLength``).
    public func date(path: String, text: String?) -> DocumentDate? {
        let head = text.map { String($0.unicodeScalars.prefix(Self.headLength)) }
        if let regex {
            if let date = Self.match(regex, in: path) { return date }
            if let head, let date = Self.match(regex, in: head) { return date }
        }
        if let date = DocumentDate(fileNameOf: path) { return date }
        if let date = DocumentDate(folderOf: path) { return date }
        if let head { return DocumentDate(headOf: head) }
        return nil
    }

    private static func match(_ regex: RegexBox, in text: String) -> DocumentDate? {
        guard let match = regex.firstMatch(in: text) else { return nil }
        let output = match.output
        func group(_ name: String, _ index: Int) -> Int? {
            if let named = output[name]?.substring { return Int(named) }
            if output.contains(where: { $0.name != nil }) { return nil }
            guard index < output.count, let s = output[index].substring else { return nil }
            return Int(s)
        }
        guard let year = group("year", 1) else { return nil }
        let month = group("month", 2)
        let day = month == nil ? nil : group("day", 3)
        if let date = DocumentDate(validating: year, month, day) { return date }
        if let month, let date = DocumentDate(validating: year, month, nil) { _ = month; return date }
        return DocumentDate(validating: year, nil, nil)
    }
}

/// A compiled pattern shared by the reading threads; matches are serialized, as `Regex` is
/// not `Sendable` (a match reads only a path and a document's first lines, so this costs little).
private final class RegexBox: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>
    private let lock = NSLock()

    init(_ regex: Regex<AnyRegexOutput>) { self.regex = regex }

    func firstMatch(in text: String) -> Regex<AnyRegexOutput>.Match? {
        lock.lock()
        defer { lock.unlock() }
        return try? regex.firstMatch(in: text)
    }
}
