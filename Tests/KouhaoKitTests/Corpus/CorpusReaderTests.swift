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

    @Test func walksInNameOrderAndDetectsLoops() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = CorpusReader().files(in: [root])
        #expect(listing.files.map { $0.path.replacingOccurrences(of: root, with: "") } == ["/a/1.txt", "/b/c/2.txt", "/b/notes.md"])
        #expect(listing.diagnostics.contains { $0.message.contains("loop") })
        #expect(listing.diagnostics.contains { $0.message.contains("hidden") })
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

    @Test func refusesTooLargeFilesBeforeReadingThem() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: KouhaoError.tooLarge(path: root + "/a/1.txt", bytes: 6, limit: 5)) {
            try CorpusReader().read(root + "/a/1.txt", maxBytes: 5)
        }
        #expect(try CorpusReader().read(root + "/a/1.txt", maxBytes: 6).count == 6)
    }
}
