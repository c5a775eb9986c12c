/// The members of the glossary JSON that version 2 added: the document table, periods,
/// timelines and "often with" (layout in the README).
extension GlossaryJSON {
    /// `corpus.periods`: every period with its documents and new slogans.
    static func periods(of timeline: GlossaryTimeline) -> JSONValue {
        .array(timeline.periods.indices.map { i in
            .object([("period", .string(timeline.periods[i].description)), ("documents", .int(timeline.documents[i])),
                     ("newSlogans", .int(timeline.newSlogans[i]))])
        })
    }

    /// `documents`: every document in walk order, with its date and its slogans' mentions by key.
    static func documents(of summary: CorpusSummary) -> JSONValue {
        .array(summary.records.keys.sorted(by: DocumentReference.pathPrecedes).map { path in
            let record = summary.records[path]!
            let mentions = record.mentions.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { ($0, JSONValue.int(record.mentions[$0]!)) }
            return .object([("path", .string(path)), ("date", .optional(record.date?.description)), ("mentions", .object(mentions))])
        })
    }

    /// A slogan's `timeline`: the periods where it is mentioned.
    static func timeline(of entry: Glossary.Entry, in glossary: Glossary) -> JSONValue {
        .array(glossary.timeline.rows(for: entry.key).map { row in
            .object([("period", .string(row.period.description)), ("documents", .int(row.documents)),
                     ("mentions", .int(row.mentions)), ("share", .fraction(row.share))])
        })
    }

    /// A slogan's `oftenWith`: its companions, best first.
    static func oftenWith(_ entry: Glossary.Entry, in glossary: Glossary) -> JSONValue {
        .array(glossary.companions(of: entry).map { c in
            .object([("key", .string(c.link.key)), ("label", .string(c.link.label)), ("number", .int(c.link.number)),
                     ("documents", .int(c.link.documents)), ("pmi", .number(JSONValue.decimal(c.pmi, places: 3)))])
        })
    }

    /// The records of a `documents` table, checked: each path once, valid dates, positive counts.
    static func records(_ table: [(path: String, date: String?, mentions: [String: Int])],
                        malformed: (String) -> KouhaoError) throws -> [String: DocumentRecord] {
        var records: [String: DocumentRecord] = [:]
        records.reserveCapacity(table.count)
        for (path, date, mentions) in table {
            var parsed: DocumentDate?
            if let date {
                guard let d = DocumentDate(iso: date) else { throw malformed("document \(path): bad date \"\(date)\" (expected 2015-03-02, 2015-03 or 2015)") }
                parsed = d
            }
            guard mentions.values.allSatisfy({ $0 > 0 }) else { throw malformed("document \(path): a mention count below 1") }
            guard records.updateValue(DocumentRecord(date: parsed, mentions: mentions), forKey: path) == nil else {
                throw malformed("document \(path) listed twice")
            }
        }
        return records
    }
}
