import ArgumentParser
import KouhaoKit

/// Runs a per-document computation over the inputs of a subcommand: lists the inputs,
/// reads and decodes them in parallel, hands each result to `consume` in input order,
/// reports diagnostics and progress, and ends with the right exit status.
///
/// Memory stays bounded: documents stream through ``OrderedPipeline``'s window (four per
/// job), so only what `consume` keeps outlives a document.
enum DocumentRunner {
    /// Runs `transform` on every document (in parallel) and `consume` on the results (in
    /// input order, on this thread), then `finish` (to close and flush the output, or to
    /// write a result made of all documents) — also when an input failed.
    /// - Throws: `ExitCode(1)` when an input failed, after everything else was processed.
    static func run<Output: Sendable>(
        _ options: InputOptions,
        transform: @escaping @Sendable (LoadedDocument) -> Output,
        consume: (Output) throws -> Void,
        finish: () throws -> Void = {}
    ) throws {
        let inputs = try Inputs(options)
        let reporter = Reporter(quiet: options.quiet)
        let (items, listingDiagnostics) = inputs.items()
        reporter.recordListing(listingDiagnostics)
        // With --documents jsonl the count of documents is known only at the end.
        if inputs.packing == .file {
            reporter.expect(items: items.count, bytes: items.reduce(0) { if case .file(let f) = $1 { return $0 + f.size }; return $0 })
        }
        let producer = InputProducer(items, packing: inputs.packing)
        var streamed = Set<String>()    // paths of the documents of JSON lines, which must not repeat
        try OrderedPipeline.run(
            jobs: options.effectiveJobs,
            produce: { producer.next() },
            transform: { item -> (LoadResult, Output?) in
                let load = inputs.load(item)
                return (load, load.document.map(transform))
            },
            consume: { load, output in
                if inputs.packing == .jsonl, let path = load.document?.path, !streamed.insert(path).inserted {
                    reporter.record(LoadResult(document: nil, diagnostics: [Diagnostic(
                        .warning, "a document of this path came earlier: skipped (each document of a stream needs a path of its own)",
                        path: path)], byteCount: load.byteCount, failed: false))
                    return
                }
                reporter.record(load)
                if let output { try consume(output) }
            })
        try finish()
        let status = reporter.finish()
        if status != 0 { throw ExitCode(status) }
    }
}

extension DocumentRunner {
    /// Analyses every input with `analyzer` and renders each analysis to standard output in
    /// input order (`kouhao show`, `kouhao slogans`), after `prefix` (`--excel`'s BOM). With
    /// corpus evidence, the documents confirm each other's labels and lend their consensus
    /// lists (see `analyzeCorpus`).
    static func analyze(_ options: InputOptions, with analyzer: Analyzer, renderer: AnalysisRenderer, prefix: [UInt8] = [],
                        evidence: EvidenceScope = .document, knownLabels: KnownLabels = .none) throws {
        if evidence == .corpus {
            try analyzeCorpus(options, with: analyzer, renderer: renderer, prefix: prefix, knownLabels: knownLabels)
            return
        }
        var sink = ByteSink()
        sink.bytes += prefix
        renderer.begin(into: &sink)
        try run(options, transform: { document in
            var analysis = analyzer.analyze(document.reading, path: document.path, diagnostics: document.decoded.diagnostics)
            analysis.extractedBy = document.extractedBy
            return analysis
        }, consume: { analysis in
            renderer.write(analysis, into: &sink)
            if sink.count > 1 << 16 { StandardStreams.flush(&sink) }
        }, finish: {
            renderer.end(into: &sink)
            StandardStreams.flush(&sink)
        })
    }
}
