import Foundation
import Testing

/// Corpus runs over a directory with every kind of trouble: the run completes, reports each
/// problem, and exits 1 with a summary when a file could not be processed.
@Suite struct CorpusRunTests {
    struct BadCorpus {
        let root: String
        let unreadableByPermissions: Bool
    }

    /// good.txt, gb18030.txt, empty.txt, binary.bin (NUL bytes), huge.txt (sparse, larger than
    /// one document may be), locked.txt (mode 000), .hidden.txt, and sub/loop → the root.
    func makeBadCorpus() throws -> BadCorpus {
        let fm = FileManager.default
        let root = NSTemporaryDirectory() + "kouhao-bad-\(UUID().uuidString)"
        try fm.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name)) }
        try write("good.txt", Array("青禾县深入开展“四不四争四先锋”活动，干部作风明显改善。\n".utf8))
        try write("gb18030.txt", Array(try Data(contentsOf: Kouhao.fixtures.appendingPathComponent("article-gb18030.txt"))))
        try write("empty.txt", [])
        try write("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02])
        try write(".hidden.txt", Array("隐藏".utf8))
        try write("huge.txt", [])
        #expect(truncate(root + "/huge.txt", 600_000_000) == 0)
        try write("locked.txt", Array("锁住的文件".utf8))
        chmod(root + "/locked.txt", 0)
        try fm.createSymbolicLink(atPath: root + "/sub/loop", withDestinationPath: root)
        // Root reads a file of mode 000 anyway: then only huge.txt fails.
        let fd = open(root + "/locked.txt", O_RDONLY)
        if fd >= 0 { close(fd) }
        return BadCorpus(root: root, unreadableByPermissions: fd < 0)
    }

    @Test func badCorpusCompletesReportsEachAndExitsOne() throws {
        let bad = try makeBadCorpus()
        defer { try? FileManager.default.removeItem(atPath: bad.root) }
        for jobs in ["1", "2"] {
            let r = try Kouhao.run(["glossary", "--format", "json", "--jobs", jobs, bad.root])
            #expect(r.status == 1)
            let err = r.stderr
            #expect(err.contains("huge.txt: 600000000 bytes is more than"))
            #expect(err.contains("split it into smaller files"))
            #expect(err.contains("binary.bin: byte 4: warning: looks binary (NUL and control bytes) and was skipped"))
            #expect(err.contains("empty.txt: note: empty file"))
            #expect(err.contains(".hidden.txt: note: hidden: skipped"))
            #expect(err.contains("sub/loop: note: symbolic link: skipped (links found in a directory are not followed; -L/--follow follows them)"))
            let failed = bad.unreadableByPermissions ? 2 : 1
            let processed = bad.unreadableByPermissions ? 3 : 4
            if bad.unreadableByPermissions { #expect(err.contains("locked.txt: cannot read: Permission denied")) }
            let summary = err.split(separator: "\n").last.map(String.init) ?? ""
            #expect(summary == "kouhao: \(processed) documents processed (1 empty; \(processed - 1) UTF-8, 1 GB18030), 1 skipped, \(failed) failed; 2 paths passed over while listing (see the messages above)")
            // The glossary of what could be read is still written.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let paths = (object["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            #expect(paths.map { ($0 as NSString).lastPathComponent }.sorted()
                    == (bad.unreadableByPermissions ? ["empty.txt", "gb18030.txt", "good.txt"] : ["empty.txt", "gb18030.txt", "good.txt", "locked.txt"]))
        }
    }

    @Test func quietKeepsWarningsAndTheSummaryOfFailures() throws {
        let bad = try makeBadCorpus()
        defer { try? FileManager.default.removeItem(atPath: bad.root) }
        let r = try Kouhao.run(["glossary", "--quiet", bad.root])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("note:"))
        #expect(r.stderr.contains("looks binary"))
        #expect(r.stderr.contains("failed"))
    }

    @Test func anEmptyFileIsNotAFailure() throws {
        let dir = NSTemporaryDirectory() + "kouhao-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/空.txt", contents: Data()))
        let r = try Kouhao.run(["glossary", dir])
        #expect(r.status == 0)
        #expect(r.stderr.contains("空.txt: note: empty file"))
        #expect(r.stdout.hasPrefix("# 口号词表\n\n1 篇文档 · 0 条口号"))
    }

    /// Runs a shell command under a pseudo-terminal (`script`), so that kouhao's stdout and
    /// stderr are a terminal; returns everything the terminal received.
    func onTerminal(_ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qefc", command, "/dev/null"]
        process.currentDirectoryURL = Kouhao.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["SHELL": "/bin/sh"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The parts of a terminal transcript between line clears (`\r ESC [K`).
    func segments(_ transcript: String) -> [String] {
        transcript.components(separatedBy: "\r\u{1B}[K")
    }

    func isBar(_ segment: String) -> Bool { segment.contains(" files  ") && segment.contains("MB/s") }

    /// A named pipe (in a fresh temporary folder) whose article arrives one second after kouhao
    /// opens it, and the shell command that feeds it: the writer's `open` returns only once kouhao
    /// has opened the pipe to read it, inside its run, so the second counts from there however
    /// long kouhao took to start. (`(sleep 2; cat …) | kouhao` counted from the shell's start:
    /// on a loaded machine kouhao could start after the article was there, its run took under
    /// half a second, and no bar was drawn.)
    func delayedArticle() throws -> (pipe: String, feed: String, folder: String) {
        let folder = NSTemporaryDirectory() + "kouhao-pty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pipe = folder + "/文章.txt"
        #expect(mkfifo(pipe, 0o600) == 0)
        // The timeout ends the writer if kouhao never opens the pipe (the test then fails on its output).
        let feed = "timeout 120 sh -c 'exec 3>\(pipe); sleep 1; cat Corpus/01-devzone-lanxi.txt >&3' &"
        return (pipe, feed, folder)
    }

    /// On a terminal the bar appears once a run has taken half a second, and is cleared before
    /// any output reaches the terminal and at the end: no bar is ever followed by output on its
    /// line (it used to read `[████…]  1/1 files  0.0/0.0 MB  0.0 MB/s4321工程  ×1 …`).
    @Test func progressBarIsClearedBeforeOutputOnATerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script (util-linux) is needed for the pseudo-terminal tests")
            return
        }
        let kouhao = Kouhao.binary.path
        // The first of several inputs is recorded a second into the run, after the bar's half
        // second: the bar is drawn then, and the first document's output follows it. The
        // glossary's kouhao starts two seconds late, as it may on a loaded machine.
        for (start, arguments) in [("", "--keywords 3"), ("sleep 2; ", "glossary")] {
            let delayed = try delayedArticle()
            defer { try? FileManager.default.removeItem(atPath: delayed.folder) }
            let others = arguments == "glossary" ? "Corpus/02-devzone-yunshan.txt Corpus/05-party-notice-qinglan.txt" : "Corpus/02-devzone-yunshan.txt"
            let command = "\(delayed.feed) \(start)\(kouhao) \(arguments) \(delayed.pipe) \(others)"
            let transcript = try onTerminal(command)
            let parts = segments(transcript)
            #expect(parts.contains(where: isBar), "no progress bar in a run of over a second: \(command)\n\(transcript.debugDescription)")
            for part in parts where isBar(part) {
                #expect(part.hasPrefix("[") && !part.contains("\n"), "output on the bar's line: \(part.debugDescription)")
            }
            #expect(!isBar(parts.last ?? ""), "the bar was left at the end")
            #expect(transcript.contains("两张清单") || transcript.contains("口号词表"))
        }
    }

    /// A run shorter than half a second shows no bar at all, nor does a single document, however
    /// long it takes to arrive (`cat article.txt | kouhao`).
    @Test func noProgressBarForShortRunsOrASingleDocument() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script (util-linux) is needed for the pseudo-terminal tests")
            return
        }
        for command in [
            "printf '青川湾县推进“两个清单”，即权力清单、责任清单。' | \(Kouhao.binary.path) --keywords 0",
            "(sleep 2; printf '青川湾县推进“两个清单”，即权力清单、责任清单。') | \(Kouhao.binary.path) --keywords 0",
        ] {
            let transcript = try onTerminal(command)
            #expect(!transcript.contains("█"))
            #expect(!transcript.contains(" files "))
            #expect(transcript.contains("两个清单"))
        }
    }

    /// No bar with --quiet, nor when stderr is not a terminal.
    @Test func progressBarOnlyOnATerminalAndNotQuiet() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script (util-linux) is needed for the pseudo-terminal tests")
            return
        }
        let delayed = try delayedArticle()
        defer { try? FileManager.default.removeItem(atPath: delayed.folder) }
        let quiet = try onTerminal("\(delayed.feed) \(Kouhao.binary.path) --quiet --keywords 3 \(delayed.pipe) Corpus/02-devzone-yunshan.txt")
        #expect(!quiet.contains("MB/s"))
        #expect(quiet.contains("两张清单"))
        let notATerminal = try Kouhao.run(["glossary", "--include", "*.txt", "Corpus"])
        #expect(!notATerminal.stderr.contains("MB/s"))
        #expect(!notATerminal.stderr.contains("\r"))
    }
}
