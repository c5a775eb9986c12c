import ArgumentParser
import KouhaoKit

/// `kouhao tokenize`: ICU word segmentation, one output line per input line.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into words: a word lexicon over ICU (the layer everything else stands on).",
        discussion: """
        Runs of Chinese characters are segmented by maximum probability over a word lexicon \
        (jieba's dictionary and words mined from news and government reports); ICU's \
        dictionary cuts what the lexicon does not know, and ICU's rules everything else. \
        Numbers keep their date and magnitude units (2020年, 3.5亿, 25%). --dict adds your own \
        words; --no-lexicon gives ICU's segmentation as it is.

        Text output has one line per input line, tokens separated by one space and nothing \
        removed but white space — the SIGHAN format that score_segmentation.py reads. \
        Traditional and full-width text is segmented as its Simplified, half-width form \
        but printed as written.

        Examples:
          echo '坚持全面从严治党，实施“6543”工程' | kouhao tokenize
          kouhao tokenize --format json 报告.txt
          kouhao tokenize --dict 地名.txt 报告.txt        (地名.txt: 青川湾县 20 ns, one word a line)
          kouhao tokenize --no-lexicon 报告.txt           (ICU alone)
          kouhao tokenize --encoding GB18030 旧报告.txt
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .shortAndLong, help: "text: segmented lines (default); json: one array of documents with each token's text, kind and code point offsets; jsonl: one document per line.")
    var format: Format = .text

    func validate() throws {
        try input.requireInput("pipe a text into kouhao tokenize (echo '实施“6543”工程' | kouhao tokenize) or name files and directories.")
    }

    func run() throws {
        let inputs = try Inputs(input)
        let tokenizer = try lexicon.tokenizer()
        let normalizer = Normalizer()
        let reporter = Reporter(quiet: input.quiet)
        let (items, listingDiagnostics) = inputs.items()
        reporter.recordListing(listingDiagnostics)
        // With --documents jsonl the count of documents is known only at the end.
        if inputs.packing == .file {
            reporter.expect(items: items.count, bytes: items.reduce(0) { if case .file(let f) = $1 { return $0 + f.size }; return $0 })
        }

        let chunker = TokenizeChunker(items: InputProducer(items, packing: inputs.packing), inputs: inputs, splitLargeDocuments: format == .text)
        var sink = ByteSink()
        var documentsWritten = 0
        if format == .json { sink.append("[") }
        let format = self.format
        try OrderedPipeline.run(
            jobs: input.effectiveJobs,
            produce: { chunker.next() },
            transform: { chunk -> TokenizeChunker.Rendered in
                var out = ByteSink()
                guard let source = chunk.text else { return .init(chunk: chunk, bytes: []) }
                let text = normalizer.normalize(source)
                switch format {
                case .text:
                    TokenRenderer.renderLines(text, tokenizer: tokenizer, into: &out, flushEvery: .max) { _ in }
                case .json, .jsonl:
                    TokenRenderer.renderJSON(text, path: chunk.path, encoding: chunk.encoding, tokenizer: tokenizer,
                                             into: &out, flushEvery: .max) { _ in }
                }
                return .init(chunk: chunk, bytes: out.bytes)
            },
            consume: { rendered in
                if let load = rendered.chunk.load { reporter.record(load) }
                guard rendered.chunk.text != nil else { return }
                if format == .json, rendered.chunk.isFirst {
                    sink.append(documentsWritten == 0 ? "\n" : ",\n")
                }
                if rendered.chunk.isFirst { documentsWritten += 1 }
                sink.bytes += rendered.bytes
                if format == .jsonl { sink.append("\n") }
                if sink.count > 1 << 20 { StandardStreams.flush(&sink) }
            })
        if format == .json { sink.append(documentsWritten == 0 ? "]\n" : "\n]\n") }
        StandardStreams.flush(&sink)
        let status = reporter.finish()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Reads inputs one by one and cuts large documents into line-aligned chunks, so that one
/// big file is segmented on all cores too.
final class TokenizeChunker: @unchecked Sendable {
    // Only called from OrderedPipeline's `produce`, which is serialised.
    struct Chunk: Sendable {
        var path: String
        var encoding: String
        var text: ReadingText?
        var isFirst: Bool
        var load: LoadResult?
    }

    struct Rendered: Sendable {
        var chunk: Chunk
        var bytes: [UInt8]
    }

    private let items: InputProducer
    private let inputs: Inputs
    private let split: Bool
    private var pending: [Chunk] = []
    private var nextPending = 0
    static let chunkUnits = 1 << 14

    init(items: InputProducer, inputs: Inputs, splitLargeDocuments: Bool) {
        self.items = items
        self.inputs = inputs
        split = splitLargeDocuments
    }

    func next() -> Chunk? {
        if nextPending < pending.count {
            defer { nextPending += 1 }
            return pending[nextPending]
        }
        guard let item = items.next() else { return nil }
        let load = inputs.load(item)
        guard let document = load.document else {
            return Chunk(path: item.path, encoding: "", text: nil, isFirst: true, load: load)
        }
        let units = document.reading.text.utf16
        let encoding = document.decoded.encoding.name
        guard split, units.count > Self.chunkUnits * 2 else {
            return Chunk(path: document.path, encoding: encoding, text: document.reading, isFirst: true, load: load)
        }
        var start = 0
        var chunks: [Chunk] = []
        while start < units.count {
            var end = min(start + Self.chunkUnits, units.count)
            while end < units.count, units[end - 1] != 0x0A { end += 1 }
            chunks.append(Chunk(path: document.path, encoding: encoding, text: ReadingText(SourceText(utf16: Array(units[start..<end]))),
                                isFirst: start == 0, load: start == 0 ? load : nil))
            start = end
        }
        pending = chunks
        nextPending = 1
        return chunks.first
    }
}
