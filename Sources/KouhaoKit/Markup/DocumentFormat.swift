/// What a document is: plain text, an HTML page, or a PDF file.
///
/// Detected from its first bytes and its name: `%PDF-` makes a PDF; a doctype or `<html>`
/// near the start, or the extension `.html`/`.htm`/`.xhtml`/`.shtml`, an HTML page; anything
/// else text. 例：`DocumentFormat(bytes: Array("<!DOCTYPE html><html>…".utf8), path: "报告")` is `.html`.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
    /// Plain text in any encoding. 例：`报告.txt`.
    case text
    /// An HTML page: its visible text is read (see ``HTMLText``). 例：`通知.html`, or a saved page named `通知`.
    case html
    /// A PDF file: its text must be extracted first (the CLI runs pdftotext). 例：`报告.pdf`.
    case pdf

    /// The format of a file from its first bytes and its path.
    /// 例：`DocumentFormat(bytes: Array("%PDF-1.7".utf8), path: "a.txt")` → `.pdf`.
    public init(bytes: [UInt8], path: String?) {
        let head = bytes.prefix(1024)
        if head.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if Self.looksLikeHTML(head.map { UInt16($0) }) || Self.hasHTMLExtension(path) {
            self = .html
        } else {
            self = .text
        }
    }

    /// The format of a decoded text from its start and its path (never `.pdf`).
    /// 例：`DocumentFormat(text: SourceText("<html><body>…"), path: "-")` → `.html`.
    public init(text: SourceText, path: String?) {
        self = Self.looksLikeHTML(Array(text.utf16.prefix(1024))) || Self.hasHTMLExtension(path) ? .html : .text
    }

    /// Whether a PDF's bytes start here. 例：true for `%PDF-1.4…`.
    public static func isPDF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("%PDF-".utf8)) }

    /// The start (after a BOM and white space) is `<`, and `<!doctype html` or `<html` follows
    /// within the first 1024 units, in any case.
    static func looksLikeHTML(_ units: [UInt16]) -> Bool {
        var i = 0
        if units.first == 0xFEFF { i = 1 }
        if units.count >= 3, units[0] == 0xEF, units[1] == 0xBB, units[2] == 0xBF { i = 3 }
        while i < units.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(units[i]) { i += 1 }
        guard i < units.count, units[i] == 0x3C else { return false }
        let lower = units[i...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return contains(lower, "<!doctype html") || contains(lower, "<html")
    }

    private static func contains(_ units: [UInt16], _ needle: String) -> Bool {
        let n = Array(needle.utf16)
        guard units.count >= n.count else { return false }
        for start in 0...(units.count - n.count) where units[start] == n[0] {
            if Array(units[start..<(start + n.count)]) == n { return true }
        }
        return false
    }

    static func hasHTMLExtension(_ path: String?) -> Bool {
        guard let path, let dot = path.lastIndex(of: ".") else { return false }
        let ext = path[path.index(after: dot)...].lowercased()
        return ["html", "htm", "xhtml", "shtml"].contains(ext)
    }
}
