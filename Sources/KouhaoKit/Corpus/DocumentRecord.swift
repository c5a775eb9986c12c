/// What a corpus summary keeps of each document: its date and how often it mentions each
/// slogan. Timelines (documents and mentions per period) and co-occurrence ("often with")
/// are derived from these records when a glossary is made, so the summary stays a sum of
/// per-document parts — linear in the (document, slogan) pairs, never quadratic.
///
/// 例：`DocumentRecord(date: DocumentDate(year: 2015, month: 3, day: 2), mentions: ["四全面": 2, "一带一路": 1])`
/// for `xwlb/2015/20150302.txt`.
public struct DocumentRecord: Hashable, Sendable {
    /// The document's date (see ``DocumentDating``), or nil. 例：2015-03-02 for `xwlb/2015/20150302.txt`.
    public var date: DocumentDate?
    /// Slogan keys → mentions in this document. 例：`["四全面": 2]` for two mentions of “四个全面”.
    public var mentions: [String: Int]

    /// A record. 例：`DocumentRecord(date: nil, mentions: ["四风": 1])`.
    public init(date: DocumentDate?, mentions: [String: Int]) {
        self.date = date
        self.mentions = mentions
    }
}
