import ArgumentParser
import KouhaoKit

/// `kouhao slogans`: every numbered slogan of each document, with its expansion.
struct SlogansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slogans",
        abstract: "List the numbered slogans of each document with their expansions.",
        discussion: """
        A numbered slogan (数字式提法) packs an enumeration into a label with numbers: 四个全面, 两学一做, \
        三去一降一补, “6543”工程, 双随机、一公开. Its expansion is the list of items it stands for, \
        found after it (即, ：, （…）, 就是, 包括, 一是…二是…), before it (…这“四风”, …等“四个一”) or \
        elsewhere in the document (a 名词解释 glossary, another news item). Every occurrence is \
        listed; offsets are Unicode code points of the text as read.

        Formats: text (for people), json (one array), jsonl (one document per line: the \
        format score_slogans.py reads), csv (one row per occurrence), md (Markdown).

        Examples:
          cat 报告.txt | kouhao slogans
          kouhao slogans --format jsonl corpus/ > slogans.jsonl
          kouhao slogans --format csv --min-confidence 0.7 报告.txt
          kouhao slogans --format jsonl --explain --min-confidence 0 报告.txt   # why (not) a slogan
          kouhao slogans 报告.pdf                      # a PDF: text by pdftotext, wrapped lines joined
          kouhao slogans --html-main 通知.html          # a saved page: its article, offsets into the HTML
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(parsing: .unconditional, help: "Drop mentions below this confidence (0–1).")
    var minConfidence: Double = SloganDetector.Configuration.default.minimumConfidence

    @Flag(help: "In json, jsonl and csv, add each mention's sentence and each expansion's sentence.")
    var context = false

    @Flag(help: "In json and jsonl, add each mention's evidence (what the scorer weighed); with --min-confidence 0 the candidates not taken show too.")
    var explain = false

    func validate() throws {
        try input.requireInput("pipe a text into kouhao slogans (cat 报告.txt | kouhao slogans) or name files and directories (kouhao slogans 报告/).")
        guard (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1 (it was \(minConfidence)).")
        }
    }

    func run() throws {
        let known = try lexicon.knownLabels()
        let analyzer = try Analyzer(configuration: .init(slogans: .init(minimumConfidence: minConfidence, explain: explain), knownLabels: known))
        let renderer = AnalysisRenderer(format: output.resolvedFormat, content: .slogans, context: context)
        try DocumentRunner.analyze(input, with: analyzer, renderer: renderer, prefix: output.excel.prefix,
                                   evidence: lexicon.evidence, knownLabels: known)
    }
}
