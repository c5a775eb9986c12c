import Foundation

/// A problem that stops kouhao from processing an input at all.
///
/// Each case carries what the user needs to fix it, and `description` says what to do.
/// 例：`KouhaoError.unknownEncoding("GB2313")` →
/// `unknown encoding "GB2313": use an ICU converter name such as UTF-8, GB18030, GBK, Big5, UTF-16LE`.
public enum KouhaoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--encoding` named a charset ICU does not know.
    /// 例：`--encoding GB2313` (for GB2312) gives `.unknownEncoding("GB2313")`.
    case unknownEncoding(String)
    /// A file or directory does not exist.
    /// 例：`try CorpusReader().read("材料/缺失.txt")` throws `.notFound(path: "材料/缺失.txt")`.
    case notFound(path: String)
    /// A file exists but could not be read (permissions, I/O error); `reason` says what to do
    /// when there is something to do (``systemReason(_:)``).
    /// 例：`try CorpusReader().read("材料")` on a directory throws
    /// `.unreadable(path: "材料", reason: "is a directory")`.
    case unreadable(path: String, reason: String)
    /// An input is larger than kouhao processes in one piece: `bytes` is its size, or nil when
    /// the source has none (a pipe, a device) and reading stopped at the limit.
    /// 例：`try CorpusReader().read("全年汇编.txt", maxBytes: 1000)` on a 4,812-byte file throws
    /// `.tooLarge(path: "全年汇编.txt", bytes: 4812, limit: 1000)`; `/dev/zero` gives `bytes` nil.
    case tooLarge(path: String, bytes: Int?, limit: Int)
    /// ICU could not be initialised (its data is missing or broken).
    /// 例：`.icuUnavailable("cannot open the word break iterator")` from ``Tokenizer/init()``.
    case icuUnavailable(String)
    /// A file that kouhao itself wrote earlier (a glossary JSON, a stop-word list) is malformed.
    /// 例：`kouhao merge slogans.jsonl` gives `.malformedInput(path: "slogans.jsonl",
    /// reason: "not a kouhao glossary (schema \"\"): …")`.
    case malformedInput(path: String, reason: String)
    /// Output could not be written; `reason` says why and what to do.
    /// 例：`kouhao glossary -o 无此目录/词表.md 材料/` when the directory `无此目录` does not exist gives
    /// `reason` "cannot create a temporary file beside it: No such file or directory: check that the directory exists".
    case cannotWrite(path: String, reason: String)
    /// Two glossary shards summarize some of the same documents, which would count them twice.
    /// 例：`kouhao merge 上半年.json 全年.json` where both summarize `材料/0315通知.txt` gives
    /// `.overlappingShards(path: "全年.json", documents: ["材料/0315通知.txt"])`.
    case overlappingShards(path: String, documents: [String])
    /// A `--date-pattern` that does not compile or has no group to read a year from.
    /// 例：`--date-pattern '\d{4}'` gives `.invalidDatePattern(pattern: "\\d{4}", reason: "it has no group: …")`.
    case invalidDatePattern(pattern: String, reason: String)

    /// The system's reason for a failed call, with advice when the user can act on it.
    /// 例：`KouhaoError.systemReason(EACCES)` → `Permission denied: check its permissions`;
    /// `systemReason(EIO)` → `Input/output error`.
    public static func systemReason(_ code: Int32) -> String {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM: return reason + ": check its permissions"
        case ENAMETOOLONG: return reason + ": shorten the path"
        default: return reason
        }
    }

    /// What went wrong and what to do about it, for stderr.
    /// 例：`KouhaoError.notFound(path: "材料/缺失.txt").description` →
    /// `材料/缺失.txt: no such file or directory: check the path (directories are read recursively)`.
    public var description: String {
        switch self {
        case .unknownEncoding(let name):
            return "unknown encoding \"\(name)\": use an ICU converter name such as UTF-8, GB18030, GBK, Big5, UTF-16LE, UTF-16BE (see `uconv -l`)"
        case .notFound(let path):
            return "\(path): no such file or directory: check the path (directories are read recursively)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .tooLarge(let path, let bytes?, let limit):
            return "\(path): \(bytes) bytes is more than the \(limit)-byte limit for one document: split it into smaller files"
        case .tooLarge(let path, nil, let limit):
            return "\(path): more than the \(limit)-byte limit for one document; reading stopped there (an endless source such as /dev/zero?): split the input into smaller parts"
        case .icuUnavailable(let what):
            return "ICU is unavailable (\(what)): install the system ICU with `apt-get install -y libicu-dev`"
        case .malformedInput(let path, let reason):
            return "\(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .overlappingShards(let path, let documents):
            let more = documents.count > 1 ? " and \(documents.count - 1) more" : ""
            return "\(path): summarizes \(documents.first ?? "?")\(more), already in an earlier shard: shards must cover disjoint sets of documents (split the corpus by directory or with --include/--exclude)"
        case .invalidDatePattern(let pattern, let reason):
            return "--date-pattern \"\(pattern)\": \(reason): give a regular expression whose named groups year, month, day (or first three groups) hold the date, e.g. '(?<year>\\d{4})(?<month>\\d\\d)'"
        }
    }
}
