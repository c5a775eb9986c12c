import Testing
@testable import KouhaoKit

/// Parsing one line of a `--documents jsonl` stream.
@Suite struct DocumentLineTests {
    @Test(arguments: [
        (#"{"path": "松岭县/2021/20210315.txt", "text": "落实“四下基层”制度"}"#,
         DocumentLine(path: "松岭县/2021/20210315.txt", content: .text("落实“四下基层”制度"))),
        // Escapes, members in any order, other members ignored, white space around.
        (#"  {"id": 7, "text": "\u4e24\u4e2a\u786e\u4fdd\n", "url": "http://x", "path": "青川湾县/通知.txt"}  "#,
         DocumentLine(path: "青川湾县/通知.txt", content: .text("两个确保\n"))),
        // Bytes: GB18030 of 实施, and UTF-8 with a BOM, left for the decoder.
        (#"{"path": "旧稿.txt", "base64": "yrXKqQ=="}"#,
         DocumentLine(path: "旧稿.txt", content: .bytes([0xCA, 0xB5, 0xCA, 0xA9]))),
        (#"{"path": "a.txt", "base64": "77u/5Zub"}"#,
         DocumentLine(path: "a.txt", content: .bytes([0xEF, 0xBB, 0xBF, 0xE5, 0x9B, 0x9B]))),
        (#"{"path": "空.txt", "text": ""}"#, DocumentLine(path: "空.txt", content: .text(""))),
        (#"{"path": "空.txt", "base64": ""}"#, DocumentLine(path: "空.txt", content: .bytes([]))),
    ])
    func parses(line: String, expected: DocumentLine) throws {
        #expect(try DocumentLine(parsing: Array(line.utf8)) == expected)
    }

    @Test(arguments: [
        (#"{"text": "三个强化"}"#, DocumentLine.ParseError.noPath),
        (#"{"path": "", "text": "三个强化"}"#, .noPath),
        (#"{"path": null, "text": "三个强化"}"#, .noPath),
        (#"{"path": 12, "text": "三个强化"}"#, .noPath),
        (#"{"path": "a.txt"}"#, .noContent),
        (#"{"path": "a.txt", "text": null}"#, .noContent),
        (#"{"path": "a.txt", "text": "四风", "base64": "5Zub"}"#, .twoContents),
        (#"{"path": "a.txt", "base64": "四风"}"#, .invalidBase64),
    ])
    func refuses(line: String, expected: DocumentLine.ParseError) {
        #expect(throws: expected) { try DocumentLine(parsing: Array(line.utf8)) }
    }

    @Test(arguments: [#"["a.txt", "四风"]"#, #"{"path": "a.txt", "text": "四"#, "四风", #"{"path": "a.txt", "text": 4}"#])
    func refusesWhatIsNoObject(line: String) {
        #expect {
            try DocumentLine(parsing: Array(line.utf8))
        } throws: { error in
            guard case .notAnObject = error as? DocumentLine.ParseError else { return false }
            return "\(error)".contains(#"{"path": "…", "text": "…"}"#)
        }
    }
}
