/// A problem that stops kouhao from processing an input at all.
///
/// Each case carries what the user needs to fix it, and `description` says what to do.
/// 例：`KouhaoError.unknownEncoding("GB2313")` →
/// `unknown encoding "GB2313": use an ICU converter name such as UTF-8, GB18030, GBK, Big5, UTF-16LE`.
public enum KouhaoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--encoding` named a charset ICU does not know.
    case unknownEncoding(String)
    /// A file or directory does not exist.
    case notFound(path: String)
    /// A file exists but could not be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// A file is larger than kouhao processes in one piece.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// ICU could not be initialised (its data is missing or broken).
    case icuUnavailable(String)
    /// A file that kouhao itself wrote earlier (a glossary JSON, a stop-word list) is malformed.
    case malformedInput(path: String, reason: String)
    /// Output could not be written.
    case cannotWrite(path: String, reason: String)
    /// Two glossary shards summarize some of the same documents, which would count them twice.
    case overlappingShards(path: String, documents: [String])

    public var description: String {
        switch self {
        case .unknownEncoding(let name):
            return "unknown encoding \"\(name)\": use an ICU converter name such as UTF-8, GB18030, GBK, Big5, UTF-16LE, UTF-16BE (see `uconv -l`)"
        case .notFound(let path):
            return "\(path): no such file or directory: check the path (directories are read recursively)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason): check its permissions"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is more than the \(limit)-byte limit for one document: split it into smaller files"
        case .icuUnavailable(let what):
            return "ICU is unavailable (\(what)): install the system ICU with `apt-get install -y libicu-dev`"
        case .malformedInput(let path, let reason):
            return "\(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason): check that the directory exists and is writable"
        case .overlappingShards(let path, let documents):
            let more = documents.count > 1 ? " and \(documents.count - 1) more" : ""
            return "\(path): summarizes \(documents.first ?? "?")\(more), already in an earlier shard: shards must cover disjoint sets of documents (split the corpus by directory or with --include/--exclude)"
        }
    }
}
