import ArgumentParser
import Foundation
import KouhaoKit

/// The `kouhao` command: numbered slogans (数字式提法) and keywords of Chinese policy writing.
@main
struct Kouhao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kouhao",
        abstract: "Find the numbered slogans (数字式提法) of Chinese policy writing, with their expansions, and its keywords.",
        discussion: """
        Examples:
          cat 报告.txt | kouhao                  slogans and expansions, then keywords
          kouhao glossary 语料/ -o 词表.md       a slogan glossary of a whole corpus
          kouhao merge a.json b.json > all.json  combine the glossaries of parts
          kouhao tokenize 报告.txt               word segmentation (ICU)

        Input is any Chinese text file: UTF-8, UTF-16 with BOM, GB18030/GBK, Big5 \
        (detected; --encoding to force); many documents on one stream as JSON lines of \
        {"path", "text"} or {"path", "base64"} with --documents jsonl. Exit status: 0 ok, 1 some \
        input failed, 64 usage error, 69 the built-in tables (kouhao_KouhaoKit.resources) are not \
        next to the executable (copy that folder from .build/release/ along with kouhao).
        Shell completion: kouhao --generate-completion-script bash (or zsh, fish).
        """,
        version: "0.1.0",
        subcommands: [ShowCommand.self, SlogansCommand.self, KeywordsCommand.self, GlossaryCommand.self, MergeCommand.self, WordsCommand.self, TokenizeCommand.self],
        defaultSubcommand: ShowCommand.self)

    static func main() {
        signal(SIGPIPE, SIG_IGN)
        let names = configuration.subcommands.map { $0._commandName }
        if let message = CommandLineChecks.usageError(Array(CommandLine.arguments.dropFirst()), subcommands: names) {
            StandardStreams.printError("kouhao: \(message)")
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            // A subcommand (not the help) reads the built-in tables: a broken installation is
            // reported before any input is read, with what to copy where.
            let isSubcommand = configuration.subcommands.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) }
            if isSubcommand {
                do { _ = try BuiltInResources.locate() } catch {
                    StandardStreams.printError("kouhao: \(error)")
                    Glibc.exit(69)
                }
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
