import Foundation
import KouhaoKit

/// One input of a run: standard input, or a file found by the corpus reader.
enum InputItem: Sendable {
    case standardInput
    case file(CorpusReader.File)

    var path: String {
        switch self {
        case .standardInput: return "-"
        case .file(let f): return f.path
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
    let reading: ReadingText.Configuration

    init(_ options: InputOptions) throws {
        reader = CorpusReader(configuration: options.readerConfiguration)
        decoder = try TextDecoder(configuration: options.decoderConfiguration)
        paths = options.paths
        maxBytes = options.maxBytes
        reading = options.readingConfiguration
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
        let bytes: [UInt8]
        do {
            switch item {
            case .standardInput:
                bytes = try CorpusReader.read(descriptor: 0, path: item.path, maxBytes: maxBytes)
            case .file(let file):
                bytes = try reader.read(file, maxBytes: maxBytes)
            }
        } catch {
            return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "\(error)")], byteCount: 0, failed: true)
        }
        do {
            switch try decoder.decode(bytes, path: item.path) {
            case .text(let decoded):
                let failed = decoded.diagnostics.contains { $0.severity == .error }
                let document = failed ? nil : LoadedDocument(
                    path: item.path, decoded: decoded,
                    reading: ReadingText(decoded.text, path: item.path, configuration: reading), byteCount: bytes.count)
                let empty = bytes.isEmpty ? [Diagnostic(.note, "empty file: processed, nothing to find", path: item.path)] : []
                return LoadResult(document: document, diagnostics: empty + decoded.diagnostics, byteCount: bytes.count, failed: failed)
            case .skipped(let diagnostic):
                return LoadResult(document: nil, diagnostics: [diagnostic], byteCount: bytes.count, failed: false)
            }
        } catch {
            return LoadResult(document: nil, diagnostics: [Diagnostic(.error, "\(error)")], byteCount: bytes.count, failed: true)
        }
    }
}
