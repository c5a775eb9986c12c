import Foundation
import KouhaoKit

/// One input of a run: standard input, a file found by the corpus reader, or one line of a
/// document stream (`--documents jsonl`).
enum InputItem: Sendable {
    case standardInput
    case file(CorpusReader.File)
    /// A line of the stream `stream` (`-` or a file), a JSON object naming one document.
    case line(stream: String, number: Int, bytes: [UInt8])
    /// A stream that could not be read (from line `number` on).
    case unreadable(stream: String, number: Int?, message: String)

    /// The input's name in messages (a document's own path is known only once its line is parsed).
    var path: String {
        switch self {
        case .standardInput: return "-"
        case .file(let f): return f.path
        case .line(let stream, _, _), .unreadable(let stream, _, _): return stream
        }
    }
}

/// A document read and decoded, ready for analysis.
struct LoadedDocument: Sendable {
    var path: String
    var decoded: DecodedText
    /// The text as kouhao reads it (soft line breaks joined, …), mapping back to `decoded.text`.
    var reading: ReadingText
    var byteCount: Int
    /// The program that extracted the text (pdftotext for a PDF), nil when the file is text.
    var extractedBy: String? = nil
}

/// What loading one input gave: the document (unless it failed or was skipped) and diagnostics.
struct LoadResult: Sendable {
    var document: LoadedDocument?
    var diagnostics: [Diagnostic]
    var byteCount: Int
    /// True when the input could not be processed at all (it counts as failed).
    var failed: Bool
}

/// Turns the input options into items and items into decoded documents.
struct Inputs: Sendable {
    let reader: CorpusReader
    let decoder: TextDecoder
    let paths: [String]
    let maxBytes: Int
    /// One document per input, or documents as JSON lines (`--documents`).
    let packing: DocumentPacking
    /// The decoder of the `text` of JSON lines: UTF-8 whatever `--encoding` says.
    let textDecoder: TextDecoder
    let reading: ReadingText.Configuration
    let utf8Decoder: TextDecoder

    init(_ options: InputOptions) throws {
        reader = CorpusReader(configuration: options.readerConfiguration)
        decoder = try TextDecoder(configuration: options.decoderConfiguration)
        paths = options.paths
        maxBytes = options.maxBytes
        packing = options.documents
        textDecoder = try TextDecoder(configuration: .init(encoding: "UTF-8"))
        reading = options.readingConfiguration
        utf8Decoder = try TextDecoder(configuration: .init(encoding: "UTF-8"))
    }

    /// The decoder for one input: pdftotext's output is UTF-8; an HTML page without a byte
    /// order mark is decoded in the charset its `<meta>` declares (unless --encoding names one).
    private func decoder(_ base: TextDecoder, for bytes: [UInt8], format: DocumentFormat, extracted: Bool) -> TextDecoder {
        if extracted { return utf8Decoder }
        if let declared = declaredCharset(bytes, format: format, base: base),
           let declaring = try? TextDecoder(configuration: .init(encoding: declared)) {
            return declaring
        }
        return base
    }

    /// The charset an HTML page declares, when it decides the decoding: no --encoding, no BOM.
    private func declaredCharset(_ bytes: [UInt8], format: DocumentFormat, base: TextDecoder) -> String? {
        guard format == .html, base.configuration.encoding == nil, !Self.hasByteOrderMark(bytes) else { return nil }
        return HTMLCharset.declared(in: bytes)
    }

    private static func hasByteOrderMark(_ b: [UInt8]) -> Bool {
        b.starts(with: [0xEF, 0xBB, 0xBF]) || b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF])
    }

    /// The items to read, and diagnostics for paths that do not exist.
    func items() -> (items: [InputItem], diagnostics: [Diagnostic]) {
        if paths.isEmpty { return ([.standardInput], []) }
        var items: [InputItem] = []
        var diagnostics: [Diagnostic] = []
        var named: [String] = []
        func flushNamed() {
            guard !named.isEmpty else { return }
            let listing = reader.files(in: named)
            items += listing.files.map(InputItem.file)
            diagnostics += listing.diagnostics
            named = []
        }
        for path in paths {
            if path == "-" { flushNamed(); items.append(.standardInput) } else { named.append(path) }
        }
        flushNamed()
        return (items, diagnostics)
    }

    /// Reads and decodes one item.
    func load(_ item: InputItem) -> LoadResult {
        var path = item.path
        var decoder = self.decoder
        let bytes: [UInt8]
        do {
            switch item {
            case .standardInput:
                bytes = try CorpusReader.read(descriptor: 0, path: item.path, maxBytes: maxBytes)
            case .file(let file):
                bytes = try reader.read(file, maxBytes: maxBytes)
            case .line(let stream, let number, let line):
                let document: DocumentLine
                do { document = try DocumentLine(parsing: line) } catch {
                    return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "line \(number): \(error)", path: stream)],
                                      byteCount: 0, failed: true)
                }
                path = document.path
                switch document.content {
                case .text(let text): bytes = Array(text.utf8); decoder = textDecoder
                case .bytes(let raw): bytes = raw
                }
                if bytes.count > maxBytes { throw KouhaoError.tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
            case .unreadable(let stream, let number, let message):
                let line = number.map { "line \($0): " } ?? ""
                return LoadResult(document: nil, diagnostics: [Diagnostic(.error, line + message, path: stream)], byteCount: 0, failed: true)
            }
        } catch {
            return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "\(error)")], byteCount: 0, failed: true)
        }
        // A PDF: its text, extracted by pdftotext, is read as a UTF-8 text document.
        var text = bytes
        var extractedBy: String? = nil
        var format = DocumentFormat(bytes: bytes, path: path)
        if format == .pdf {
            do { text = try PDFText.extract(bytes, path: path) } catch {
                return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "\(error)")], byteCount: bytes.count, failed: true)
            }
            extractedBy = PDFText.program
            format = .text
        }
        do {
            switch try self.decoder(decoder, for: text, format: format, extracted: extractedBy != nil).decode(text, path: path) {
            case .text(var decoded):
                if let declared = declaredCharset(text, format: format, base: decoder), decoded.encoding.name == declared {
                    decoded.encoding.source = .declared
                }
                let failed = decoded.diagnostics.contains { $0.severity == .error }
                var configuration = reading
                if extractedBy != nil { configuration.format = .text }
                let document = failed ? nil : LoadedDocument(
                    path: path, decoded: decoded,
                    reading: ReadingText(decoded.text, path: path, configuration: configuration), byteCount: bytes.count,
                    extractedBy: extractedBy)
                var notes: [Diagnostic] = []
                if bytes.isEmpty { notes.append(Diagnostic(.note, "empty file: processed, nothing to find", path: path)) }
                if extractedBy != nil, text.allSatisfy({ $0 == 0x0C || $0 == 0x0A || $0 == 0x20 }) {
                    notes.append(Diagnostic(.warning, "pdftotext found no text in this PDF (scanned pages need OCR first, e.g. ocrmypdf)", path: path))
                }
                return LoadResult(document: document, diagnostics: notes + decoded.diagnostics, byteCount: bytes.count, failed: failed)
            case .skipped(let diagnostic):
                return LoadResult(document: nil, diagnostics: [diagnostic], byteCount: bytes.count, failed: false)
            }
        } catch {
            return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "\(error)")], byteCount: bytes.count, failed: true)
        }
    }
}
