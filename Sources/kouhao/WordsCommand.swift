import ArgumentParser
import KouhaoKit

/// `kouhao words`: the words a corpus uses that ICU splits, with frequency, cohesion and entropy.
struct WordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "words",
        abstract: "Discover the corpus's own words: runs of tokens ICU splits (招|商|引|资) that occur often, hold together and stand free.",
        discussion: """
        Every run of 2–8 tokens between stop words and punctuation that occurs at least \
        --min-count times in the whole corpus is measured by its cohesion (PMI of its \
        weakest split, natural log) and the entropy of the characters around it (nats); \
        runs above both thresholds are listed, most frequent first.

        Examples:
          kouhao words 新闻联播/ --top 100
          kouhao words 报告/ --min-count 20 --format csv > words.csv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Words to list (0 = all).")
    var top = 50

    @Option(name: .customLong("min-count"), help: "Fewest occurrences in the corpus.")
    var minimumCount = 5

    @Option(name: .customLong("min-cohesion"), help: "Least PMI of the weakest split (natural log; 3 = 20 times chance).")
    var minimumCohesion = 3.0

    @Option(name: .customLong("min-entropy"), help: "Least entropy of the neighbouring characters on each side, in nats.")
    var minimumEntropy = 1.0

    @Option(name: .customLong("stopwords"), help: ArgumentHelp("A stop-word list to use instead of the built-in one.", valueName: "file"))
    var stopWords: String?

    @Option(help: "text (a table), json, jsonl, csv.")
    var format: Format = .text

    mutating func validate() throws {
        if input.paths.isEmpty && StandardStreams.stdinIsTerminal {
            throw ValidationError("No input: pipe a text into kouhao words (cat 报告.txt | kouhao words) or name files and directories.")
        }
        guard top >= 0 else { throw ValidationError("--top must not be negative.") }
        guard minimumCount >= 2 else { throw ValidationError("--min-count must be at least 2.") }
    }

    func run() throws {
        let configuration = PhraseBuilder.Configuration(
            minimumCount: minimumCount, minimumCohesion: minimumCohesion, minimumEntropy: minimumEntropy,
            stopWords: try stopWords.map(StopWords.init(contentsOf:)) ?? .default)
        var builder = PhraseBuilder(configuration: configuration)
        let tokenizer = try lexicon.tokenizer(), normalizer = Normalizer(), reader = builder
        try DocumentRunner.run(input, transform: { reader.tokens(of: normalizer.normalize($0.decoded.text), tokenizer: tokenizer) },
                               consume: { builder.add($0) }, finish: {
            let phrases = builder.phrases()
            var sink = ByteSink()
            PhraseRenderer.render(top == 0 ? phrases : Array(phrases.prefix(top)), format: PhraseRenderer.Format(rawValue: format.rawValue)!, into: &sink)
            StandardStreams.flush(&sink)
        })
    }
}
