import ArgumentParser
import Foundation
import KouhaoKit

/// `kouhao keywords`: the keywords of each document, by TF-IDF or TextRank.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Rank the keywords of each document: whole terms and names, numbered slogans as units, near-duplicates merged.",
        discussion: """
        Candidates are words of the lexicon and runs of words that recur or that the reference \
        corpus knows, with clean edges: never a fragment of a word, of a name, or of a clause \
        (a verb and its object, a subject and its verb, a modifier without its head). Forms of \
        one term in a document (伊核 / 伊核协议, 习主席 / 习近平主席) make one keyword, its \
        variants listed. TF-IDF takes document frequencies from the corpus when several \
        documents are given (--idf auto), otherwise from the built-in table (新闻联播 2012–2017 \
        and government work reports). --format jsonl prints one object per document, \
        {"path": …, "keywords": [{"term", "score", "count", "slogan", "variants"}]}, best first.

        Examples:
          cat 报告.txt | kouhao keywords --top 5
          kouhao keywords 报告/ --format jsonl
          kouhao keywords --method textrank 报告.txt
          kouhao keywords --dict 我的词典.txt 报告.txt   (your words kept whole: jieba's format)
          kouhao keywords 语料/ --write-idf-table my-idf.tsv   (a table of your own,
          kouhao keywords --idf-table my-idf.tsv 报告.txt        then use it)
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }
    enum Method: String, ExpressibleByArgument, CaseIterable { case tfidf, textrank }
    enum IDF: String, ExpressibleByArgument, CaseIterable { case auto, corpus, table }
    enum Slogans: String, ExpressibleByArgument, CaseIterable { case count, ignore }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(parsing: .unconditional, help: "Keywords per document.")
    var top = 10

    @Option(help: "tfidf: term frequency × inverse document frequency × shape weights; textrank: centrality in the co-occurrence graph.")
    var method: Method = .tfidf

    @Option(name: .shortAndLong, help: "text (default), json (one array), jsonl (one document per line), csv.")
    var format: Format?

    @OptionGroup var excel: ExcelOption

    @Option(help: "Where document frequencies come from: auto (the corpus when there are two or more documents, else the table), corpus, table.")
    var idf: IDF = .auto

    @Option(name: .customLong("idf-table"), help: ArgumentHelp("An IDF table to use instead of the built-in one (the format --write-idf-table writes).", valueName: "file"))
    var idfTable: String?

    @Option(name: .customLong("stopwords"), help: ArgumentHelp("A stop-word list to use instead of the built-in one: UTF-8, one word per line, # comments.", valueName: "file"))
    var stopWords: String?

    @Option(help: "count: detected numbered slogans count as single terms (6543工程); ignore: do not run the slogan detector (keywords alone, faster).")
    var slogans: Slogans = .count

    @Option(name: .customLong("min-length"), parsing: .unconditional, help: "Fewest characters of a keyword.")
    var minimumLength = 2

    @Option(name: .customLong("write-idf-table"), help: ArgumentHelp("Write the document frequencies of the inputs' terms to this file as an IDF table, instead of keywords.", valueName: "file"))
    var writeIDFTable: String?

    @Option(name: .customLong("min-documents"), parsing: .unconditional, help: "With --write-idf-table: keep terms found in at least this many documents.")
    var minimumDocuments = 3

    mutating func validate() throws {
        try input.requireInput("pipe a text into kouhao keywords (cat 报告.txt | kouhao keywords) or name files and directories (kouhao keywords 报告/).")
        try excel.check(format)
        guard top >= 1 else { throw ValidationError("--top must be at least 1 (it was \(top)).") }
        guard minimumLength >= 1, minimumLength <= 16 else { throw ValidationError("--min-length must be between 1 and 16.") }
        guard minimumDocuments >= 1 else { throw ValidationError("--min-documents must be at least 1.") }
    }

    func run() throws {
        let extractor = KeywordExtractor(configuration: try keywordConfiguration(), table: try idfTable.map(IDFTable.init(contentsOf:)) ?? .builtIn,
                                         tokenizer: try lexicon.tokenizer())
        if let writeIDFTable {
            try KeywordRun.writeTable(input, extractor: extractor, to: writeIDFTable, minimumDocuments: minimumDocuments)
        } else {
            try KeywordRun.keywords(input, extractor: extractor, format: KeywordRenderer.Format(rawValue: excel.format(format, csv: .csv, default: .text).rawValue)!, prefix: excel.prefix,
                                    detector: slogans == .count ? SloganDetector(knownLabels: try lexicon.knownLabels()) : nil)
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
