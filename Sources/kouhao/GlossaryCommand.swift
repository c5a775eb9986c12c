import ArgumentParser
import KouhaoKit

/// `kouhao glossary`: one entry per slogan across a corpus, with variants, counts, first and
/// last documents, expansions and nested slogans.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "A glossary of the numbered slogans of a corpus: variants, counts, first and last documents, expansions.",
        discussion: """
        Documents are read in parallel (--jobs) and only their statistics are kept; the \
        output is the same for any --jobs. A file that cannot be read is reported and \
        skipped, and the run exits 1 at the end. JSON outputs of separate runs over disjoint \
        parts of a corpus combine with `kouhao merge` into the glossary of the whole.

        Dates: each document gets one from --date-pattern (on its path, then its first \
        lines), else from its file name (20150302.txt, 2015-03-02-….txt, 2017.txt), else from a \
        folder named by a date (2015/, 2015-03/), else from a full date in its first lines \
        (——2017年1月14日在…). Timelines count dated documents by --period.

        Examples:
          kouhao glossary Corpus/ > glossary.md
          kouhao glossary --format html -o 口号词表.html xwlb/
          kouhao glossary --format json --include '2016*' xwlb/ > 2016.json
          kouhao glossary --period month --format timeline-csv xwlb/ > timeline.csv
          kouhao glossary --date-pattern '第(?<year>\\d{4})期' 简报/
          jq -c '{path: .url, text}' crawl.jsonl | kouhao glossary --documents jsonl
          kouhao glossary --include '*.html' --html-main 网站存档/
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: GlossaryOutputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: ArgumentHelp(
        "A regular expression that finds a document's date in its path (then in its first lines): named groups year, month, day, or the first three groups. Tried before the built-in rules.",
        valueName: "regex"))
    var datePattern: String?

    func validate() throws {
        try input.requireInput("name the corpus's files and directories (kouhao glossary 语料/), or pipe a text in (cat 报告.txt | kouhao glossary).")
        if let datePattern {
            do { _ = try DocumentDating(pattern: datePattern) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let known = try lexicon.knownLabels()
        let analyzer = try Analyzer(configuration: .init(knownLabels: known))
        let dating = try datePattern.map(DocumentDating.init(pattern:)) ?? DocumentDating()
        var summary = CorpusSummary()
        try DocumentRunner.run(input, transform: { document in
            CorpusSummary(document: analyzer.analyze(document.reading, path: document.path, diagnostics: document.decoded.diagnostics),
                          reading: document.reading, dating: dating)
        }, consume: { summary.merge($0) }, finish: { try output.write(summary, defaultFormat: .md, lexicon: lexicon, knownLabels: known) })
    }
}
