import Foundation
import Testing

/// `kouhao … 2>&1 | head -1` and `kouhao … | head -1`: a closed standard error or standard
/// output ends neither in a crash (it used to be SIGILL, status 132) nor in a hang.
@Suite struct ClosedStreamsTests {
    enum Closed { case stdout, stderr, both }

    /// Runs kouhao with the read end of its stdout and/or stderr pipe closed before it writes.
    func run(_ arguments: [String], closed: Closed) throws -> (status: Int32, reason: Process.TerminationReason) {
        let process = Process()
        process.executableURL = Kouhao.binary
        process.arguments = arguments
        process.currentDirectoryURL = Kouhao.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = closed == .stderr ? FileHandle.nullDevice : out
        process.standardError = closed == .stdout ? FileHandle.nullDevice : err
        process.standardInput = FileHandle.nullDevice
        try out.fileHandleForReading.close()
        try err.fileHandleForReading.close()
        try process.run()
        try out.fileHandleForWriting.close()
        try err.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason)
    }

    func corpusOfEmptyFiles() throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-empties-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for i in 0..<200 { _ = FileManager.default.createFile(atPath: "\(dir)/\(i).txt", contents: Data()) }
        try Data("青川湾县推进“两个清单”，即权力清单、责任清单。\n".utf8).write(to: URL(fileURLWithPath: dir + "/z.txt"))
        return dir
    }

    @Test func aClosedStandardErrorIsIgnored() throws {
        let dir = try corpusOfEmptyFiles()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for arguments in [["glossary", dir], ["slogans", dir], ["tokenize", dir], ["keywords", dir], ["words", dir], ["glossary", "--format", "json", "/no/such/dir"]] {
            let r = try run(arguments, closed: .stderr)
            #expect(r.reason == .exit, "\(arguments)")
            #expect(r.status == (arguments.last == "/no/such/dir" ? 1 : 0), "\(arguments)")
        }
    }

    /// A closed stdout ends the run quietly with status 0, whether stderr is open or closed too.
    @Test(arguments: [Closed.stdout, Closed.both])
    func aClosedStandardOutputEndsQuietly(closed: Closed) throws {
        let dir = try corpusOfEmptyFiles()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for arguments in [["glossary", "Corpus/01-devzone-lanxi.txt"], ["glossary", "--format", "json", dir], ["slogans", dir], ["tokenize", dir], ["keywords", "Corpus/01-devzone-lanxi.txt"]] {
            let r = try run(arguments, closed: closed)
            #expect(r.reason == .exit, "\(arguments)")
            #expect(r.status == 0, "\(arguments)")
        }
    }
}
