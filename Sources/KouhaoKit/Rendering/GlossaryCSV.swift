/// The glossary as CSV (RFC 4180), one row per slogan, for spreadsheets.
///
/// Columns: `number, slogan, key, kind, occurrences, documents, documents_without_expansion,
/// first_document, first_date, last_document, last_date, variants, expansions,
/// expansion_documents, consensus, nested, nested_in, example_sentence, example_document`. Lists
/// inside a cell are separated by ` | `; the items of one expansion by ` / `. `consensus` is
/// `first` when the first expansion is the slogan's consensus meaning, `none` when every listed
/// expansion is only an alternative, and empty when no expansion is listed.
/// 例：`3,6543工程,6543工程,digitCode,2,1,0,Corpus/01.txt,,Corpus/01.txt,,“6543”工程,摸清“六涉”企业底数 / 制定“五张清单” / …,1,first,六涉 | 五张清单,,…`.
public enum GlossaryCSV {
    /// The header row's column names. 例：19 of them; `columns[1]` is `slogan`, the column of 三个强化.
    public static let columns = [
        "number", "slogan", "key", "kind", "occurrences", "documents", "documents_without_expansion",
        "first_document", "first_date", "last_document", "last_date", "variants", "expansions",
        "expansion_documents", "consensus", "nested", "nested_in", "example_sentence", "example_document",
    ]

    /// The CSV text of `glossary`: a header row, then one row per entry, CRLF line ends.
    /// 例：`1,三个强化,三强化,counted,4,3,2,材料/2021/20210315.txt,2021-03-15,材料/2023/乡镇通知.txt,,…`.
    /// - Complexity: O(size of the glossary).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var out = ByteSink()
        write(columns, into: &out)
        for e in glossary.entries {
            write([
                String(e.number), e.label, e.key, e.kind.rawValue, String(e.occurrences), String(e.documents),
                String(e.summary.documentsWithoutExpansion),
                e.first.path, e.first.date?.description ?? "", e.last.path, e.last.date?.description ?? "",
                e.variants.map(\.text).joined(separator: " | "),
                e.expansions.map { $0.items.joined(separator: " / ") }.joined(separator: " | "),
                e.expansions.map { String($0.documents) }.joined(separator: " | "),
                e.expansions.isEmpty ? "" : e.hasConsensus ? "first" : "none",
                e.nested.map(\.label).joined(separator: " | "),
                e.nestedIn.map(\.label).joined(separator: " | "),
                e.summary.example.text, e.summary.example.path,
            ], into: &out)
        }
        return out.bytes
    }

    private static func write(_ fields: [String], into out: inout ByteSink) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(byte: 0x2C) }
            out.append(quoted(field))
        }
        out.append("\r\n")
    }

    /// A field, quoted when it holds a comma, a quote or a line break (quotes doubled).
    /// 例：`quoted("a,b")` → `"a,b"`; `quoted("四风")` → `四风`.
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var out = "\""
        for c in field.unicodeScalars {
            if c == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }
}
