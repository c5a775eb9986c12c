/// The `evidence` member of the glossary JSON: what the glossary does not show but a merge
/// needs — mentions of labels no document of this part confirms, and noise held back — so
/// that merged parts resolve exactly as the whole would.
///
/// Each record: `{"key", "status": "unconfirmed" | "hidden" | "folded", "quotedDocuments",
/// "mentions": [{"path", "occurrences"}], "slogan": {…the members `kouhao merge` reads of an
/// entry…}}`. A `folded` record is a label whose unconfirmed mentions (`slogan`) the glossary
/// counted because the corpus confirms it; `confirmed` (or null) is what its entry held
/// before, so that a merge decides again on the merged whole.
/// 例：`{"key": "三农", "status": "unconfirmed", "quotedDocuments": 0, "mentions": [{"path": "b.txt", "occurrences": 1}], "slogan": {…}}`.
extension GlossaryJSON {
    static func evidence(of evidence: CorpusEvidence) -> JSONValue {
        var byKey: [String: [(path: String, occurrences: Int)]] = [:]
        for (path, counts) in evidence.mentions {
            for (key, n) in counts { byKey[key, default: []].append((path, n)) }
        }
        func record(_ s: SloganSummary, status: String) -> JSONValue {
            let mentions = (byKey[s.key] ?? []).sorted { DocumentReference.pathPrecedes($0.path, $1.path) }
            return .object([
                ("key", .string(s.key)),
                ("status", .string(status)),
                ("quotedDocuments", .int(evidence.quotedDocuments[s.key] ?? 0)),
                ("mentions", .array(mentions.map { .object([("path", .string($0.path)), ("occurrences", .int($0.occurrences))]) })),
                ("slogan", raw(s)),
            ])
        }
        func folded(_ key: String) -> JSONValue {
            let fold = evidence.folded[key]!
            let mentions = fold.mentions.sorted { DocumentReference.pathPrecedes($0.key, $1.key) }
            return .object([
                ("key", .string(key)),
                ("status", .string("folded")),
                ("quotedDocuments", .int(fold.quotedDocuments)),
                ("mentions", .array(mentions.map { .object([("path", .string($0.key)), ("occurrences", .int($0.value))]) })),
                ("slogan", raw(fold.unconfirmed)),
                ("confirmed", fold.confirmed.map(raw) ?? .null),
            ])
        }
        let keys = { (d: [String: SloganSummary]) in d.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        return .array(keys(evidence.unconfirmed).map { record(evidence.unconfirmed[$0]!, status: "unconfirmed") }
                      + keys(evidence.hidden).map { record(evidence.hidden[$0]!, status: "hidden") }
                      + evidence.folded.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(folded))
    }

    /// The members of a slogan that `kouhao merge` reads, from the summary alone.
    static func raw(_ s: SloganSummary) -> JSONValue {
        func counts(_ d: [String: Int]) -> JSONValue {
            .array(d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { .object([("text", .string($0.key)), ("occurrences", .int($0.value))]) })
        }
        let expansions = s.expansions.values.sorted(by: ExpansionConsensus.stated)
        return .object([
            ("key", .string(s.key)),
            ("numbers", .array(s.numbers.map(JSONValue.int))),
            ("occurrences", .int(s.occurrences)),
            ("documents", .int(s.documents)),
            ("documentsWithoutExpansion", .int(s.documentsWithoutExpansion)),
            ("variants", counts(s.variants)),
            ("labels", counts(s.labels)),
            ("kinds", .object(SloganKind.allCases.compactMap { kind in s.kinds[kind].map { (kind.rawValue, .int($0)) } })),
            ("example", value(of: s.example)),
            ("expansions", .array(expansions.map { e in
                .object([
                    ("items", .array(e.items.map(JSONValue.string))),
                    ("direction", .string(e.direction.rawValue)),
                    ("documents", .int(e.documents)),
                    ("occurrences", .int(e.occurrences)),
                    ("example", value(of: e.example)),
                ])
            })),
            ("nested", .array(s.nested.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { .object([("key", .string($0.key)), ("documents", .int($0.value))]) })),
            ("firstByPath", value(of: s.firstByPath)),
            ("lastByPath", value(of: s.lastByPath)),
            ("firstByDate", s.firstByDate.map(value(of:)) ?? .null),
            ("lastByDate", s.lastByDate.map(value(of:)) ?? .null),
        ])
    }
}

extension GlossaryJSON.File {
    /// One record of the `evidence` member.
    struct EvidenceRecord: Decodable {
        struct Mention: Decodable {
            var path: String
            var occurrences: Int
        }
        var key: String
        var status: String
        var quotedDocuments: Int
        var mentions: [Mention]
        var slogan: Slogan
        var confirmed: Slogan?
    }

    /// The evidence of the records.
    static func evidence(_ records: [EvidenceRecord], keying: SloganKeying,
                         malformed: (String) -> KouhaoError) throws -> CorpusEvidence {
        var evidence = CorpusEvidence()
        for r in records {
            guard r.key == r.slogan.key else { throw malformed("evidence \(r.key): its slogan has the key \(r.slogan.key)") }
            let summary = try sloganSummary(r.slogan, keying: keying, malformed: malformed)
            switch r.status {
            case "unconfirmed":
                guard evidence.unconfirmed.updateValue(summary, forKey: r.key) == nil else { throw malformed("evidence \(r.key) listed twice") }
                if r.quotedDocuments > 0 { evidence.quotedDocuments[r.key] = r.quotedDocuments }
                for m in r.mentions { evidence.mentions[m.path, default: [:]][r.key] = m.occurrences }
            case "hidden":
                guard evidence.hidden.updateValue(summary, forKey: r.key) == nil else { throw malformed("evidence \(r.key) listed twice") }
            case "folded":
                let confirmed = try r.confirmed.map { c -> SloganSummary in
                    guard c.key == r.key else { throw malformed("evidence \(r.key): its confirmed part has the key \(c.key)") }
                    return try sloganSummary(c, keying: keying, malformed: malformed)
                }
                var mentions: [String: Int] = [:]
                for m in r.mentions { mentions[m.path] = m.occurrences }
                let fold = CorpusEvidence.Fold(confirmed: confirmed, unconfirmed: summary, quotedDocuments: r.quotedDocuments, mentions: mentions)
                guard evidence.folded.updateValue(fold, forKey: r.key) == nil else { throw malformed("evidence \(r.key) listed twice") }
            default:
                throw malformed("evidence \(r.key): unknown status \"\(r.status)\" (expected unconfirmed, hidden or folded)")
            }
        }
        return evidence
    }
}
