import ArgumentParser
import KouhaoKit

/// The lexicon options shared by the subcommands that segment words: the built-in lexicons
/// on or off, and the user's own dictionary.
///
/// `--no-lexicon` turns off every built-in lexicon (the tokenizer's word lexicon here; the
/// slogan lexicon where there is one). `--dict FILE` adds a user dictionary in jieba's format
/// to the word lexicon (alone, with `--no-lexicon`).
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: ArgumentHelp(
        "A user dictionary in jieba's format: one word a line, optionally followed by a frequency and a tag (青川湾县 20 ns). Its words are kept whole. Repeatable.",
        valueName: "file"))
    var dictionaries: [String] = []

    @Flag(name: .customLong("no-lexicon"), help: "Turn off the built-in lexicons: words are segmented by ICU's dictionary alone (with --dict: by your dictionary, ICU elsewhere).")
    var noLexicon = false

    /// The word lexicon these options ask for: nil for ICU alone.
    func wordLexicon() throws -> Lexicon? {
        let entries = try dictionaries.flatMap { try Lexicon.entries(contentsOf: $0) }
        if noLexicon {
            return dictionaries.isEmpty ? nil : Lexicon(adding: entries, to: .empty)
        }
        return entries.isEmpty ? .builtIn : Lexicon(adding: entries, to: .builtIn)
    }

    /// A tokenizer with the word lexicon these options ask for.
    func tokenizer() throws -> Tokenizer {
        try Tokenizer(lexicon: wordLexicon())
    }
}
