import ArgumentParser
import KouhaoKit

extension GlossaryFormat: ExpressibleByArgument {}
extension DocumentOrder: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}

/// The output options of the commands that write a glossary (`glossary`, `merge`).
struct GlossaryOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "md: a readable glossary; json: complete, for `kouhao merge` and programs; csv: one row per slogan; html: one self-contained page with a search box; lexicon: a slogan lexicon TSV for --lexicon. (default: md for glossary, json for merge)",
        valueName: "format"))
    var format: GlossaryFormat?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write to this file instead of standard output. It is replaced only once the new glossary is complete.",
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "What 'first seen' and 'last seen' go by: path, date (in the file name, e.g. 20150302.txt, 2017.txt), or automatic (date when every file name has one).",
        valueName: "order"))
    var order: DocumentOrder = .automatic

    @Option(help: ArgumentHelp(
        "The periods of the timelines (documents and mentions per period, share of the period's documents): year or month. Undated documents are in no period.",
        valueName: "period"))
    var period: Period = .year

    /// Renders the glossary of `summary` (with the evidence scope and known labels of `lexicon`) and writes it.
    func write(_ summary: CorpusSummary, defaultFormat: GlossaryFormat, lexicon: LexiconOptions, knownLabels: KnownLabels) throws {
        let glossary = Glossary(summary: summary, configuration: .init(order: order, period: period, evidence: lexicon.evidence),
                                knownLabels: knownLabels)
        try AtomicOutput(path: output).write((format ?? defaultFormat).render(glossary))
    }
}
