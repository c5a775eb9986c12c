/// Where the HTML glossary's citations point: a relative link to the source document when
/// the page lies in the corpus or beside it (the document is below the page's folder), else
/// nothing — the page then shows the path and the character offset as text.
///
/// Pure path arithmetic on absolute folder names that the caller supplies.
/// 例：with the page in `/home/研究/` and the working folder `/home/研究`, the document
/// `xwlb/2015/20150302.txt` gets `xwlb/2015/20150302.txt`; with the page in `/tmp`, it gets none.
public struct SourceLinks: Hashable, Sendable {
    /// The folder the page is written to, absolute and normalized, or nil (no links).
    /// 例：`/home/研究`.
    public let pageDirectory: String?
    /// The folder document paths are relative to, absolute. 例：`/home/研究`.
    public let workingDirectory: String

    /// No links: every citation shows its path and offset as text. 例：`SourceLinks.none`.
    public static let none = SourceLinks(pageDirectory: nil, workingDirectory: "/")

    /// Links for a page written to `pageDirectory`, with document paths relative to `workingDirectory`.
    /// 例：`SourceLinks(pageDirectory: "/home/研究", workingDirectory: "/home/研究")`.
    public init(pageDirectory: String?, workingDirectory: String) {
        self.pageDirectory = pageDirectory.map { Self.normalized($0, relativeTo: workingDirectory) }
        self.workingDirectory = workingDirectory
    }

    /// The relative, percent-encoded link from the page to the document at `path`, or nil
    /// when the document is not below the page's folder.
    /// 例：`href(for: "xwlb/2015/20150302.txt")` → `xwlb/2015/20150302.txt`; `"../其他/a.txt"` → nil.
    public func href(for path: String) -> String? {
        guard let pageDirectory else { return nil }
        let absolute = Self.normalized(path, relativeTo: workingDirectory)
        let prefix = pageDirectory == "/" ? "/" : pageDirectory + "/"
        guard absolute.hasPrefix(prefix), absolute.count > prefix.count else { return nil }
        return Self.percentEncoded(String(absolute.dropFirst(prefix.count)))
    }

    /// `path` made absolute against `base`, without `.`, `..` and empty components.
    /// 例：`normalized("./a/../b.txt", relativeTo: "/x")` → `/x/b.txt`.
    static func normalized(_ path: String, relativeTo base: String) -> String {
        let full = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for component in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Percent-encodes everything but unreserved ASCII and `/`.
    /// 例：`percentEncoded("北京市/2017.txt")` → `%E5%8C%97%E4%BA%AC%E5%B8%82/2017.txt`.
    static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for b in path.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.append(Character(UnicodeScalar(b)))
            default: out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
            }
        }
        return out
    }
}
