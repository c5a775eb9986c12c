/// A recoverable problem met while reading or analysing a document, with its location.
///
/// Diagnostics never stop a run: an undecodable byte run is replaced by U+FFFD and
/// reported, a binary file is skipped and reported. 例：
/// `Diagnostic(.warning, "invalid UTF-8 bytes replaced by U+FFFD", path: "报告.txt", byteOffset: 1024)`
/// renders as `报告.txt: byte 1024: warning: invalid UTF-8 bytes replaced by U+FFFD`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    ///
    /// 例：a skipped binary file is `.warning`; a file that cannot be opened is `.error`.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Reported, but the document was still processed (or deliberately skipped).
        /// 例：`hidden: skipped` for `材料/.草稿.txt` met in a directory walk.
        case note
        /// Something was repaired or skipped; the output is still complete for the rest.
        /// 例：an invalid byte run in `乡村振兴汇报.txt` replaced by U+FFFD; a broken symbolic link.
        case warning
        /// The document could not be processed at all.
        /// 例：`no such file or directory: check the path` for a mistyped `材料/工作要点.txt`.
        case error
    }

    /// How serious it is. 例：`.warning` for a file skipped as binary.
    public var severity: Severity
    /// What happened and, where useful, what to do about it. 例：`"hidden: skipped"`.
    public var message: String
    /// The file it concerns, when there is one (`-` for standard input).
    /// 例：`"材料/2023年工作要点.txt"`.
    public var path: String?
    /// The byte offset in the file as read, when the problem has one.
    /// 例：1024 for an invalid byte run starting there; nil for `hidden: skipped`.
    public var byteOffset: Int?

    /// A diagnostic. 例：`Diagnostic(.note, "empty file", path: "空.txt")`.
    public init(_ severity: Severity, _ message: String, path: String? = nil, byteOffset: Int? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.byteOffset = byteOffset
    }

    /// `path: byte N: severity: message`, the shape compilers use, for stderr.
    /// 例：`Diagnostic(.note, "hidden: skipped", path: "材料/.备份.txt").description`
    /// → `材料/.备份.txt: note: hidden: skipped`.
    public var description: String {
        var parts: [String] = []
        if let path { parts.append(path) }
        if let byteOffset { parts.append("byte \(byteOffset)") }
        parts.append(severity.rawValue)
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
