import ArgumentParser
import KouhaoKit

/// What kouhao knows beyond the documents it reads — the built-in lexicons, a user's
/// lexicon and dictionary — and whether a corpus run lets its documents confirm each other's
/// labels. Shared by every subcommand that finds slogans or segments words.
///
/// `--no-lexicon` turns off every built-in lexicon: the slogan lexicon and the tokenizer's
/// word lexicon (ICU's dictionary alone then segments words). `--lexicon FILE` adds slogan
/// labels (found unquoted; also kept whole as words); `--dict FILE` adds words in jieba's
/// format to the word lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A slogan lexicon of your own (repeatable): a glossary JSON from `kouhao glossary --format json`, a lexicon TSV from `kouhao glossary --format lexicon`, or a TSV of a label and its items per line. Its labels are found unquoted and lend their items to bare mentions; it wins over the built-in lexicon.",
        valueName: "file"))
    var lexicons: [String] = []

    @Option(name: .customLong("dict"), help: ArgumentHelp(
        "A user dictionary in jieba's format (repeatable): one word a line, optionally followed by a frequency and a tag (青川湾县 20 ns). Its words are kept whole by the tokenizer and in keywords.",
        valueName: "file"))
    var dictionaries: [String] = []

    @Flag(name: .customLong("no-lexicon"), help: "Turn off the built-in lexicons: the slogan lexicon mined from the shared corpora, and the word lexicon (ICU's dictionary alone segments words); --lexicon and --dict files still count.")
    var noLexicon = false

    @Flag(name: .customLong("no-corpus-evidence"), help: "In a run over several documents, let each document confirm only its own labels, and lend no corpus consensus to bare mentions.")
    var noCorpusEvidence = false

    /// The labels to detect with: the built-in lexicon (unless --no-lexicon) and every --lexicon file, later ones winning.
    func knownLabels() throws -> KnownLabels {
        var known = noLexicon ? KnownLabels.none : KnownLabels.builtIn
        for path in lexicons {
            do { known = known.merging(try KnownLabels(contentsOf: path)) } catch {
                throw ValidationError("--lexicon \(error)")
            }
        }
        return known
    }

    /// Where labels must be confirmed.
    var evidence: EvidenceScope { noCorpusEvidence ? .document : .corpus }

    /// The tokenizer's word lexicon: the built-in one (jieba's words, mined words and the
    /// built-in slogan labels; none with --no-lexicon), with the labels of every --lexicon file
    /// and the words of every --dict file; nil (ICU alone) when nothing is left.
    func wordLexicon() throws -> Lexicon? {
        var entries: [Lexicon.Entry] = []
        for path in lexicons {
            do { entries += Lexicon.entries(of: try KnownLabels(contentsOf: path)) } catch {
                throw ValidationError("--lexicon \(error)")
            }
        }
        for path in dictionaries {
            do { entries += try Lexicon.entries(contentsOf: path) } catch {
                throw ValidationError("--dict \(error)")
            }
        }
        let base: Lexicon? = noLexicon ? nil : .builtIn
        guard !entries.isEmpty else { return base }
        return Lexicon(adding: entries, to: base ?? .empty)
    }

    /// A tokenizer with the word lexicon these options ask for.
    func tokenizer() throws -> Tokenizer {
        try Tokenizer(lexicon: wordLexicon())
    }
}
