import Foundation

/// Words that are never keywords and never part of one: a stop word ends a candidate term
/// as punctuation does.
///
/// The built-in list (``default``, `Resources/stopwords.txt`) holds Chinese function words
/// and the discourse verbs of reports, news and abstracts (进行, 提出, 表明 …); words that
/// often belong to real terms (发展, 管理, 问题) are left to the IDF. A user's own list
/// replaces it (`kouhao keywords --stopwords FILE`). Words are matched against whole
/// tokens after normalization, ASCII letters case-folded; a listed word that ICU splits into
/// several tokens (开发区 = 开发|区) is never a keyword either, but does not cut runs.
/// 例：with the default list, `通过招商引资推进开发区建设` has the candidate runs
/// 招商引资 | 推进开发区建设 (通过 is a stop word).
public struct StopWords: Sendable {
    private var table: TermTable<UInt8>

    /// The built-in list, read once from the package resource `stopwords.txt`.
    /// 例：`StopWords.default.contains("进行")` → true.
    public static let `default`: StopWords = {
        let data = BuiltInResources.contents(of: "stopwords.txt")
        return StopWords(parsing: String(decoding: data, as: UTF8.self))
    }()

    /// No stop words at all. 例：`KeywordConfiguration(stopWords: .none)` keeps 的 as a term.
    public static let none = StopWords([String]())

    /// A list of words. 例：`StopWords(["的", "了", "进行"])`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        table = TermTable(capacity: 64)
        for w in words where !w.isEmpty { table.insert(w, value: 0) }
    }

    /// A list in the stop-word file format: one word per line (or several separated by
    /// white space), `#` starts a comment. 例：`StopWords(parsing: "的\n了 # particles\n")`.
    public init(parsing text: String) {
        self.init(Self.words(in: text))
    }

    /// Reads a stop-word file (UTF-8, the format of ``init(parsing:)``).
    /// 例：`try StopWords(contentsOf: "我的停用词.txt")`.
    /// - Throws: ``KouhaoError/notFound(path:)``, ``KouhaoError/unreadable(path:reason:)``, ``KouhaoError/tooLarge(path:bytes:limit:)``, or
    ///   ``KouhaoError/malformedInput(path:reason:)`` when the file is not UTF-8.
    public init(contentsOf path: String) throws {
        let data = try CorpusReader().read(path)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw KouhaoError.malformedInput(path: path, reason: "a stop-word list must be UTF-8 text, one word per line")
        }
        self.init(parsing: text)
    }

    /// The words of a stop-word file's text. 例：`StopWords.words(in: "的 了\n# x\n进行")` → `["的", "了", "进行"]`.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            words += content.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return words
    }

    /// Number of words. 例：`StopWords(["的", "了"]).count` → 2.
    public var count: Int { table.count }

    /// Whether `word` is a stop word (ASCII case-insensitive). 例：`StopWords.default.contains("进行")` → true.
    public func contains(_ word: String) -> Bool { table.index(of: word) != nil }

    /// Whether the units are a stop word.
    @inline(__always)
    func contains(_ units: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Bool {
        table.index(of: units, hash: hash) != nil
    }
}
