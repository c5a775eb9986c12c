import Foundation

/// Where the built-in tables (stop words, IDF table, word lexicon, slogan lexicon) are read from:
/// the resource folder `kouhao_KouhaoKit.resources` that `swift build` writes next to the
/// executable. It is looked for next to the running executable, then in `../share/kouhao/`
/// beside the executable's folder (an install under `/usr/local`), and nowhere else, so that a
/// copied binary never reads the tables of some other build.
/// 例：after `cp .build/release/kouhao /usr/local/bin/` alone, ``locate()`` throws
/// ``Missing``, naming `/usr/local/bin/kouhao_KouhaoKit.resources` and
/// `/usr/local/share/kouhao/kouhao_KouhaoKit.resources`.
public enum BuiltInResources {
    /// The folder's name. 例：`kouhao_KouhaoKit.resources`.
    public static let folderName = "kouhao_KouhaoKit.resources"

    /// The resource folder is in none of the places looked at.
    /// 例：`Missing(searched: ["/usr/local/bin/kouhao_KouhaoKit.resources"])`.
    public struct Missing: Error, Equatable, CustomStringConvertible {
        /// The folders looked for, in order. 例：`["/usr/local/bin/kouhao_KouhaoKit.resources"]`.
        public let searched: [String]

        /// What a user reads. 例：`the built-in tables (kouhao_KouhaoKit.resources) are not installed: …`.
        public var description: String {
            "the built-in tables (\(folderName)) are missing: looked in \(searched.joined(separator: " and ")). "
                + "Copy the folder \(folderName) from the build folder (.build/release/) next to the kouhao "
                + "executable, or to ../share/kouhao/ beside its folder"
        }
    }

    /// The folders looked at for an executable in `executableFolder`, in order.
    /// 例：`candidates(executableFolder: URL(fileURLWithPath: "/usr/local/bin"))` →
    /// `/usr/local/bin/kouhao_KouhaoKit.resources`, `/usr/local/share/kouhao/kouhao_KouhaoKit.resources`.
    public static func candidates(executableFolder: URL) -> [URL] {
        [executableFolder.appendingPathComponent(folderName, isDirectory: true),
         executableFolder.deletingLastPathComponent().appendingPathComponent("share/kouhao", isDirectory: true)
            .appendingPathComponent(folderName, isDirectory: true)]
    }

    /// The first of `candidates` that is a folder holding every built-in table, or ``Missing``.
    /// 例：`find(among: [URL(fileURLWithPath: "/nowhere/kouhao_KouhaoKit.resources")])` → `.failure`.
    public static func find(among candidates: [URL]) -> Result<URL, Missing> {
        let manager = FileManager.default
        for folder in candidates
        where tableNames.allSatisfy({ manager.isReadableFile(atPath: folder.appendingPathComponent($0).path) }) {
            return .success(folder)
        }
        return .failure(Missing(searched: candidates.map(\.path)))
    }

    /// The folder of the running program, found once.
    /// 例：`try BuiltInResources.locate()` → `/srv/kouhao/.build/release/kouhao_KouhaoKit.resources`.
    public static func locate() throws -> URL { try located.get() }

    /// The tables every command reads. 例：`idf.tsv`.
    static let tableNames = ["stopwords.txt", "idf.tsv", "lexicon.tsv", "slogans.tsv"]

    private static let located: Result<URL, Missing> = {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
            .resolvingSymlinksInPath()
        return find(among: candidates(executableFolder: executable.deletingLastPathComponent()))
    }()

    /// The bytes of one built-in table; stops the program with the reason when the folder or the
    /// table is missing (a broken installation, which the command line reports before it starts).
    /// 例：`BuiltInResources.contents(of: "idf.tsv")`.
    static func contents(of name: String) -> Data {
        switch located {
        case .failure(let missing):
            preconditionFailure("kouhao: \(missing)")
        case .success(let folder):
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
                preconditionFailure("kouhao: the built-in table \(name) cannot be read in \(folder.path)")
            }
            return data
        }
    }
}
