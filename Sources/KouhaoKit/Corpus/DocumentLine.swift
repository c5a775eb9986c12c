import Foundation

/// One document of a JSON-lines stream (`kouhao --documents jsonl`): its path and either its
/// text or its bytes.
///
/// A line is a JSON object with a string `path` and exactly one of `text` (the characters of
/// the document) or `base64` (the bytes of a file, in standard Base64, decoded as a file of that
/// path would be: encoding detection, BOM, binary files skipped). Other members are ignored,
/// so records of a crawl or a data set can be piped in as they are.
/// 例：`{"path": "材料/2021/20210315.txt", "text": "实施“三个强化”……"}` or
/// `{"path": "材料/旧稿.txt", "base64": "yv3KqQ=="}` (GB18030 bytes of 实施).
public struct DocumentLine: Hashable, Sendable {
    /// What the line carries.
    ///
    /// 例：`.text("实施“三个强化”")` from a `text` member; `.bytes([0xCA, 0xB5, 0xCA, 0xA9])` from `base64`.
    public enum Content: Hashable, Sendable {
        /// Characters, read as a UTF-8 file holding them would be. 例：`.text("开展“四下基层”")`.
        case text(String)
        /// Raw bytes, decoded as a file would be. 例：`.bytes([0xEF, 0xBB, 0xBF, 0xE5, 0x9B, 0x9B])` (UTF-8 with BOM: 四).
        case bytes([UInt8])
    }

    /// Why a line is not a document, said so that the producer of the stream can fix it.
    ///
    /// 例：`{"path": "a.txt"}` gives `.noContent`, whose description asks for `text` or `base64`.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not a JSON object. 例：`["a.txt", "四风"]`, or a line cut off in the middle.
        case notAnObject(reason: String)
        /// No `path` string, or an empty one. 例：`{"text": "四风"}`.
        case noPath
        /// Neither `text` nor `base64`. 例：`{"path": "a.txt"}`.
        case noContent
        /// Both `text` and `base64`. 例：`{"path": "a.txt", "text": "四风", "base64": "5Zub"}`.
        case twoContents
        /// `base64` is not standard Base64. 例：`{"path": "a.txt", "base64": "四风"}`.
        case invalidBase64

        /// What is wrong and what a line should look like. 例：`no "path": each line needs …`.
        public var description: String {
            let shape = #"each line is one JSON object {"path": "…", "text": "…"} or {"path": "…", "base64": "…"}"#
            switch self {
            case .notAnObject(let reason): return "not a JSON object (\(reason)): \(shape)"
            case .noPath: return #"no "path" (a non-empty string): "# + shape
            case .noContent: return #"neither "text" nor "base64": "# + shape
            case .twoContents: return #"both "text" and "base64": give one of them"#
            case .invalidBase64: return #""base64" is not valid Base64 (standard alphabet, with = padding)"#
            }
        }
    }

    /// The document's path, as the glossary and every output will name it; dates are read from
    /// it as from a file's path. 例：`"材料/2021/20210315.txt"`.
    public var path: String
    /// Its text or bytes. 例：`.text("实施“三个强化”")`.
    public var content: Content

    /// A document. 例：`DocumentLine(path: "通知.txt", content: .text("落实“四下基层”"))`.
    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// Parses one line (without its line end; white space around the object is allowed).
    /// 例：`try DocumentLine(parsing: Array(#"{"path":"a.txt","text":"两个确保"}"#.utf8))`.
    /// - Throws: ``ParseError``.
    /// - Complexity: O(length of the line).
    public init(parsing line: [UInt8]) throws(ParseError) {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound, .valueNotFound: throw .noPath
            case .typeMismatch(_, let context) where context.codingPath.first?.stringValue == "path": throw .noPath
            case .typeMismatch(_, let context) where !context.codingPath.isEmpty:
                throw .notAnObject(reason: "\"\(context.codingPath[0].stringValue)\" is not a string")
            default: throw .notAnObject(reason: Self.reason(error))
            }
        } catch {
            throw .notAnObject(reason: "\(error)")
        }
        guard !record.path.isEmpty else { throw .noPath }
        switch (record.text, record.base64) {
        case (let text?, nil):
            self.init(path: record.path, content: .text(text))
        case (nil, let base64?):
            guard let data = Data(base64Encoded: base64) else { throw .invalidBase64 }
            self.init(path: record.path, content: .bytes([UInt8](data)))
        case (nil, nil): throw .noContent
        case (.some, .some): throw .twoContents
        }
    }

    /// The members read; others are ignored.
    private struct Record: Decodable {
        var path: String
        var text: String?
        var base64: String?
    }

    /// A short reason for a JSON syntax error.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): return context.debugDescription
        case .typeMismatch(_, let context): return context.debugDescription
        default: return "\(error)"
        }
    }
}
