import ArgumentParser
import KouhaoKit

/// `kouhao merge`: combines glossary JSON files of disjoint parts of a corpus into the
/// glossary of the whole, the same as one run over all of it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine `kouhao glossary --format json` outputs of disjoint parts of a corpus.",
        discussion: """
        The result equals one `kouhao glossary` run over the union of the parts, so a large \
        corpus can be split across machines by any job runner. Parts must not share documents. \
        Directories are searched for *.json files. If any part cannot be read, nothing is \
        written and the exit status is 1.

        Examples:
          kouhao merge 2012.json 2013.json 2014.json > all.json
          kouhao merge shards/ --format md -o glossary.md
        """)

    @Argument(help: ArgumentHelp("Glossary JSON files, or directories holding them.", valueName: "path"))
    var paths: [String]

    @OptionGroup var output: GlossaryOutputOptions
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one glossary JSON file (from `kouhao glossary --format json`).") }
    }

    func run() throws {
        let reader = CorpusReader(configuration: .init(include: ["*.json"]))
        let listing = reader.files(in: paths)
        var errors = listing.diagnostics.filter { $0.severity == .error }.map(\.description)
        let keying = SloganKeying()
        var total = CorpusSummary()
        for file in listing.files {
            do {
                let shard = try GlossaryJSON.decode(try reader.read(file), path: file.path, keying: keying)
                let shared = total.sharedDocuments(with: shard)
                guard shared.isEmpty else { throw KouhaoError.overlappingShards(path: file.path, documents: shared) }
                total.merge(shard)
            } catch {
                errors.append("\(error)")
            }
        }
        guard errors.isEmpty else {
            for error in errors { StandardStreams.printError("kouhao: \(error)") }
            StandardStreams.printError("kouhao: \(errors.count) of \(listing.files.count) part(s) could not be merged; nothing was written")
            throw ExitCode(1)
        }
        try output.write(total, defaultFormat: .json, lexicon: lexicon, knownLabels: try lexicon.knownLabels())
    }
}
