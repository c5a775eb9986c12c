/// A document after decoding: its text, the encoding it came in, and what went wrong.
///
/// 例：decoding a GB18030 file with one bad byte at offset 1024 gives its text (the bad
/// byte as U+FFFD), `encoding.name == "GB18030"`, and one warning at byte 1024.
public struct DecodedText: Sendable {
    /// The text as read.
    /// 例：a UTF-8 file `EF BB BF` + `推进“三个强化”` gives `text.string == "推进“三个强化”"` (no BOM).
    public var text: SourceText
    /// The encoding it was decoded from.
    /// 例：`encoding.name == "GB18030"` for a work report saved in GBK.
    public var encoding: TextEncoding
    /// Repairs made while decoding (invalid byte runs), each with its byte offset.
    /// 例：one `.warning` with `byteOffset` 1024 for a 通知 whose only invalid byte run starts there.
    public var diagnostics: [Diagnostic]

    /// A decoded document. 例：`DecodedText(text: SourceText("三农"), encoding: .init(name: "UTF-8", source: .validUTF8), diagnostics: [])`.
    public init(text: SourceText, encoding: TextEncoding, diagnostics: [Diagnostic]) {
        self.text = text
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}
