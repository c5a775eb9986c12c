import ArgumentParser
import KouhaoKit

/// The output format option of the per-document subcommands.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: text, json, jsonl, csv or md.")
    var format: AnalysisRenderer.Format = .text
}

extension AnalysisRenderer.Format: ExpressibleByArgument {}
