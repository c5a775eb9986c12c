import Foundation
import Testing
@testable import KouhaoKit

@Suite struct CorpusReaderTests {
    /// A scratch directory with nested files, a hidden file and a symlink loop.
    func makeTree() throws -> String {
        let root = NSTemporaryDirectory() + "kouhao-reader-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/b/c", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try Data("三农".utf8).write(to: URL(fileURLWithPath: root + "/a/1.txt"))
        try Data("四风".utf8).write(to: URL(fileURLWithPath: root + "/b/c/2.txt"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/b/notes.md"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.hidden.txt"))
        try fm.createSymbolicLink(atPath: root + "/b/c/loop", withDestinationPath: root + "/b")
        return root
    }

    @Test func walksInNameOrderAndPassesOverLinks() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = CorpusReader().files(in: [root])
        #expect(listing.files.map { $0.path.replacingOccurrences(of: root, with: "") } == ["/a/1.txt", "/b/c/2.txt", "/b/notes.md"])
        #expect(listing.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "") } == [
            "/.hidden.txt: note: hidden: skipped",
            "/b/c/loop: note: symbolic link: skipped (links found in a directory are not followed; -L/--follow follows them)",
        ])
    }

    @Test func followingLinksDetectsLoops() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = CorpusReader(configuration: .init(followLinks: true)).files(in: [root])
        #expect(listing.files.map { $0.path.replacingOccurrences(of: root, with: "") } == ["/a/1.txt", "/b/c/2.txt", "/b/notes.md"])
        #expect(listing.diagnostics.contains { $0.path == root + "/b/c/loop" && $0.message.contains("directory already visited") })
    }

    /// A link planted in a corpus to a file outside it (`/etc/passwd`, `/proc/self/environ`) is
    /// not read unless links are followed; a link named directly is taken as it is.
    @Test(arguments: [false, true])
    func linksFoundInAWalkAreFollowedOnlyOnRequest(follow: Bool) throws {
        let root = try makeTree()
        let outside = NSTemporaryDirectory() + "kouhao-outside-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("秘密".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/a/p.txt", withDestinationPath: outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/a/out", withDestinationPath: outside)
        let reader = CorpusReader(configuration: .init(followLinks: follow))
        let listing = reader.files(in: [root + "/a"])
        let names = listing.files.map { $0.path.replacingOccurrences(of: root, with: "") }
        #expect(names == (follow ? ["/a/1.txt", "/a/out/secret.txt", "/a/p.txt"] : ["/a/1.txt"]))
        if follow {
            #expect(try listing.files.map { try reader.read($0) }.contains(Array("秘密".utf8)))
        } else {
            #expect(listing.diagnostics.filter { $0.message.hasPrefix("symbolic link: skipped") }.count == 2)
        }
        // Named directly, a link is taken as it is.
        #expect(try reader.read(reader.files(in: [root + "/a/p.txt"]).files[0]) == Array("秘密".utf8))
    }

    /// A link to itself is a loop, not "broken"; a link to nothing is broken.
    @Test func linkMessages() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/a/self", withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: root + "/a/gone", withDestinationPath: "nothing-here")
        let listing = CorpusReader(configuration: .init(followLinks: true)).files(in: [root + "/a"])
        let messages = Dictionary(uniqueKeysWithValues: listing.diagnostics.map { (($0.path ?? "") as NSString).lastPathComponent + ": " + $0.message }.map { ($0.split(separator: ":")[0], $0) })
        #expect(messages["self"] == "self: symbolic link loop (the link points to itself, or links point round in a circle): skipped")
        #expect(messages["gone"] == "gone: broken symbolic link (its target does not exist): skipped")
        let named = CorpusReader().files(in: [root + "/a/self", root + "/a/gone"])
        #expect(named.diagnostics.map(\.message) == [
            "symbolic link loop (the link points to itself, or links point round in a circle)",
            "broken symbolic link (its target does not exist)",
        ])
    }

    /// A directory large enough to fill readdir's buffer several times is listed in full. Under
    /// AddressSanitizer (Scripts/sanitize) this also guards the reading of entry names in place:
    /// copying `d_name` whole read past the end of the buffer (heap-buffer-overflow).
    @Test func largeDirectoriesAreListedInFull() throws {
        let root = NSTemporaryDirectory() + "kouhao-large-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let names = (0..<1500).map { String(format: "%04d-", $0) + String(repeating: "松岭县", count: $0 % 27) + ".txt" }
        for name in names { FileManager.default.createFile(atPath: root + "/" + name, contents: Data("三农".utf8)) }
        let listing = CorpusReader().files(in: [root])
        #expect(listing.files.count == names.count)
        #expect(listing.files.map { ($0.path as NSString).lastPathComponent } == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// A file whose path is longer than PATH_MAX (4096) is listed and read, not silently lost.
    @Test func filesDeeperThanPathMaxAreRead() throws {
        let root = NSTemporaryDirectory() + "kouhao-deep-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { DeepTree.remove(root) }
        let names = DeepTree.make(root, levels: 45, file: "深.txt", contents: Array("推进“三个强化”".utf8))
        let listing = CorpusReader().files(in: [root])
        #expect(listing.diagnostics.isEmpty)
        let file = try #require(listing.files.first)
        #expect(listing.files.count == 1)
        #expect(file.path == root + "/" + names.joined(separator: "/"))
        #expect(file.path.utf8.count > Int(PATH_MAX))
        #expect(try CorpusReader().read(file) == Array("推进“三个强化”".utf8))
    }

    @Test func includeAndExcludeGlobs() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let onlyText = CorpusReader(configuration: .init(include: ["*.txt"])).files(in: [root])
        #expect(onlyText.files.count == 2)
        let notC = CorpusReader(configuration: .init(include: ["*.txt"], exclude: ["b/c/*"])).files(in: [root])
        #expect(notC.files.map { $0.path.hasSuffix("/a/1.txt") } == [true])
    }

    @Test func missingPathIsAnError() {
        let listing = CorpusReader().files(in: ["/no/such/kouhao/path"])
        #expect(listing.files.isEmpty)
        #expect(listing.diagnostics.first?.severity == .error)
    }

    @Test func readsBytes() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try CorpusReader().read(root + "/a/1.txt") == Array("三农".utf8))
        #expect(throws: KouhaoError.self) { try CorpusReader().read(root + "/missing.txt") }
    }

    /// Devices and pipes have no size: they are read up to the limit and refused past it.
    @Test func endlessSourcesStopAtTheLimit() throws {
        #expect(throws: KouhaoError.tooLarge(path: "/dev/zero", bytes: nil, limit: 100_000)) {
            try CorpusReader().read("/dev/zero", maxBytes: 100_000)
        }
        #expect(throws: KouhaoError.tooLarge(path: "/dev/urandom", bytes: nil, limit: 10)) {
            try CorpusReader().read("/dev/urandom", maxBytes: 10)
        }
        // A pipe holding exactly the limit is read in full; one byte more is refused.
        for (length, fits) in [(1000, true), (1001, false)] {
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            let bytes = [UInt8](repeating: 0x41, count: length)
            #expect(write(fds[1], bytes, length) == length)
            close(fds[1])
            defer { close(fds[0]) }
            if fits {
                #expect(try CorpusReader.read(descriptor: fds[0], path: "-", maxBytes: 1000) == bytes)
            } else {
                #expect(throws: KouhaoError.tooLarge(path: "-", bytes: nil, limit: 1000)) {
                    try CorpusReader.read(descriptor: fds[0], path: "-", maxBytes: 1000)
                }
            }
        }
        #expect(KouhaoError.tooLarge(path: "-", bytes: nil, limit: 1000).description
                == "-: more than the 1000-byte limit for one document; reading stopped there (an endless source such as /dev/zero?): split the input into smaller parts")
    }

    @Test func refusesTooLargeFilesBeforeReadingThem() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: KouhaoError.tooLarge(path: root + "/a/1.txt", bytes: 6, limit: 5)) {
            try CorpusReader().read(root + "/a/1.txt", maxBytes: 5)
        }
        #expect(try CorpusReader().read(root + "/a/1.txt", maxBytes: 6).count == 6)
    }
}

/// Directory chains deeper than PATH_MAX, made and removed with `openat`/`mkdirat`/`unlinkat`
/// (path-based calls fail on them).
enum DeepTree {
    /// Makes `levels` nested directories of 100-character names under `root` with `file` at the
    /// bottom; returns the names below `root`.
    static func make(_ root: String, levels: Int, file: String, contents: [UInt8]) -> [String] {
        var names: [String] = []
        var fd = open(root, O_RDONLY | O_DIRECTORY)
        for level in 0..<levels {
            let name = String(format: "%03d", level) + String(repeating: "d", count: 97)
            mkdirat(fd, name, 0o755)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
            names.append(name)
        }
        let out = openat(fd, file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = write(out, contents, contents.count)
        close(out)
        close(fd)
        return names + [file]
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
