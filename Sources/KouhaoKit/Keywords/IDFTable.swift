import Foundation

/// Document frequencies of terms in a reference corpus: the IDF of a single document
/// comes from here, and it is the prior of a corpus's own document frequencies.
///
/// The built-in table (``builtIn``, `Resources/idf.tsv`) is built by `Scripts/build-idf-table`
/// from the shared corpora (新闻联播 transcripts 2012–2017 split into news items, national
/// and city government work reports split into paragraphs): the document frequency of
/// every candidate term seen in at least 3 of 58,315 documents (about 139,000 terms). A user's table in
/// the same format replaces it (`kouhao keywords --idf-table FILE`).
///
/// File format (UTF-8): comment lines start with `#`; one line `# documents<TAB>N` gives
/// the number of documents; every other line is `term<TAB>document frequency`.
/// 例：`开发区\t1861`. `idf(term) = ln((N + 1) / (df + 1))`.
public struct IDFTable: Sendable {
    /// Documents of the reference corpus. 例：58,315 for the built-in table.
    public let documents: Int
    private var table: TermTable<Int32>

    /// The built-in table, read once (about 20 ms) when first used.
    /// 例：`IDFTable.builtIn.idf("开发区")`.
    public static let builtIn: IDFTable = {
        let data = BuiltInResources.contents(of: "idf.tsv")
        do { return try IDFTable(parsing: [UInt8](data), path: "idf.tsv") } catch {
            preconditionFailure("kouhao: the built-in idf.tsv is malformed: \(error)")
        }
    }()

    /// An empty table (every term unknown). 例：`IDFTable.empty.documentFrequency(of: "开发区")` → 0.
    public static let empty = IDFTable(documents: 0, frequencies: [:])

    /// A table from counts. 例：`IDFTable(documents: 100, frequencies: ["开发区": 12])`.
    public init(documents: Int, frequencies: [String: Int]) {
        self.documents = documents
        var t = TermTable<Int32>(capacity: frequencies.count)
        for (term, df) in frequencies.sorted(by: { $0.key < $1.key }) { t.insert(term, value: Int32(df)) }
        table = t
    }

    /// Reads a table file. 例：`try IDFTable(contentsOf: "my-idf.tsv")`.
    /// - Throws: ``KouhaoError/notFound(path:)``, ``KouhaoError/unreadable(path:reason:)``, ``KouhaoError/tooLarge(path:bytes:limit:)`` or
    ///   ``KouhaoError/malformedInput(path:reason:)`` naming the bad line.
    public init(contentsOf path: String) throws {
        let data = try CorpusReader().read(path)
        try self.init(parsing: data, path: path)
    }

    /// Parses the file format from UTF-8 bytes. 例：`try IDFTable(parsing: Array("# documents\t10\n开发区\t3\n".utf8))`.
    /// - Throws: ``KouhaoError/malformedInput(path:reason:)``.
    /// - Complexity: O(n).
    public init(parsing bytes: [UInt8], path: String = "-") throws {
        var documents: Int? = nil
        var table = TermTable<Int32>(capacity: bytes.count / 12)
        var units: [UInt16] = []
        var lineNumber = 0
        var i = 0
        let n = bytes.count
        func malformed(_ why: String) -> KouhaoError {
            .malformedInput(path: path, reason: "line \(lineNumber): \(why) (expected `term<TAB>count`, or `# documents<TAB>N`)")
        }
        while i < n {
            lineNumber += 1
            var end = i
            while end < n, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > i, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { i = end + 1 }
            if lineEnd == i { continue }
            if bytes[i] == 0x23 { // '#'
                let line = String(decoding: bytes[i..<lineEnd], as: UTF8.self)
                let parts = line.dropFirst().split(separator: "\t")
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "documents" {
                    guard let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value > 0 else {
                        throw malformed("the number of documents is not a positive number")
                    }
                    documents = value
                }
                continue
            }
            var tab = i
            while tab < lineEnd, bytes[tab] != 0x09 { tab += 1 }
            guard tab < lineEnd, tab > i else { throw malformed("no tab") }
            var df = 0
            for k in (tab + 1)..<lineEnd {
                let d = Int(bytes[k]) - 0x30
                guard d >= 0, d <= 9, df < Int(Int32.max) / 10 else { throw malformed("the count is not a number") }
                df = df * 10 + d
            }
            guard lineEnd > tab + 1 else { throw malformed("no count") }
            units.removeAll(keepingCapacity: true)
            guard Self.decodeUTF8(bytes, i..<tab, into: &units) else { throw malformed("the term is not UTF-8") }
            units.withUnsafeBufferPointer { u in _ = table.insert(u, hash: TermHash.of(u), value: Int32(df)) }
        }
        guard let documents else {
            throw KouhaoError.malformedInput(path: path, reason: "no `# documents<TAB>N` line: the number of documents is needed for IDF")
        }
        self.documents = documents
        self.table = table
    }

    /// Number of terms. 例：about 139,000 for the built-in table.
    public var count: Int { table.count }

    /// The document frequency of `term` (0 when unknown). 例：`IDFTable.builtIn.documentFrequency(of: "开发区")`.
    public func documentFrequency(of term: String) -> Int {
        Int(table.value(for: term) ?? 0)
    }

    /// The document frequency of a term given by units and hash.
    @inline(__always)
    func documentFrequency(of units: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Int32 {
        table.value(for: units, hash: hash) ?? 0
    }

    /// The document frequency of the term with `hash` whose units `matches` accepts.
    @inline(__always)
    func documentFrequency(hash: UInt64, matches: (UnsafeBufferPointer<UInt16>) -> Bool) -> Int32 {
        table.index(hash: hash, matches: matches).map { table.value(at: $0) } ?? 0
    }

    /// `ln((N + 1) / (df + 1))`. 例：a term in no document gets the largest IDF, ln(N + 1).
    public func idf(_ term: String) -> Double {
        Self.idf(documents: documents, frequency: documentFrequency(of: term))
    }

    /// `ln((N + 1) / (df + 1))`.
    @inline(__always)
    static func idf(documents: Int, frequency: Int) -> Double {
        log(Double(documents + 1) / Double(frequency + 1))
    }

    /// The table file for `frequencies` over `documents` documents, terms by descending
    /// frequency then by text, with `header` lines as comments.
    /// 例：`IDFTable.render(documents: 2, frequencies: [("开发区", 2)], header: ["test"])`.
    public static func render(documents: Int, frequencies: [(term: String, frequency: Int)], header: [String]) -> String {
        var out = header.map { "# \($0)\n" }.joined()
        out += "# documents\t\(documents)\n"
        for (term, df) in frequencies.sorted(by: { $0.frequency != $1.frequency ? $0.frequency > $1.frequency : $0.term < $1.term }) {
            out += "\(term)\t\(df)\n"
        }
        return out
    }

    /// Decodes UTF-8 into UTF-16; false on malformed input.
    static func decodeUTF8(_ bytes: [UInt8], _ range: Range<Int>, into units: inout [UInt16]) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b0 = UInt32(bytes[i])
            var scalar: UInt32
            var need: Int
            if b0 < 0x80 { scalar = b0; need = 0 }
            else if b0 & 0xE0 == 0xC0 { scalar = b0 & 0x1F; need = 1 }
            else if b0 & 0xF0 == 0xE0 { scalar = b0 & 0x0F; need = 2 }
            else if b0 & 0xF8 == 0xF0 { scalar = b0 & 0x07; need = 3 }
            else { return false }
            guard i + need < range.upperBound else { return false }
            for k in 1..<(need + 1) {
                let b = UInt32(bytes[i + k])
                guard b & 0xC0 == 0x80 else { return false }
                scalar = (scalar << 6) | (b & 0x3F)
            }
            i += need + 1
            if scalar >= 0x10000 {
                let s = scalar - 0x10000
                units.append(UInt16(0xD800 + (s >> 10)))
                units.append(UInt16(0xDC00 + (s & 0x3FF)))
            } else {
                units.append(UInt16(scalar))
            }
        }
        return true
    }
}
