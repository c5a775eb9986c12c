/// The character encoding a document was decoded from, and how kouhao knew it.
///
/// 例：a file starting with `EF BB BF` is `TextEncoding(name: "UTF-8", source: .byteOrderMark)`;
/// a GBK report without a BOM is `TextEncoding(name: "GB18030", source: .detected(confidence: 100))`.
public struct TextEncoding: Hashable, Sendable, CustomStringConvertible {
    /// How the encoding was determined.
    ///
    /// 例：`--encoding big5` gives `.specified`.
    public enum Source: Hashable, Sendable {
        /// A byte order mark at the start of the file. 例：a UTF-16LE 通知 starting `FF FE`.
        case byteOrderMark
        /// The bytes are valid (or nearly valid) UTF-8. 例：an ordinary UTF-8 工作要点 without BOM.
        case validUTF8
        /// ICU's charset detector, with its confidence (0–100).
        /// 例：`.detected(confidence: 0)` when the detector has no plausible answer but the bytes
        /// read as Chinese in GB18030.
        case detected(confidence: Int)
        /// The user said so (`--encoding`). 例：`--encoding Big5` for a Big5 公告.
        case specified
        /// An HTML page declared it in a `<meta>` tag. 例：`<meta charset="gbk">` (read as GB18030).
        case declared
    }

    /// The ICU converter name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", …
    /// 例：`"GB18030"` for a report saved in GBK (the GB family reads as GB18030).
    public var name: String
    /// How it was determined. 例：`.validUTF8` for a UTF-8 file without BOM.
    public var source: Source

    /// An encoding. 例：`TextEncoding(name: "Big5", source: .specified)`.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// The name and how it was found, for messages.
    /// 例：`TextEncoding(name: "GB18030", source: .detected(confidence: 100)).description`
    /// → `GB18030 (detected, confidence 100)`.
    public var description: String {
        switch source {
        case .byteOrderMark: return "\(name) (BOM)"
        case .validUTF8: return name
        case .detected(let confidence): return "\(name) (detected, confidence \(confidence))"
        case .specified: return "\(name) (specified)"
        case .declared: return "\(name) (declared in the page)"
        }
    }
}
