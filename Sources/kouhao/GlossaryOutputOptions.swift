import ArgumentParser
import Foundation
import KouhaoKit

extension GlossaryFormat: ExpressibleByArgument {}
extension DocumentOrder: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}

/// The output options of the commands that write a glossary (`glossary`, `merge`).
struct GlossaryOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "md: a readable glossary; json: complete, for `kouhao merge` and programs; csv: one row per slogan; timeline-csv: one row per slogan and period (label,period,documents,mentions,share); html: one self-contained page to explore (timelines, sorting, filters, sources); text: the top entries with sparklines, for a terminal; lexicon: a slogan lexicon TSV for --lexicon. (default: md for glossary, json for merge)",
        valueName: "format"))
    var format: GlossaryFormat?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write to this file instead of standard output. It is replaced only once the new glossary is complete (through a symbolic link: the file it points to); a read-only file or a directory is refused; a device or FIFO (/dev/null, /dev/stdout) is written as it is.",
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

    @Option(parsing: .unconditional, help: ArgumentHelp("Entries shown by --format text (the most mentioned first).", valueName: "n"))
    var top: Int = GlossaryText.defaultTop

    @OptionGroup var excel: ExcelOption

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1 (it was \(top)).") }
        try excel.check(format)
    }

    /// HTML citations link to documents below the page's folder: the folder of `-o`, or the
    /// working folder when the page goes to standard output (as with `> page.html`).
    var sourceLinks: SourceLinks {
        let cwd = FileManager.default.currentDirectoryPath
        let page = output.flatMap { $0 == "-" ? nil : $0 }
        let directory = page.map { path -> String in
            guard let slash = path.lastIndex(of: "/") else { return "." }
            return slash == path.startIndex ? "/" : String(path[..<slash])
        } ?? "."
        return SourceLinks(pageDirectory: directory, workingDirectory: cwd)
    }

    /// Renders the glossary of `summary` (with the evidence scope and known labels of `lexicon`) and writes it.
    func write(_ summary: CorpusSummary, defaultFormat: GlossaryFormat, lexicon: LexiconOptions, knownLabels: KnownLabels) throws {
        let glossary = Glossary(summary: summary, configuration: .init(order: order, period: period, evidence: lexicon.evidence),
                                knownLabels: knownLabels)
        let format = excel.format(format, csv: .csv, default: defaultFormat)
        try AtomicOutput(path: output).write(excel.prefix + format.render(glossary, top: top, sourceLinks: sourceLinks))
    }
}
