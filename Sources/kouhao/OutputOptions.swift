import ArgumentParser
import KouhaoKit

/// The output format options of the per-document subcommands (`show`, `slogans`).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: text (default), json, jsonl, csv or md.")
    var format: AnalysisRenderer.Format?

    @OptionGroup var excel: ExcelOption

    func validate() throws { try excel.check(format) }

    /// The format to write: the one given, CSV with --excel, else text.
    var resolvedFormat: AnalysisRenderer.Format { excel.format(format, csv: .csv, default: .text) }
}

extension AnalysisRenderer.Format: ExpressibleByArgument {}
