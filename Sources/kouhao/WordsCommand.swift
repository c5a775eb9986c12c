import ArgumentParser
import KouhaoKit

/// `kouhao words`: the words a corpus uses that the tokenizer splits, with frequency, cohesion and entropy.
struct WordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "words",
        abstract: "Discover the corpus's own words, those the tokenizer splits into pieces: runs of tokens that occur often, hold together and stand free.",
        discussion: """
        The tokenizer leaves words that neither its lexicon nor ICU's dictionary knows as \
        pieces (石楠|县, 鹭|江; with --no-lexicon, ICU alone: 招|商|引|资). \
        Every run of 2–8 tokens between stop words and punctuation that occurs at least \
        --min-count times in the whole corpus is measured by its cohesion (PMI of its \
        weakest split, natural log) and the entropy of the characters around it (nats); \
        runs above both thresholds are listed, most frequent first.

        Examples:
          kouhao words 新闻联播/ --top 100
          kouhao words 报告/ --min-count 20 --format csv > words.csv
          kouhao words --no-lexicon 报告/        (the words ICU alone splits)
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(parsing: .unconditional, help: "Words to list (0 = all).")
    var top = 50

    @Option(name: .customLong("min-count"), parsing: .unconditional, help: "Fewest occurrences in the corpus.")
    var minimumCount = 5

    @Option(name: .customLong("min-cohesion"), parsing: .unconditional, help: "Least PMI of the weakest split (natural log; 3 = 20 times chance).")
    var minimumCohesion = 3.0

    @Option(name: .customLong("min-entropy"), parsing: .unconditional, help: "Least entropy of the neighbouring characters on each side, in nats.")
    var minimumEntropy = 1.0

    @Option(name: .customLong("stopwords"), help: ArgumentHelp("A stop-word list to use instead of the built-in one.", valueName: "file"))
    var stopWords: String?

    @Option(name: .shortAndLong, help: "text (a table, the default), json, jsonl, csv.")
    var format: Format?

    @OptionGroup var excel: ExcelOption

    mutating func validate() throws {
        try input.requireInput("name the corpus's files and directories (kouhao words 语料/), or pipe a text in (cat 报告.txt | kouhao words).")
        try excel.check(format)
        guard top >= 0 else { throw ValidationError("--top must be 0 (all) or more (it was \(top)).") }
        guard minimumCount >= 2 else { throw ValidationError("--min-count must be at least 2.") }
    }

    func run() throws {
        let configuration = PhraseBuilder.Configuration(
            minimumCount: minimumCount, minimumCohesion: minimumCohesion, minimumEntropy: minimumEntropy,
            stopWords: try stopWords.map(StopWords.init(contentsOf:)) ?? .default)
        var builder = PhraseBuilder(configuration: configuration)
        let tokenizer = try lexicon.tokenizer(), normalizer = Normalizer(), reader = builder
        try DocumentRunner.run(input, transform: { reader.tokens(of: normalizer.normalize($0.reading), tokenizer: tokenizer) },
                               consume: { builder.add($0) }, finish: {
            let phrases = builder.phrases()
            var sink = ByteSink()
            sink.bytes += excel.prefix
            PhraseRenderer.render(top == 0 ? phrases : Array(phrases.prefix(top)),
                                  format: PhraseRenderer.Format(rawValue: excel.format(format, csv: .csv, default: .text).rawValue)!, into: &sink)
            StandardStreams.flush(&sink)
        })
    }
}
