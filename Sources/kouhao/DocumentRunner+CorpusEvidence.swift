import KouhaoKit

extension DocumentRunner {
    /// Analyses every input, keeps the analyses and the corpus summary, and once all are read
    /// renders each analysis with what the corpus adds (``DocumentAnalysis/applyingCorpusEvidence(_:)``):
    /// one pass over the text, the same output for any --jobs. A single document is rendered
    /// as it is.
    static func analyzeCorpus(_ options: InputOptions, with analyzer: Analyzer, renderer: AnalysisRenderer,
                              prefix: [UInt8], knownLabels: KnownLabels) throws {
        var analyses: [DocumentAnalysis] = []
        var summary = CorpusSummary()
        try run(options, transform: { document in
            var analysis = analyzer.analyze(document.reading, path: document.path, diagnostics: document.decoded.diagnostics)
            analysis.extractedBy = document.extractedBy
            return (analysis, CorpusSummary(document: analysis, reading: document.reading))
        }, consume: { (result: (DocumentAnalysis, CorpusSummary)) in
            analyses.append(result.0)
            summary.merge(result.1)
        }, finish: {
            let corpus = analyses.count > 1
                ? KnownLabels(glossary: Glossary(summary: summary, knownLabels: knownLabels), source: .corpus) : .none
            var sink = ByteSink()
            sink.bytes += prefix
            renderer.begin(into: &sink)
            for analysis in analyses {
                renderer.write(analysis.applyingCorpusEvidence(corpus), into: &sink)
                if sink.count > 1 << 16 { StandardStreams.flush(&sink) }
            }
            renderer.end(into: &sink)
            StandardStreams.flush(&sink)
        })
    }
}
