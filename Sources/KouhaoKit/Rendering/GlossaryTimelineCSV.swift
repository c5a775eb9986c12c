/// The glossary's timelines as a tidy long-format CSV: one row per slogan and period where it
/// is mentioned, header `label,period,documents,mentions,share`, which pandas
/// (`pd.read_csv`) and R (`read.csv`) read as is.
///
/// Rows follow the glossary's order, then the periods in order. A period with no row for a
/// slogan is one where it is not mentioned (documents, mentions and share 0); `share` is the
/// fraction of that period's documents that mention it, with 4 decimals. Undated documents
/// are in no period. 例：`四个全面,2015-01,1,1,0.0323`.
public enum GlossaryTimelineCSV {
    /// The header row's column names. 例：`columns[1]` is `period`.
    public static let columns = ["label", "period", "documents", "mentions", "share"]

    /// The CSV text: the header, then the rows, CRLF line ends (RFC 4180).
    /// 例：`label,period,documents,mentions,share`, then `八项规定,2012,41,95,0.2240`.
    /// - Complexity: O(entries × periods).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var out = ByteSink()
        out.append(columns.joined(separator: ",") + "\r\n")
        for entry in glossary.entries {
            let label = GlossaryCSV.quoted(entry.label)
            for row in glossary.timeline.rows(for: entry.key) {
                out.append("\(label),\(row.period),\(row.documents),\(row.mentions),\(JSONValue.decimal(row.share, places: 4))\r\n")
            }
        }
        return out.bytes
    }
}
