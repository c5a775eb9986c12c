import Foundation
import Testing

/// Inputs that must neither exhaust memory nor leak files from outside a corpus nor vanish
/// silently: endless sources, symbolic links planted in a corpus, paths deeper than PATH_MAX,
/// stray NUL bytes.
@Suite struct InputSafetyTests {
    static let article = "Corpus/01-devzone-lanxi.txt"

    func scratch(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `/dev/zero` and `/dev/urandom` have no size: they are read up to the limit, reported, and
    /// the run goes on with the other inputs.
    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func endlessFilesFailAtTheLimitAndTheRunGoesOn(device: String) throws {
        let r = try Kouhao.run(["slogans", "--max-size", "1M", device, Self.article])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(device): more than the 1048576-byte limit for one document; reading stopped there"))
        #expect(r.stderr.contains("1 document processed, 1 failed"))
        #expect(r.stdout.contains("══ \(Self.article) ══"))
    }

    /// The default limit (512M) holds too, for a named device and for standard input.
    @Test func endlessSourcesAtTheDefaultLimit() throws {
        let named = try Kouhao.run(["slogans", "/dev/zero"])
        #expect(named.status == 1)
        #expect(named.stderr.contains("/dev/zero: more than the 536870911-byte limit"))
        let stdin = try Kouhao.run(["--max-size", "64K"], stdinPath: "/dev/zero")
        #expect(stdin.status == 1)
        #expect(stdin.stderr.contains("-: more than the 65536-byte limit"))
    }

    @Test func mergeReadsWithTheSameLimit() throws {
        let r = try Kouhao.run(["merge", "/dev/zero"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/dev/zero: more than the 536870911-byte limit"))
        #expect(r.stderr.contains("nothing was written"))
        #expect(r.stdout.isEmpty)
    }

    /// Tables and lists are read with the same cap, and say what went wrong (`--idf-table
    /// /dev/zero` used to say "check its permissions").
    @Test(arguments: [("keywords", "--idf-table"), ("keywords", "--stopwords"), ("words", "--stopwords"), ("glossary", "--lexicon")])
    func tablesAndListsAreCappedToo(command: String, option: String) throws {
        let r = try Kouhao.run([command, option, "/dev/zero", Self.article])
        #expect(r.status == (command == "glossary" ? 64 : 1))   // the lexicon is read while validating
        #expect(r.stderr.contains("/dev/zero: more than the 536870911-byte limit for one document"))
        #expect(!r.stderr.contains("permission"))
    }

    @Test(arguments: ["0", "-5", "1T", "600M", "ten"])
    func maxSizeIsValidated(value: String) throws {
        let r = try Kouhao.run(["slogans", "--max-size=\(value)", Self.article])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--max-size must be a size from 1 to 512M"))
    }

    /// `ln -s /path/secret corpus/p.txt; kouhao tokenize corpus/` must not print the secret.
    @Test func linksPlantedInACorpusAreNotFollowedWithoutL() throws {
        let corpus = try scratch("planted"), outside = try scratch("outside")
        defer {
            try? FileManager.default.removeItem(atPath: corpus)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try Data("口令：松岭县机密\n".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
        try Data("青川湾县推进“两个清单”\n".utf8).write(to: URL(fileURLWithPath: corpus + "/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: corpus + "/p.txt", withDestinationPath: outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus + "/env", withDestinationPath: outside)
        let plain = try Kouhao.run(["tokenize", corpus])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("机密"))
        #expect(plain.stdout.contains("推进"))
        #expect(plain.stderr.contains("p.txt: note: symbolic link: skipped"))
        #expect(plain.stderr.contains("env: note: symbolic link: skipped"))
        for flag in ["-L", "--follow"] {
            let followed = try Kouhao.run(["tokenize", flag, corpus])
            #expect(followed.status == 0)
            #expect(followed.stdout.components(separatedBy: "机密").count == 3)
        }
        // Named on the command line, a link is taken as it is.
        #expect(try Kouhao.run(["tokenize", corpus + "/p.txt"]).stdout.contains("机密"))
    }

    /// A file deeper than PATH_MAX is read (it used to be skipped with exit 0).
    @Test func filesDeeperThanPathMaxAreProcessed() throws {
        let root = try scratch("deep")
        defer { DeepTree.remove(root) }
        DeepTree.make(root, levels: 45, file: "深.txt", contents: Array("青川湾县实施“三清两改”行动，即清垃圾、清沟渠，改厕所、改庭院。\n".utf8))
        let r = try Kouhao.run(["glossary", "--format", "json", root])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let corpus = try #require(object["corpus"] as? [String: Any])
        #expect(corpus["documents"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(((documents.first?["path"] as? String)?.utf8.count ?? 0) > Int(PATH_MAX))
        #expect(r.stdout.contains("三清两改"))
    }

    /// One stray NUL byte no longer drops a whole article: it becomes U+FFFD with a warning.
    @Test func aStrayNULByteIsRepairedNotSkipped() throws {
        var bytes = Array(try Data(contentsOf: Kouhao.packageRoot.appendingPathComponent(Self.article)))
        let clean = try Kouhao.run(["slogans", "--format", "json", "-"], stdin: Data(bytes))
        bytes.insert(0, at: try #require(bytes.firstIndex(of: 0x0A)) + 1)
        let r = try Kouhao.run(["slogans", "--format", "json", "-"], stdin: Data(bytes))
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: NUL byte replaced by U+FFFD"))
        #expect(!r.stderr.contains("looks binary"))
        #expect(r.stdout.components(separatedBy: "\"slogan\"").count == clean.stdout.components(separatedBy: "\"slogan\"").count)
        #expect(r.stdout.components(separatedBy: "\"slogan\"").count > 3)
    }
}

/// Directory chains deeper than PATH_MAX, made and removed with `openat`/`mkdirat`/`unlinkat`.
enum DeepTree {
    /// Makes `levels` nested directories of 100-character names under `root` with `file` at the bottom.
    static func make(_ root: String, levels: Int, file: String, contents: [UInt8]) {
        var fd = open(root, O_RDONLY | O_DIRECTORY)
        for level in 0..<levels {
            let name = String(format: "%03d", level) + String(repeating: "d", count: 97)
            mkdirat(fd, name, 0o755)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let out = openat(fd, file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = write(out, contents, contents.count)
        close(out)
        close(fd)
    }

    /// Removes `root` and everything below it, however deep.
    static func remove(_ root: String) {
        func clear(_ fd: Int32) {
            guard let dir = fdopendir(fd) else { close(fd); return }
            var names: [(String, Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: &entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != ".", name != ".." { names.append((name, entry.pointee.d_type == UInt8(DT_DIR))) }
            }
            for (name, isDirectory) in names {
                if isDirectory {
                    clear(openat(dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW))
                    unlinkat(dirfd(dir), name, AT_REMOVEDIR)
                } else {
                    unlinkat(dirfd(dir), name, 0)
                }
            }
            closedir(dir)
        }
        clear(open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW))
        rmdir(root)
    }
}
