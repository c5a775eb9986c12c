/// A possible slogan mention found by the scanner, before expansions are resolved.
///
/// 例：`“6543”工程` gives a candidate with `range` over `6543”工程`, `isQuoted` true and a
/// digit-code shape; an unquoted `三农` gives a candidate that still needs evidence.
struct SloganCandidate {
    /// Where the label stands (normalized offsets; includes a quotation mark inside the label).
    var range: Range<Int>
    /// The label's anatomy.
    var shape: LabelShape
    /// The quotation around the label (or around its numbered part), if any.
    var quote: DocumentIndex.Quote?
    /// How much the shape alone speaks for a slogan (0–1).
    var prior: Double
    /// True when the candidate is accepted only with more evidence: an expansion, or the
    /// same label confirmed elsewhere in the document.
    var needsEvidence: Bool
    /// The label normalized for grouping: no quotation marks.
    var key: String
    /// True for counts in running text with an ordinary measure (三项工程, 六条高速公路): only
    /// a quoted list right before them makes them labels (“信贷、融资、引资”三轮驱动).
    var needsQuotedList = false
    /// True for an occurrence of a label known before the document (a lexicon entry).
    var isKnown = false

    var isQuoted: Bool { quote != nil }
}
