import ArgumentParser
import Foundation
import KouhaoKit

/// How documents come in: one per input, or many per input as JSON lines (`--documents`).
enum DocumentPacking: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Each file, and standard input, is one document (the default).
    case file
    /// Each file, and standard input, holds documents as JSON lines (see ``DocumentLine``).
    case jsonl
}

/// The input options every subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or directories to read (directories recursively). Standard input when none is given, or '-'.",
        valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Character encoding of the input, an ICU name such as GB18030, GBK, Big5, UTF-16LE. Detected when omitted.",
        valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Only read files matching this glob (repeatable): '*.txt' matches names, '2016/*.txt' paths below a directory.",
        valueName: "glob"))
    var include: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Skip files matching this glob (repeatable), same syntax as --include.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: [.customShort("j"), .long], parsing: .unconditional, help: ArgumentHelp(
        "Documents processed in parallel (default: the number of cores). Output is the same for any value.",
        valueName: "n"))
    var jobs: Int?

    @Flag(name: [.customShort("L"), .customLong("follow")], help: ArgumentHelp(
        "Follow symbolic links found inside directories (by default they are passed over with a note, as find and ripgrep do). Paths you name are always followed."))
    var follow = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp(
        "The largest document read, in bytes or with a K, M or G suffix (default and most: 512M). A longer input, or an endless one such as /dev/zero, fails with a message and the run goes on.",
        valueName: "size"))
    var maxSize: String?

    @Flag(name: .customLong("keep-lines"), help: ArgumentHelp(
        "Read every line break as written. By default, text wrapped every 30–40 characters (copied or extracted from a PDF) has its soft line breaks joined and its page numbers, running headers and footers dropped; text written one paragraph per line is never changed. Example: kouhao --keep-lines 名单.txt"))
    var keepLines = false

    @Option(help: ArgumentHelp(
        "file: each file (or standard input) is one document; jsonl: each holds many, one JSON object per line, {\"path\": …, \"text\": …} or {\"path\": …, \"base64\": …} (the bytes of a file, decoded as that file would be). The path names the document in the output and dates it, as a file's path would.",
        valueName: "packing"))
    var documents: DocumentPacking = .file

    @Option(name: .customLong("input"), help: ArgumentHelp(
        "How to read each input: auto (a web page when it starts with a doctype or <html> or is named .html/.htm, else text), text, or html. Offsets of a page point into its HTML source. PDF files (%PDF-) are always read through pdftotext (poppler-utils). Example: kouhao --input html 网页存档.txt",
        valueName: "format"))
    var inputFormat: ReadingText.Configuration.Format = .automatic

    @Flag(name: .customLong("html-main"), help: ArgumentHelp(
        "Read only the main content of a web page: <main>, else the largest <article>, else the block with the most running text and fewest links; menus, navigation, asides and footers are left out. Example: kouhao glossary --include '*.html' --html-main 网站存档/"))
    var htmlMain = false

    @Flag(name: [.customShort("q"), .long], help: "No progress display and no notes on stderr; warnings and errors still show.")
    var quiet = false

    mutating func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1 (it was \(jobs)).")
        }
        if let maxSize, ByteSize.parse(maxSize).map({ $0 >= 1 && $0 <= 1 << 29 }) != true {
            throw ValidationError("--max-size must be a size from 1 to 512M, such as 10M, 500K or 1048576 (it was \(maxSize)).")
        }
        if let encoding {
            do { _ = try TextDecoder(configuration: .init(encoding: encoding)) } catch {
                throw ValidationError("\(error)")
            }
        }
    }

    /// Refuses to wait silently for text typed at a terminal: with no path and standard input a
    /// terminal, a usage error that says how to give input (`hint`).
    func requireInput(_ hint: String) throws {
        if paths.isEmpty && StandardStreams.stdinIsTerminal {
            throw ValidationError("No input: \(hint)")
        }
    }

    /// The number of worker threads to use.
    var effectiveJobs: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    var decoderConfiguration: TextDecoder.Configuration { .init(encoding: encoding) }
    var readingConfiguration: ReadingText.Configuration {
        .init(format: inputFormat, lines: keepLines ? .keep : .default, html: .init(content: htmlMain ? .main : .page))
    }
    var readerConfiguration: CorpusReader.Configuration { .init(include: include, exclude: exclude, followLinks: follow) }
    /// The largest document read (`--max-size`).
    var maxBytes: Int { min(maxSize.flatMap(ByteSize.parse) ?? .max, CorpusReader.maxDocumentBytes) }
}

extension ReadingText.Configuration.Format: ExpressibleByArgument {}
