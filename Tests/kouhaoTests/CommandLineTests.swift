import Foundation
import Testing

/// A first run without surprises: mistyped subcommands, `help` with an unknown name, silent
/// waits on a terminal, negative numbers, `-f`, `--excel`, help that fits 80 columns.
@Suite struct CommandLineTests {
    static let article = "Corpus/01-devzone-lanxi.txt"

    /// A first argument that is no path but close to a subcommand stops with "did you mean"
    /// (`kouhao glosary Corpus/` used to analyse every file, then say "check the path").
    @Test(arguments: [("glosary", "glossary"), ("slogan", "slogans"), ("tokenise", "tokenize"), ("kewords", "keywords"), ("mrege", "merge"), ("wrods", "words"), ("sho", "show")])
    func aMistypedSubcommandIsAUsageError(typed: String, meant: String) throws {
        let r = try Kouhao.run([typed, "Corpus/"])
        #expect(r.status == 64)
        #expect(r.stderr == "kouhao: unknown subcommand '\(typed)': did you mean '\(meant)'? (no file or directory '\(typed)' exists either)\n")
        #expect(r.stdout.isEmpty)
    }

    /// A path that exists is a path, however close to a subcommand its name; a word far from
    /// every subcommand is a path that does not exist.
    @Test func pathsStayPaths() throws {
        let dir = NSTemporaryDirectory() + "kouhao-typo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/glosary", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("青川湾县推进“两个清单”，即权力清单、责任清单。\n".utf8).write(to: URL(fileURLWithPath: dir + "/glosary/a.txt"))
        let process = Process()
        process.executableURL = Kouhao.binary
        process.arguments = ["glosary"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let far = try Kouhao.run(["报告.txt"])
        #expect(far.status == 1)
        #expect(far.stderr.contains("报告.txt: error: no such file or directory"))
    }

    @Test func helpWithAnUnknownSubcommandIsAUsageError() throws {
        let unknown = try Kouhao.run(["help", "nosuch"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("kouhao: no subcommand 'nosuch': the subcommands are show, slogans, keywords, glossary, merge, words, tokenize"))
        let close = try Kouhao.run(["help", "glosary"])
        #expect(close.status == 64)
        #expect(close.stderr.contains("did you mean 'glossary'?"))
        let known = try Kouhao.run(["help", "glossary"])
        #expect(known.status == 0)
        #expect(known.stdout.contains("kouhao glossary"))
    }

    /// A binary copied without its tables stops with status 69 and says where it looked and
    /// what to copy (it used to crash with a backtrace, or read the tables of the build it came
    /// from); with the folder in `../share/kouhao/` it runs.
    @Test func aBinaryCopiedWithoutItsTablesSaysWhatToCopy() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kouhao-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Kouhao.binary, to: bin.appendingPathComponent("kouhao"))
        func runCopy(_ arguments: [String]) throws -> (status: Int32, stderr: String, stdout: String) {
            let process = Process()
            process.executableURL = bin.appendingPathComponent("kouhao")
            process.arguments = arguments
            let input = root.appendingPathComponent("in.txt"), out = root.appendingPathComponent("out.txt"), err = root.appendingPathComponent("err.txt")
            try Data("青川湾县推进“两个清单”，即权力清单、责任清单。\n".utf8).write(to: input)
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            process.waitUntilExit()
            return (process.terminationStatus, try String(contentsOf: err, encoding: .utf8), try String(contentsOf: out, encoding: .utf8))
        }
        let alone = try runCopy(["slogans"])
        #expect(alone.status == 69)
        #expect(alone.stderr.hasPrefix("kouhao: the built-in tables (kouhao_KouhaoKit.resources) are missing: looked in \(bin.path)/kouhao_KouhaoKit.resources and \(root.path)/share/kouhao/kouhao_KouhaoKit.resources"))
        #expect(alone.stdout.isEmpty)
        #expect(try runCopy(["--help"]).status == 0)

        let share = root.appendingPathComponent("share/kouhao")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Kouhao.binary.deletingLastPathComponent().appendingPathComponent("kouhao_KouhaoKit.resources"),
                                         to: share.appendingPathComponent("kouhao_KouhaoKit.resources"))
        let installed = try runCopy(["slogans", "--format", "jsonl"])
        #expect(installed.status == 0)
        #expect(installed.stdout.contains("两个清单"))
    }

    /// `--top -1` says what is wrong with the value (it used to say "Missing value").
    @Test(arguments: [
        (["keywords", "--top", "-1"], "--top must be at least 1 (it was -1)"),
        (["words", "--top", "-1"], "--top must be 0 (all) or more (it was -1)"),
        (["show", "--keywords", "-2"], "--keywords must be 0 or more (got -2)"),
        (["slogans", "--min-confidence", "-0.5"], "--min-confidence must be between 0 and 1 (it was -0.5)"),
        (["glossary", "--jobs", "-3"], "--jobs must be at least 1 (it was -3)"),
    ])
    func negativeNumbersGetAClearMessage(arguments: [String], message: String) throws {
        let r = try Kouhao.run(arguments + [Self.article])
        #expect(r.status == 64)
        #expect(r.stderr.contains(message))
        #expect(!r.stderr.contains("Missing value"))
    }

    /// `-f` is `--format` on every subcommand that has a format.
    @Test(arguments: [
        (["show", "-f", "json"], "\"slogans\""), (["slogans", "-f", "jsonl"], "\"slogans\""), (["keywords", "-f", "csv"], "path,rank,term"),
        (["glossary", "-f", "json"], "\"schema\""), (["words", "-f", "json", "--min-count", "2"], "["), (["tokenize", "-f", "json"], "\"tokens\""),
    ])
    func shortFormatEverywhere(arguments: [String], expected: String) throws {
        let r = try Kouhao.run(arguments + [Self.article])
        #expect(r.status == 0)
        #expect(r.stdout.contains(expected))
    }

    @Test func mergeTakesShortFormatToo() throws {
        let dir = NSTemporaryDirectory() + "kouhao-mergef-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Kouhao.run(["glossary", "-f", "json", "-o", dir + "/a.json", Self.article]).status == 0)
        let r = try Kouhao.run(["merge", "-f", "md", dir + "/a.json"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# 口号词表"))
    }

    /// `--excel`: CSV beginning with a UTF-8 BOM, for every command that writes CSV; CSV is implied
    /// and any other format refused.
    @Test(arguments: ["show", "slogans", "keywords", "glossary", "words"])
    func excelCSVStartsWithAByteOrderMark(command: String) throws {
        let extra = command == "words" ? ["--min-count", "2"] : []
        let r = try Kouhao.run([command, "--excel"] + extra + [Self.article])
        #expect(r.status == 0)
        let plain = try Kouhao.run([command, "--format", "csv"] + extra + [Self.article])
        #expect(r.stdout == "\u{FEFF}" + plain.stdout)
        #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
        let both = try Kouhao.run([command, "--excel", "--format", "csv"] + extra + [Self.article])
        #expect(both.stdout == r.stdout)
        let wrong = try Kouhao.run([command, "--excel", "--format", "json"] + extra + [Self.article])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--excel writes CSV: leave out --format json, or use --format csv."))
    }

    /// `--context` in CSV adds the mention's sentence and the sentence stating its expansion.
    @Test func csvContextHasBothSentences() throws {
        let text = Data("松岭县持续推进“两个清单”工作。所谓“两个清单”，即权力清单、责任清单。\n".utf8)
        let r = try Kouhao.run(["slogans", "--format", "csv", "--context"], stdin: text)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "path,slogan,key,start,end,kind,numbers,confidence,quoted,direction,expansion,sentence,context")
        let first = lines.dropFirst().first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
        #expect(first.count == 13)
        #expect(first.suffix(2) == ["松岭县持续推进“两个清单”工作。", "所谓“两个清单”，即权力清单、责任清单。"])
        let show = try Kouhao.run(["show", "--format", "csv"], stdin: text)
        #expect(show.stdout.hasPrefix("path,record,slogan,"))
    }

    /// Every line of the root help fits 80 columns (a Chinese character takes two), so the
    /// examples no longer wrap.
    @Test func rootHelpFitsEightyColumns() throws {
        let r = try Kouhao.run(["--help"])
        #expect(r.status == 0)
        for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(Self.columns(String(line)) <= 80, "\(Self.columns(String(line))) columns: \(line)")
        }
        let examples = r.stdout.components(separatedBy: "Examples:\n").dropFirst().first?.components(separatedBy: "\n\n").first ?? ""
        #expect(examples.split(separator: "\n").count == 4)
        #expect(examples.split(separator: "\n").allSatisfy { $0.hasPrefix("  cat ") || $0.hasPrefix("  kouhao ") })
    }

    /// Display width in a terminal: East Asian wide and full-width characters take two columns.
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { n, s in
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : 1)
        }
    }

    /// The README lists the CSV columns of `words` in the order they are written.
    @Test func readmeListsTheWordsColumnsInOrder() throws {
        let r = try Kouhao.run(["words", "--format", "csv", "--min-count", "2", Self.article])
        let header = try #require(r.stdout.split(separator: "\n").first).replacingOccurrences(of: ",", with: ", ")
        let readme = try String(contentsOf: Kouhao.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("`\(header)`"))
    }

    /// On a terminal with no input, `glossary`, `slogans` and `tokenize` refuse with a hint
    /// instead of waiting silently, as the others do (a pseudo-terminal through `script`).
    @Test(arguments: ["glossary", "slogans", "tokenize", "show", "keywords", "words"])
    func noInputOnATerminalIsRefused(command: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script (util-linux) is needed for the pseudo-terminal tests")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qefc", "\(Kouhao.binary.path) \(command)", "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SHELL": "/bin/sh"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let transcript = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(transcript.contains("No input: "))
    }
}
