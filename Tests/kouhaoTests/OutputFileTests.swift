import Foundation
import Testing

/// `-o FILE`: regular files are replaced atomically; devices, FIFOs and standard output are
/// written as they are; symbolic links, read-only files, directories and the temporary files
/// of killed runs are handled as the README says.
@Suite struct OutputFileTests {
    static let article = "Corpus/01-devzone-lanxi.txt"

    func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-out-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func kind(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0
    }

    /// A FIFO stays a FIFO and its reader gets the glossary (it used to be replaced by a file).
    @Test func aFIFOIsWrittenNotReplaced() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/glossary.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        // Opened read-write, the FIFO has a reader without blocking; the glossary fits its buffer.
        let reader = open(fifo, O_RDWR | O_NONBLOCK)
        defer { close(reader) }
        let r = try Kouhao.run(["glossary", "-o", fifo, Self.article])
        #expect(r.status == 0)
        #expect(kind(fifo) == S_IFIFO)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(reader, &buffer, buffer.count)
        #expect(n > 0)
        #expect(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self).hasPrefix("# 口号词表"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["glossary.fifo"])
    }

    /// `-o /dev/null` keeps the device (as root the old code replaced the system's /dev/null).
    @Test func aDeviceIsWrittenNotReplaced() throws {
        let r = try Kouhao.run(["glossary", "-o", "/dev/null", Self.article])
        #expect(r.status == 0)
        #expect(kind("/dev/null") == S_IFCHR)
        #expect(r.stdout.isEmpty)
    }

    @Test func devStdoutIsStandardOutput() throws {
        let r = try Kouhao.run(["glossary", "-o", "/dev/stdout", Self.article])
        #expect(r.status == 0)
        #expect(r.stdout == (try Kouhao.run(["glossary", Self.article])).stdout)
        #expect(r.stdout.hasPrefix("# 口号词表"))
    }

    @Test func aDirectoryOrAMissingDirectoryIsRefusedWithAdvice() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let toDirectory = try Kouhao.run(["glossary", "-o", dir, Self.article])
        #expect(toDirectory.status == 1)
        #expect(toDirectory.stderr.contains("\(dir): cannot write: it is a directory: name a file (-o \(dir)/glossary.md)"))
        let missing = try Kouhao.run(["glossary", "-o", dir + "/无此目录/词表.md", Self.article])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot create a temporary file beside it: No such file or directory: check that the directory exists"))
    }

    /// A symbolic link stays a link; the file it points to gets the new glossary.
    @Test func aLinkKeepsPointingAtTheReplacedFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try Data("旧".utf8).write(to: URL(fileURLWithPath: dir + "/real/词表.md"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.md", withDestinationPath: "real/词表.md")
        let r = try Kouhao.run(["glossary", "-o", dir + "/link.md", Self.article])
        #expect(r.status == 0)
        #expect(kind(dir + "/link.md") == S_IFLNK)
        #expect(try String(contentsOfFile: dir + "/real/词表.md", encoding: .utf8).hasPrefix("# 口号词表"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/real") == ["词表.md"])
    }

    /// A read-only file is refused and left as it was (for root too: no write bit for anybody).
    @Test func aReadOnlyFileIsRefused() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/只读.md"
        try Data("旧".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o444)
        let r = try Kouhao.run(["glossary", "-o", file, Self.article])
        #expect(r.status == 1)
        #expect(r.stderr.contains("只读.md: cannot write: it is read-only: make it writable (chmod u+w) or write to another file"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "旧")
    }

    /// Temporary files of a run killed with SIGKILL are removed by the next write; those of a live
    /// run (locked), fresh ones and other names stay.
    @Test func orphanedTemporaryFilesAreRemoved() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func make(_ name: String, age: Double) {
            let path = dir + "/" + name
            FileManager.default.createFile(atPath: path, contents: Data("半截".utf8))
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            let nanoseconds = (Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)) - Int(age * 1e9)
            let then = timespec(tv_sec: nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)
            var times = [then, then]
            utimensat(AT_FDCWD, path, &times, 0)
        }
        make(".out.md.kouhao-AbC123", age: 60)      // orphan
        make(".out.md.kouhao-Live12", age: 60)      // a live run holds it
        make(".out.md.kouhao-Fresh1", age: -30)     // written "just now" whenever kouhao starts (mtime ahead)
        make(".out.md.kouhao-backup7", age: 60)     // not the pattern
        make(".other.md.kouhao-AbC123", age: 60)    // another target's
        let live = open(dir + "/.out.md.kouhao-Live12", O_RDONLY)
        defer { close(live) }
        #expect(flock(live, LOCK_EX) == 0)
        // Enough neighbours to fill readdir's buffer (its entry names are read in place: under
        // AddressSanitizer a whole copy of d_name read past the buffer's end).
        for i in 0..<1500 { FileManager.default.createFile(atPath: dir + "/" + String(format: "n%04d-", i) + String(repeating: "x", count: i % 90), contents: nil) }
        // An orphan last written just over a second ago goes too (whole seconds kept it up to 2 s).
        make(".out.md.kouhao-Just1s", age: 1.05)
        let r = try Kouhao.run(["glossary", "-o", dir + "/out.md", Self.article])
        #expect(r.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix("n") }.sorted() == [
            ".other.md.kouhao-AbC123", ".out.md.kouhao-Fresh1", ".out.md.kouhao-Live12", ".out.md.kouhao-backup7", "out.md",
        ])
    }
}
