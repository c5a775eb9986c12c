import ArgumentParser
import Foundation
import KouhaoKit

/// `kouhao keywords`: the keywords of each document, by TF-IDF or TextRank.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Rank the keywords of each document: whole terms (ICU splits unknown words), numbered slogans as units.",
        discussion: """
        TF-IDF takes document frequencies from the corpus when several documents are given \
        (--idf auto), otherwise from the built-in table (新闻联播 2012–2017 and government work \
        reports). --format jsonl prints one object per document, \
        {"path": …, "keywords": [{"term", "score", "count", "slogan"}]}, best first.

        Examples:
          cat 报告.txt | kouhao keywords --top 5
          kouhao keywords 报告/ --format jsonl
          kouhao keywords --method textrank 报告.txt
          kouhao keywords 语料/ --write-idf-table my-idf.tsv   (a table of your own,
          kouhao keywords --idf-table my-idf.tsv 报告.txt        then use it)
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }
    enum Method: String, ExpressibleByArgument, CaseIterable { case tfidf, textrank }
    enum IDF: String, ExpressibleByArgument, CaseIterable { case auto, corpus, table }
    enum Slogans: String, ExpressibleByArgument, CaseIterable { case count, ignore }

    @OptionGroup var input: InputOptions

    @Option(help: "Keywords per document.")
    var top = 10

    @Option(help: "tfidf: term frequency × inverse document frequency × shape weights; textrank: centrality in the co-occurrence graph.")
    var method: Method = .tfidf

    @Option(help: "text, json (one array), jsonl (one document per line), csv.")
    var format: Format = .text

    @Option(help: "Where document frequencies come from: auto (the corpus when there are two or more documents, else the table), corpus, table.")
    var idf: IDF = .auto

    @Option(name: .customLong("idf-table"), help: ArgumentHelp("An IDF table to use instead of the built-in one (the format --write-idf-table writes).", valueName: "file"))
    var idfTable: String?

    @Option(name: .customLong("stopwords"), help: ArgumentHelp("A stop-word list to use instead of the built-in one: UTF-8, one word per line, # comments.", valueName: "file"))
    var stopWords: String?

    @Option(help: "count: detected numbered slogans count as single terms (6543工程); ignore: do not run the slogan detector (keywords alone, faster).")
    var slogans: Slogans = .count

    @Option(name: .customLong("min-length"), help: "Fewest characters of a keyword.")
    var minimumLength = 2

    @Option(name: .customLong("write-idf-table"), help: ArgumentHelp("Write the document frequencies of the inputs' terms to this file as an IDF table, instead of keywords.", valueName: "file"))
    var writeIDFTable: String?

    @Option(name: .customLong("min-documents"), help: "With --write-idf-table: keep terms found in at least this many documents.")
    var minimumDocuments = 3

    mutating func validate() throws {
        if input.paths.isEmpty && StandardStreams.stdinIsTerminal {
            throw ValidationError("No input: pipe a text into kouhao keywords (cat 报告.txt | kouhao keywords) or name files and directories.")
        }
        guard top >= 1 else { throw ValidationError("--top must be at least 1 (it was \(top)).") }
        guard minimumLength >= 1, minimumLength <= 16 else { throw ValidationError("--min-length must be between 1 and 16.") }
        guard minimumDocuments >= 1 else { throw ValidationError("--min-documents must be at least 1.") }
    }

    func run() throws {
        let extractor = try KeywordExtractor(configuration: try keywordConfiguration(), table: try idfTable.map(IDFTable.init(contentsOf:)) ?? .builtIn)
        if let writeIDFTable {
            try KeywordRun.writeTable(input, extractor: extractor, to: writeIDFTable, minimumDocuments: minimumDocuments)
        } else {
            try KeywordRun.keywords(input, extractor: extractor, format: KeywordRenderer.Format(rawValue: format.rawValue)!,
                                    detector: slogans == .count ? SloganDetector() : nil)
        }
    }

    func keywordConfiguration() throws -> KeywordConfiguration {
        var shape = TermShape.default
        shape.minimumLength = minimumLength
        return KeywordConfiguration(
            method: method == .tfidf ? .tfidf : .textRank, top: top,
            stopWords: try stopWords.map(StopWords.init(contentsOf:)) ?? .default, shape: shape,
            idf: KeywordConfiguration.IDFSource(rawValue: idf.rawValue)!)
    }
}

/// The runs behind `kouhao keywords`: one pass when IDF comes from the table or the method
/// is TextRank, two passes (document frequencies, then scoring) for a corpus.
enum KeywordRun {
    /// Keywords of every input, rendered to standard output.
    static func keywords(_ input: InputOptions, extractor: KeywordExtractor, format: KeywordRenderer.Format,
                         detector: SloganDetector?) throws {
        let normalizer = Normalizer()
        let directories = input.paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let oneDocument = input.paths.count <= 1 && !directories
        let showPath = !oneDocument
        var sink = ByteSink()
        var written = 0
        func emit(_ keywords: [Keyword], _ path: String) {
            KeywordRenderer.render(keywords, path: path, index: written, format: format, showPath: showPath, into: &sink)
            written += 1
            if sink.count > 1 << 16 { StandardStreams.flush(&sink) }
        }
        @Sendable func spans(_ text: NormalizedText) -> [TermSpan] { detector?.mentions(in: text).map { TermSpan($0, in: text) } ?? [] }
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
                let text = normalizer.normalize(document.decoded.text)
                return (extractor.keywords(in: text, spans: spans(text)), document.path)
            }, consume: { emit($0.0, $0.1) })
            return
        }
        var frequencies = DocumentFrequencies()
        var documents: [(path: String, candidates: RegisteredCandidates)] = []
        try DocumentRunner.finishing({
            try DocumentRunner.run(input, transform: { document -> (DocumentCandidates, String) in
                let text = normalizer.normalize(document.decoded.text)
                return (extractor.candidates(in: text, spans: spans(text)), document.path)
            }, consume: { documents.append(($0.1, frequencies.add($0.0))) })
        }, then: {
            for d in documents { emit(extractor.keywords(for: d.candidates, in: frequencies), d.path) }
        })
    }

    /// Document frequencies of the inputs' terms, written as an IDF table.
    static func writeTable(_ input: InputOptions, extractor: KeywordExtractor, to path: String, minimumDocuments: Int) throws {
        let normalizer = Normalizer()
        var frequencies = DocumentFrequencies()
        try DocumentRunner.finishing({
            try DocumentRunner.run(input, transform: { document in
                extractor.candidates(in: normalizer.normalize(document.decoded.text), onceSeenRuns: .keepAll)
            }, consume: { frequencies.add($0) })
        }, then: {
            let kept = frequencies.frequencies.filter { $0.frequency >= minimumDocuments }
            let text = IDFTable.render(documents: frequencies.documents, frequencies: kept, header: [
                "kouhao IDF table: in how many of \(frequencies.documents) documents each candidate term occurs",
                "written by `kouhao keywords --write-idf-table` (terms in at least \(minimumDocuments) documents)",
            ])
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
                throw KouhaoError.cannotWrite(path: path, reason: error.localizedDescription)
            }
        })
    }
}

extension DocumentRunner {
    /// Runs `body` (a ``run(_:transform:consume:)``), then `then` — also when `body` ends
    /// with a failure exit status, which is rethrown afterwards, so that the documents that
    /// were read still produce their output.
    static func finishing(_ body: () throws -> Void, then: () throws -> Void) throws {
        var failure: ExitCode? = nil
        do { try body() } catch let exit as ExitCode { failure = exit }
        try then()
        if let failure { throw failure }
    }
}
