import Foundation

/// Checks of the raw arguments made before parsing, where the parser would guess wrong: a
/// mistyped subcommand would be read as a path by the default subcommand (`kouhao glosary
/// Corpus/` analysed every file, then said "check the path"), and `help` with an unknown name
/// printed the root help with status 0.
enum CommandLineChecks {
    /// A usage error for `arguments` (without the program name), or nil when they may go on
    /// to the parser.
    /// 例：`["glosary", "Corpus/"]` → `unknown subcommand 'glosary': did you mean 'glossary'? …`.
    static func usageError(_ arguments: [String], subcommands: [String]) -> String? {
        guard let first = arguments.first else { return nil }
        if first == "help" {
            guard arguments.count > 1, let name = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }) else { return nil }
            if subcommands.contains(name) { return nil }
            let suggestion = closest(to: name, among: subcommands).map { "did you mean '\($0)'? " } ?? ""
            return "no subcommand '\(name)': \(suggestion)the subcommands are \(subcommands.joined(separator: ", ")) (kouhao help SUBCOMMAND)"
        }
        guard !first.hasPrefix("-"), !subcommands.contains(first), !exists(first),
              let suggestion = closest(to: first, among: subcommands) else { return nil }
        return "unknown subcommand '\(first)': did you mean '\(suggestion)'? (no file or directory '\(first)' exists either)"
    }

    private static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The subcommand `word` most likely stands for: one or two edits away (one for short
    /// names; a swap of neighbours is one edit), or a prefix of at least three letters.
    /// 例：`glosary` → `glossary`; `tokenise` → `tokenize`; `slgoans` → `slogans`; `报告.txt` → nil.
    static func closest(to word: String, among names: [String]) -> String? {
        let lower = word.lowercased()
        var best: (name: String, distance: Int)? = nil
        for name in names {
            let distance = editDistance(Array(lower), Array(name))
            let allowed = name.count >= 5 ? 2 : 1
            let prefix = lower.count >= 3 && name.hasPrefix(lower)
            guard distance <= allowed || prefix else { continue }
            let score = prefix ? min(distance, 1) : distance
            if best == nil || score < best!.distance { best = (name, score) }
        }
        return best?.name
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
