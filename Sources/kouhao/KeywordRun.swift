import Foundation
import KouhaoKit

/// The runs behind `kouhao keywords`: one pass when IDF comes from the table or the method
/// is TextRank, two passes (document frequencies, then scoring) for a corpus.
enum KeywordRun {
    /// Keywords of every input, rendered to standard output.
    static func keywords(_ input: InputOptions, extractor: KeywordExtractor, format: KeywordRenderer.Format, prefix: [UInt8] = [],
                         detector: SloganDetector?) throws {
        let normalizer = Normalizer()
        let directories = input.paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let oneDocument = input.paths.count <= 1 && !directories && input.documents == .file
        let showPath = !oneDocument
        var sink = ByteSink()
        var written = 0
        func emit(_ keywords: [Keyword], _ path: String) {
            KeywordRenderer.render(keywords, path: path, index: written, format: format, showPath: showPath, into: &sink)
            written += 1
            if sink.count > 1 << 16 { StandardStreams.flush(&sink) }
        }
        @Sendable func spans(_ text: NormalizedText) -> [TermSpan] { detector?.termSpans(in: text) ?? [] }
        sink.bytes += prefix
        KeywordRenderer.begin(format, into: &sink)
        defer {
            KeywordRenderer.end(format, documents: written, into: &sink)
            StandardStreams.flush(&sink)
        }

        // One pass when IDF cannot come from the corpus (TextRank, --idf table, one document).
        let onePass = extractor.configuration.method == .textRank || extractor.configuration.idf == .table
            || (extractor.configuration.idf == .automatic && oneDocument)
        if onePass {
            try DocumentRunner.run(input, transform: { document -> ([Keyword], String) in
                let text = normalizer.normalize(document.reading)
                return (extractor.keywords(in: text, spans: spans(text)), document.path)
            }, consume: { emit($0.0, $0.1) })
            return
        }
        var frequencies = DocumentFrequencies()
        var documents: [(path: String, candidates: RegisteredCandidates)] = []
        try DocumentRunner.run(input, transform: { document -> (DocumentCandidates, String) in
            let text = normalizer.normalize(document.reading)
            return (extractor.candidates(in: text, spans: spans(text)), document.path)
        }, consume: { documents.append(($0.1, frequencies.add($0.0))) }, finish: {
            for d in documents { emit(extractor.keywords(for: d.candidates, in: frequencies), d.path) }
        })
    }

    /// Document frequencies of the inputs' terms, written as an IDF table.
    static func writeTable(_ input: InputOptions, extractor: KeywordExtractor, to path: String, minimumDocuments: Int) throws {
        let normalizer = Normalizer()
        var frequencies = DocumentFrequencies()
        try DocumentRunner.run(input, transform: { document in
            extractor.candidates(in: normalizer.normalize(document.reading), onceSeenRuns: .keepAll)
        }, consume: { frequencies.add($0) }, finish: {
            let kept = frequencies.frequencies.filter { $0.frequency >= minimumDocuments }
            let text = IDFTable.render(documents: frequencies.documents, frequencies: kept, header: [
                "kouhao IDF table: in how many of \(frequencies.documents) documents each candidate term occurs",
                "written by `kouhao keywords --write-idf-table` (terms in at least \(minimumDocuments) documents)",
            ])
            try AtomicOutput(path: path).write(Array(text.utf8))
        })
    }
}
