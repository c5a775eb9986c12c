/// A document after decoding: its text, the encoding it came in, and what went wrong.
///
/// 例：decoding a GB18030 file with one bad byte at offset 1024 gives its text (the bad
/// byte as U+FFFD), `encoding.name == "GB18030"`, and one warning at byte 1024.
public struct DecodedText: Sendable {
    /// The text as read.
    public var text: SourceText
    /// The encoding it was decoded from.
    public var encoding: TextEncoding
    /// Repairs made while decoding (invalid byte runs), each with its byte offset.
    public var diagnostics: [Diagnostic]

    /// A decoded document. 例：`DecodedText(text: SourceText("三农"), encoding: .init(name: "UTF-8", source: .validUTF8), diagnostics: [])`.
    public init(text: SourceText, encoding: TextEncoding, diagnostics: [Diagnostic]) {
        self.text = text
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}
