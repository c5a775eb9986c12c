import Foundation

/// The glossary as JSON: complete and stable, and readable back into a ``CorpusSummary`` so
/// that shards merge (`kouhao merge`).
///
/// The layout (schema `kouhao-glossary`, version 2) is documented in the README.
/// Members come in a fixed order and every collection is sorted, so equal summaries give
/// equal bytes; each member is on its own line. 例：`GlossaryJSON.render(Glossary(summary: s))`
/// starts with the lines `{`, `  "schema": "kouhao-glossary",`, `  "version": 2,`.
public enum GlossaryJSON {
    /// The value of the `schema` member. 例：`"schema": "kouhao-glossary"` in every shard such as `2021.json`.
    public static let schema = "kouhao-glossary"
    /// The schema version this kouhao writes and reads.
    /// 例：`"version": 2`; `kouhao merge` rejects a shard of another version as ``KouhaoError/malformedInput(path:reason:)``,
    /// saying what to do (version 1 has no per-document dates and mentions to make timelines from).
    public static let version = 2

    /// The JSON text of `glossary`, ending with a line break.
    /// 例：for `材料/`, `{`, `  "schema": "kouhao-glossary",`, `  "version": 2,`, `  "order": "path",` … on separate lines.
    /// - Complexity: O(size of the glossary).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var sink = ByteSink()
        value(of: glossary).write(into: &sink)
        sink.append("\n")
        return sink.bytes
    }

    /// Reads a glossary written by ``render(_:)`` back into the summary it was made from.
    /// 例：`try GlossaryJSON.decode(bytes, path: "shard-1.json")`.
    /// - Throws: ``KouhaoError/malformedInput(path:reason:)`` when the bytes are not such a
    ///   glossary, or one of another schema version.
    public static func decode(_ bytes: [UInt8], path: String, keying: SloganKeying = SloganKeying()) throws -> CorpusSummary {
        func malformed(_ reason: String) -> KouhaoError { .malformedInput(path: path, reason: reason) }
        let decoder = JSONDecoder()
        let header: Header
        do { header = try decoder.decode(Header.self, from: Data(bytes)) } catch {
            throw malformed("not a kouhao glossary (\(describe(error))): pass files written by `kouhao glossary --format json`")
        }
        guard header.schema == schema else {
            throw malformed("not a kouhao glossary (schema \"\(header.schema ?? "")\"): pass files written by `kouhao glossary --format json`")
        }
        if header.version == 1 {
            throw malformed("glossary schema version 1, written by an older kouhao: it lacks the per-document dates and mentions that version 2's timelines and co-occurrence are made from, so it cannot be merged; rerun `kouhao glossary --format json` on that part with this kouhao")
        }
        guard header.version == version else {
            throw malformed("glossary schema version \(header.version.map(String.init) ?? "missing"), but this kouhao reads version \(version): rerun `kouhao glossary --format json` on that shard with this kouhao")
        }
        let file: File
        do { file = try decoder.decode(File.self, from: Data(bytes)) } catch {
            throw malformed("not a valid glossary: \(describe(error))")
        }
        return try file.summary(keying: keying, malformed: malformed)
    }

    // MARK: Writing

    private static func value(of glossary: Glossary) -> JSONValue {
        let summary = glossary.summary
        return .object([
            ("schema", .string(schema)),
            ("version", .int(version)),
            ("order", .string(glossary.order.rawValue)),
            ("period", .string(glossary.timeline.period.rawValue)),
            ("corpus", .object([
                ("documents", .int(summary.documentCount)),
                ("undatedDocuments", .int(summary.undatedDocuments)),
                ("characters", .int(summary.characters)),
                ("slogans", .int(glossary.entries.count)),
                ("occurrences", .int(glossary.occurrences)),
                ("periods", periods(of: glossary.timeline)),
            ])),
            ("documents", documents(of: summary)),
            ("slogans", .array(glossary.entries.map { value(of: $0, in: glossary) })),
            ("evidence", evidence(of: summary.evidence)),
        ])
    }

    private static func value(of entry: Glossary.Entry, in glossary: Glossary) -> JSONValue {
        let s = entry.summary
        func counts(_ counts: [Glossary.Count]) -> JSONValue {
            .array(counts.map { .object([("text", .string($0.text)), ("occurrences", .int($0.occurrences))]) })
        }
        func sortedCounts(_ dictionary: [String: Int]) -> [Glossary.Count] {
            dictionary.map { Glossary.Count(text: $0.key, occurrences: $0.value) }
                .sorted { $0.occurrences != $1.occurrences ? $0.occurrences > $1.occurrences : $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
        }
        func links(_ links: [Glossary.Link]) -> JSONValue {
            .array(links.map { .object([("key", .string($0.key)), ("label", .string($0.label)),
                                        ("number", .int($0.number)), ("documents", .int($0.documents))]) })
        }
        return .object([
            ("number", .int(entry.number)),
            ("label", .string(entry.label)),
            ("key", .string(entry.key)),
            ("kind", .string(entry.kind.rawValue)),
            ("numbers", .array(s.numbers.map(JSONValue.int))),
            ("occurrences", .int(s.occurrences)),
            ("documents", .int(s.documents)),
            ("documentsWithoutExpansion", .int(s.documentsWithoutExpansion)),
            ("first", value(of: entry.first)),
            ("last", value(of: entry.last)),
            ("variants", counts(entry.variants)),
            ("labels", counts(sortedCounts(s.labels))),
            ("kinds", .object(SloganKind.allCases.compactMap { kind in s.kinds[kind].map { (kind.rawValue, .int($0)) } })),
            ("example", value(of: s.example)),
            ("consensus", .string(entry.hasConsensus ? "first" : "none")),
            ("expansions", .array(entry.ranking.map { r in
                let e = r.expansion
                return .object([
                    ("items", .array(e.items.map(JSONValue.string))),
                    ("direction", .string(e.direction.rawValue)),
                    ("documents", .int(e.documents)),
                    ("occurrences", .int(e.occurrences)),
                    ("support", .fraction(r.support, places: 2)),
                    ("fit", .fraction(r.fit, places: 3)),
                    ("example", value(of: e.example)),
                ])
            })),
            ("nested", links(entry.nested)),
            ("nestedIn", links(entry.nestedIn)),
            ("firstByPath", value(of: s.firstByPath)),
            ("lastByPath", value(of: s.lastByPath)),
            ("firstByDate", s.firstByDate.map(value(of:)) ?? .null),
            ("lastByDate", s.lastByDate.map(value(of:)) ?? .null),
            ("timeline", timeline(of: entry, in: glossary)),
            ("oftenWith", oftenWith(entry, in: glossary)),
        ])
    }

    static func value(of document: DocumentReference) -> JSONValue {
        .object([("path", .string(document.path)), ("date", .optional(document.date?.description))])
    }

    static func value(of citation: Citation) -> JSONValue {
        .object([("path", .string(citation.path)), ("start", .int(citation.start)), ("sentence", .string(citation.text))])
    }

    // MARK: Reading

    private struct Header: Decodable {
        var schema: String?
        var version: Int?
    }

    struct File: Decodable {
        struct Corpus: Decodable {
            var documents: Int
            var undatedDocuments: Int
            var characters: Int
        }
        struct Record: Decodable {
            var path: String
            var date: String?
            var mentions: [String: Int]
        }
        struct Document: Decodable {
            var path: String
            var date: String?
        }
        struct Count: Decodable {
            var text: String
            var occurrences: Int
        }
        struct Example: Decodable {
            var path: String
            var start: Int
            var sentence: String
        }
        struct Expansion: Decodable {
            var items: [String]
            var direction: KouhaoKit.Expansion.Direction
            var documents: Int
            var occurrences: Int
            var example: Example
        }
        struct Link: Decodable {
            var key: String
            var documents: Int
        }
        struct Slogan: Decodable {
            var key: String
            var numbers: [Int]
            var occurrences: Int
            var documents: Int
            var documentsWithoutExpansion: Int
            var variants: [Count]
            var labels: [Count]
            var kinds: [String: Int]
            var example: Example
            var expansions: [Expansion]
            var nested: [Link]
            var firstByPath: Document
            var lastByPath: Document
            var firstByDate: Document?
            var lastByDate: Document?
        }
        var corpus: Corpus
        var documents: [Record]
        var slogans: [Slogan]
        var evidence: [EvidenceRecord]?

        /// The summary of one slogan object (of `slogans`, or of an evidence record).
        static func sloganSummary(_ s: Slogan, keying: SloganKeying, malformed: (String) -> KouhaoError) throws -> SloganSummary {
            func reference(_ d: Document) throws -> DocumentReference {
                guard let date = d.date else { return DocumentReference(path: d.path, date: nil) }
                guard let parsed = DocumentDate(iso: date) else { throw malformed("slogan \(s.key): bad date \"\(date)\" (expected 2015-03-02, 2015-03 or 2015)") }
                return DocumentReference(path: d.path, date: parsed)
            }
            func dictionary<K: Hashable>(_ pairs: [(K, Int)], _ what: String) throws -> [K: Int] {
                var result: [K: Int] = [:]
                for (k, n) in pairs where result.updateValue(n, forKey: k) != nil {
                    throw malformed("slogan \(s.key): \(what) \"\(k)\" listed twice")
                }
                return result
            }
            var kinds: [SloganKind: Int] = [:]
            for (name, n) in s.kinds {
                guard let kind = SloganKind(rawValue: name) else { throw malformed("slogan \(s.key): unknown kind \"\(name)\"") }
                kinds[kind] = n
            }
            var expansions: [String: ExpansionSummary] = [:]
            // Lists lent by a lexicon are not the corpus's: they are derived again when rendering.
            for e in s.expansions where e.direction.isInDocument {
                let key = ExpansionSummary.key(of: e.items, keying: keying)
                let summary = ExpansionSummary(key: key, items: e.items, direction: e.direction, documents: e.documents,
                                               occurrences: e.occurrences,
                                               example: Citation(path: e.example.path, start: e.example.start, text: e.example.sentence))
                guard expansions.updateValue(summary, forKey: key) == nil else { throw malformed("slogan \(s.key): one expansion listed twice") }
            }
            return SloganSummary(
                key: s.key, occurrences: s.occurrences, documents: s.documents, documentsWithoutExpansion: s.documentsWithoutExpansion,
                labels: try dictionary(s.labels.map { ($0.text, $0.occurrences) }, "label"),
                variants: try dictionary(s.variants.map { ($0.text, $0.occurrences) }, "variant"),
                kinds: kinds, firstByPath: try reference(s.firstByPath), lastByPath: try reference(s.lastByPath),
                firstByDate: try s.firstByDate.map(reference), lastByDate: try s.lastByDate.map(reference),
                example: Citation(path: s.example.path, start: s.example.start, text: s.example.sentence), numbers: s.numbers,
                expansions: expansions, nested: try dictionary(s.nested.map { ($0.key, $0.documents) }, "nested slogan"))
        }

        func summary(keying: SloganKeying, malformed: (String) -> KouhaoError) throws -> CorpusSummary {
            let records = try GlossaryJSON.records(documents.map { ($0.path, $0.date, $0.mentions) }, malformed: malformed)
            let paths = Set(records.keys)
            guard paths.count == corpus.documents, records.values.filter({ $0.date == nil }).count == corpus.undatedDocuments else {
                throw malformed("corpus.documents (\(corpus.documents)) and corpus.undatedDocuments (\(corpus.undatedDocuments)) do not match the \(paths.count) distinct documents listed: the file was edited or truncated; regenerate it")
            }
            var slogans: [String: SloganSummary] = [:]
            for s in self.slogans {
                let summary = try Self.sloganSummary(s, keying: keying, malformed: malformed)
                guard slogans.updateValue(summary, forKey: s.key) == nil else { throw malformed("slogan \(s.key) listed twice") }
            }
            var summary = CorpusSummary(documentPaths: paths, undatedDocuments: corpus.undatedDocuments,
                                        characters: corpus.characters, slogans: slogans, records: records)
            summary.evidence = try Self.evidence(evidence ?? [], keying: keying, malformed: malformed)
            return summary
        }
    }

    /// A decoding error in words: what is wrong and where.
    private static func describe(_ error: Error) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "at the top" : "at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" \(at(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) \(at(context.codingPath))"
        case DecodingError.dataCorrupted(let context): return "\(context.debugDescription) \(at(context.codingPath))"
        default: return "\(error)"
        }
    }
}
