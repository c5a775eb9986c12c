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

        Examples:
          kouhao glossary Corpus/ > glossary.md
          kouhao glossary --format html -o 口号词表.html xwlb/
          kouhao glossary --format json --include '2016*' xwlb/ > 2016.json
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: GlossaryOutputOptions

    func run() throws {
        let analyzer = try Analyzer()
        var summary = CorpusSummary()
        try DocumentRunner.run(input, transform: { document in
            CorpusSummary(document: analyzer.analyze(document.reading, path: document.path, diagnostics: document.decoded.diagnostics),
                          reading: document.reading)
        }, consume: { summary.merge($0) }, finish: { try output.write(summary, defaultFormat: .md) })
    }
}
