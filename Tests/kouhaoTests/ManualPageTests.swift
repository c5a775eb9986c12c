import Foundation
import Testing

/// `man/kouhao.1` is generated from the help (`Scripts/generate-manual`): every example of every
/// subcommand is in it with its Chinese intact, and every option is documented.
@Suite struct ManualPageTests {
    static let page = Kouhao.packageRoot.appendingPathComponent("man/kouhao.1")

    /// The page's text with roff escapes undone.
    func pageText() throws -> String {
        try String(contentsOf: Self.page, encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\e", with: "\\")
            .replacingOccurrences(of: "\\&", with: "")
    }

    /// The help as the binary describes itself.
    func help() throws -> [String: Any] {
        let r = try Kouhao.run(["--experimental-dump-help"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try #require(object["command"] as? [String: Any])
    }

    @Test func everyExampleAndOptionIsInThePage() throws {
        let text = try pageText()
        let root = try help()
        let commands = [root] + ((root["subcommands"] as? [[String: Any]]) ?? [])
        var examples = 0
        for command in commands {
            let discussion = command["discussion"] as? String ?? ""
            for line in discussion.split(separator: "\n") where line.hasPrefix("  ") {
                examples += 1
                #expect(text.contains(line.trimmingCharacters(in: .whitespaces)), "not in man/kouhao.1 (run Scripts/generate-manual): \(line)")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    let option = "--" + (name["name"] as? String ?? "")
                    #expect(text.contains(option), "\(option) of \(command["commandName"] ?? "") not in man/kouhao.1")
                }
            }
        }
        #expect(examples > 20)
        #expect(text.contains("cat 报告.txt | kouhao"))
    }

    /// Rendered by man in a UTF-8 locale, the Chinese examples survive (where man is installed).
    @Test func theChineseExamplesSurviveMan() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/man")
        process.arguments = ["-l", Self.page.path]
        process.environment = ["LANG": "C.UTF-8", "MANWIDTH": "80", "PATH": "/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(out.contains("cat 报告.txt | kouhao"))
        #expect(out.contains("kouhao glossary --format html -o 口号词表.html xwlb/"))
    }
}
