import Foundation
import Testing
@testable import KouhaoKit

/// The built-in tables are found next to the executable or in `../share/kouhao/`, and nowhere
/// else; a missing folder or table names the places looked in.
@Suite struct BuiltInResourcesTests {
    @Test func theCandidatesAreBesideTheExecutableThenInShare() {
        let found = BuiltInResources.candidates(executableFolder: URL(fileURLWithPath: "/usr/local/bin")).map(\.path)
        #expect(found == ["/usr/local/bin/kouhao_KouhaoKit.resources",
                          "/usr/local/share/kouhao/kouhao_KouhaoKit.resources"])
    }

    @Test func aFolderWithEveryTableIsFoundAndOneWithoutIsNot() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kouhao-res-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        let share = root.appendingPathComponent("share/kouhao/kouhao_KouhaoKit.resources")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        let candidates = BuiltInResources.candidates(executableFolder: bin)

        // Nothing installed: both places are named.
        guard case .failure(let missing) = BuiltInResources.find(among: candidates) else {
            Issue.record("an empty installation was accepted"); return
        }
        #expect(missing.searched == candidates.map(\.path))
        #expect(missing.description.contains("kouhao_KouhaoKit.resources"))
        #expect(missing.description.contains(bin.path))

        // Three tables of four are not enough.
        for name in ["stopwords.txt", "idf.tsv", "lexicon.tsv"] {
            try Data("# 青川湾县\n".utf8).write(to: share.appendingPathComponent(name))
        }
        #expect((try? BuiltInResources.find(among: candidates).get()) == nil)

        // All four in ../share/kouhao/.
        try Data("# 青川湾县\n".utf8).write(to: share.appendingPathComponent("slogans.tsv"))
        #expect(try BuiltInResources.find(among: candidates).get().standardizedFileURL.path == share.standardizedFileURL.path)
    }

    /// The test binary finds the folder `swift build` wrote beside it, with every table readable.
    @Test func theTestBuildFindsItsOwnTables() throws {
        let folder = try BuiltInResources.locate()
        #expect(folder.lastPathComponent == "kouhao_KouhaoKit.resources")
        #expect(IDFTable.builtIn.documents > 0)
        #expect(KnownLabels.builtIn.count > 0)
    }
}
