import Foundation
import Testing

/// End-to-end runs of `--documents jsonl`: many documents on one stream, named by their
/// paths, give exactly what the same documents as files give.
@Suite struct DocumentStreamTests {
    /// The `*.txt` files of Corpus/ in walk order, as JSON lines of their bytes.
    func corpusLines() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Kouhao.packageRoot.path + "/Corpus")
            .filter { $0.hasSuffix(".txt") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return try names.map { name in
            let bytes = try Data(contentsOf: Kouhao.packageRoot.appendingPathComponent("Corpus/" + name))
            return #"{"path": "Corpus/\#(name)", "base64": "\#(bytes.base64EncodedString())"}"#
        }.joined(separator: "\n") + "\n"
    }

    func line(_ path: String, _ text: String) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["path": path, "text": text], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func bytesOnOneStreamGiveTheGlossaryOfTheFiles() throws {
        let lines = try corpusLines()
        for format in ["json", "md", "csv", "html"] {
            let files = try Kouhao.run(["glossary", "--format", format, "--include", "*.txt", "Corpus"])
            #expect(files.status == 0)
            for jobs in ["1", "2"] {
                let stream = try Kouhao.run(["glossary", "--format", format, "--documents", "jsonl", "-j", jobs], stdin: Data(lines.utf8))
                #expect(stream.status == 0, "\(stream.stderr)")
                #expect(stream.stdout == files.stdout, "--format \(format) -j \(jobs)")
            }
        }
        // The GB18030 file was detected from its bytes, as from the file.
        let stream = try Kouhao.run(["glossary", "--format", "json", "--documents", "jsonl"], stdin: Data(lines.utf8))
        #expect(stream.stderr.contains("15 documents processed (14 UTF-8, 1 GB18030)"))
    }

    @Test func textIsReadAsUTF8AndPathsNameAndDateTheDocuments() throws {
        let input = [
            try line("松岭县/2019/0408.txt", "松岭县全面落实“四下基层”制度，即宣传工作下基层、调查研究下基层、信访接待下基层、现场办公下基层。"),
            "",
            try line("青川湾县/20200115.txt", "青川湾县继续推进“四下基层”。\r"),
        ].joined(separator: "\n")
        // --encoding applies to bytes, never to text.
        let result = try Kouhao.run(["glossary", "--format", "json", "--documents", "jsonl", "--encoding", "GB18030"],
                                    stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let glossary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(glossary["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ["松岭县/2019/0408.txt", "青川湾县/20200115.txt"])
        #expect(documents.map { $0["date"] as? String } == ["2019", "2020-01-15"])
        let slogans = try #require(glossary["slogans"] as? [[String: Any]])
        #expect(slogans.first?["label"] as? String == "四下基层")
        #expect(slogans.first?["documents"] as? Int == 2)
        let items = (slogans.first?["expansions"] as? [[String: Any]])?.first?["items"] as? [String]
        #expect(items == ["宣传工作下基层", "调查研究下基层", "信访接待下基层", "现场办公下基层"])
    }

    @Test func namedFilesAreStreamsToo() throws {
        let dir = NSTemporaryDirectory() + "kouhao-stream-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try (try line("甲/0101.txt", "开展“三个强化”行动。") + "\n").write(toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
        // The last line may lack its line end.
        try (try line("乙/0202.txt", "深化“三个强化”。")).write(toFile: dir + "/b.jsonl", atomically: true, encoding: .utf8)
        let result = try Kouhao.run(["slogans", "--format", "jsonl", "--documents", "jsonl", dir])
        #expect(result.status == 0, "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").map { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["path"] as? String
        }
        #expect(paths == ["甲/0101.txt", "乙/0202.txt"])
        let tokens = try Kouhao.run(["tokenize", "--format", "jsonl", "--documents", "jsonl", dir + "/b.jsonl"])
        #expect(tokens.stdout.hasPrefix(#"{"path":"乙/0202.txt""#) || tokens.stdout.hasPrefix(#"{"path": "乙/0202.txt""#), "\(tokens.stdout.prefix(80))")
    }

    @Test func badLinesFailWithTheirNumberAndTheRestIsRead() throws {
        let input = [
            try line("甲.txt", "坚持“两个毫不动摇”。"),
            "not json",
            #"{"text": "四风"}"#,
            #"{"path": "乙.txt", "base64": "!!"}"#,
            try line("丙.txt", "坚持“两个毫不动摇”。"),
        ].joined(separator: "\n") + "\n"
        let result = try Kouhao.run(["glossary", "--format", "json", "--documents", "jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("-: error: line 2: not a JSON object"))
        #expect(result.stderr.contains(#"-: error: line 3: no "path""#))
        #expect(result.stderr.contains(#"-: error: line 4: "base64" is not valid Base64"#))
        #expect(result.stderr.contains("2 documents processed, 3 failed"))
        let glossary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((glossary["corpus"] as? [String: Any])?["documents"] as? Int == 2)
    }

    @Test func aRepeatedPathIsSkipped() throws {
        let input = [try line("甲.txt", "坚持“两个毫不动摇”。"), try line("甲.txt", "坚持“两个毫不动摇”。")].joined(separator: "\n")
        let result = try Kouhao.run(["glossary", "--format", "json", "--documents", "jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.contains("甲.txt: warning: a document of this path came earlier: skipped"))
        let glossary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((glossary["corpus"] as? [String: Any])?["documents"] as? Int == 1)
        #expect((glossary["slogans"] as? [[String: Any]])?.first?["occurrences"] as? Int == 1)
    }

    @Test func aMissingStreamFails() throws {
        let result = try Kouhao.run(["glossary", "--documents", "jsonl", "不存在.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("不存在.jsonl"))
    }
}
