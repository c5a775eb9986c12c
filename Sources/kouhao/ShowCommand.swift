import ArgumentParser
import KouhaoKit

/// `kouhao` (`kouhao show`): the slogans of each document with their expansions, then its
/// keywords. The default subcommand.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show each document's numbered slogans with their expansions, then its keywords (the default).",
        discussion: """
        This is what `kouhao` does without a subcommand: each slogan once, with how often it \
        occurs, its expansion as a numbered list and the sentence that states it, then the \
        document's keywords.

        Examples:
          cat 报告.txt | kouhao
          kouhao 报告.txt 讲话.txt
          kouhao --format md 报告.txt > 报告-口号.md
          kouhao 报告.pdf 通知.html                     # PDFs and web pages too
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .customLong("keywords"), parsing: .unconditional, help: ArgumentHelp(
        "How many keywords to show under the slogans (0: none). `kouhao keywords` has more options.",
        valueName: "n"))
    var keywordCount = 10

    func validate() throws {
        if keywordCount < 0 {
            throw ValidationError("--keywords must be 0 or more (got \(keywordCount)).")
        }
        try input.requireInput("pipe a text into kouhao (cat 报告.txt | kouhao) or name files and directories (kouhao 报告.txt).")
    }

    func run() throws {
        var keywords = KeywordConfiguration.default
        keywords.top = keywordCount
        let known = try lexicon.knownLabels()
        let words: Analyzer.Configuration.Words = keywordCount == 0 ? .none : try lexicon.wordLexicon().map { .custom($0) } ?? .none
        let analyzer = try Analyzer(configuration: .init(keywords: keywordCount == 0 ? .off : .extract(keywords), knownLabels: known, words: words))
        let renderer = AnalysisRenderer(format: output.resolvedFormat, content: .all)
        try DocumentRunner.analyze(input, with: analyzer, renderer: renderer, prefix: output.excel.prefix,
                                   evidence: lexicon.evidence, knownLabels: known)
    }
}
