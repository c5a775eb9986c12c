import ArgumentParser
import KouhaoKit

/// What kouhao knows beyond the documents it reads — the built-in lexicons, a user's
/// lexicon — and whether a corpus run lets its documents confirm each other's labels.
/// Shared by every subcommand that finds slogans.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A slogan lexicon of your own (repeatable): a glossary JSON from `kouhao glossary --format json`, a lexicon TSV from `kouhao glossary --format lexicon`, or a TSV of a label and its items per line. Its labels are found unquoted and lend their items to bare mentions; it wins over the built-in lexicon.",
        valueName: "file"))
    var lexicons: [String] = []

    @Flag(name: .customLong("no-lexicon"), help: "Turn off the built-in lexicons (the slogan lexicon mined from the shared corpora); --lexicon files still count.")
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
}
