/// The character encoding a document was decoded from, and how kouhao knew it.
///
/// 例：a file starting with `EF BB BF` is `TextEncoding(name: "UTF-8", source: .byteOrderMark)`;
/// a GBK report without a BOM is `TextEncoding(name: "GB18030", source: .detected(confidence: 100))`.
public struct TextEncoding: Hashable, Sendable, CustomStringConvertible {
    /// How the encoding was determined.
    ///
    /// 例：`--encoding big5` gives `.specified`.
    public enum Source: Hashable, Sendable {
        /// A byte order mark at the start of the file.
        case byteOrderMark
        /// The bytes are valid (or nearly valid) UTF-8.
        case validUTF8
        /// ICU's charset detector, with its confidence (0–100).
        case detected(confidence: Int)
        /// The user said so (`--encoding`).
        case specified
    }

    /// The ICU converter name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", …
    public var name: String
    /// How it was determined.
    public var source: Source

    /// An encoding. 例：`TextEncoding(name: "Big5", source: .specified)`.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    public var description: String {
        switch source {
        case .byteOrderMark: return "\(name) (BOM)"
        case .validUTF8: return name
        case .detected(let confidence): return "\(name) (detected, confidence \(confidence))"
        case .specified: return "\(name) (specified)"
        }
    }
}
