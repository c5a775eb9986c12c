/// One occurrence of a numbered slogan in a document.
///
/// 例：in `实施“6543”工程，即…` the mention has `label` 6543工程, `range` covering
/// `6543”工程` (quotes inside the label are part of the span, the outer ones are not),
/// `numbers` [6, 5, 4, 3], `kind` `.digitCode` and an `after` expansion.
public struct SloganMention: Hashable, Sendable {
    /// The label as written, without quotation marks: 6543工程, 四個全面, 双随机、一公开.
    public var label: String
    /// The label normalized for grouping (NFKC, Simplified, no quotes): 四个全面 for 四個全面.
    public var key: String
    /// Its range in the text as read, in Unicode code points (`end` exclusive).
    public var range: Range<Int>
    /// The numbers of the label in order: 四不四争四先锋 → [4, 4, 4]; 6543工程 → [6, 5, 4, 3];
    /// 双招双引 → [2, 2].
    public var numbers: [Int]
    /// Its shape.
    public var kind: SloganKind
    /// How sure the detector is that this is a numbered slogan, from 0 to 1.
    public var confidence: Double
    /// Whether the text quotes it (fully or in part): “四风”, “6543”工程.
    public var isQuoted: Bool
    /// The items it stands for, when the document states them.
    public var expansion: Expansion?
    /// The sentence it occurs in.
    public var sentence: String

    /// A mention. 例：`SloganMention(label: "四风", key: "四风", range: 10..<12, numbers: [4], kind: .compact, confidence: 0.9, isQuoted: true, expansion: nil, sentence: "…")`.
    public init(label: String, key: String, range: Range<Int>, numbers: [Int], kind: SloganKind,
                confidence: Double, isQuoted: Bool, expansion: Expansion?, sentence: String) {
        self.label = label
        self.key = key
        self.range = range
        self.numbers = numbers
        self.kind = kind
        self.confidence = confidence
        self.isQuoted = isQuoted
        self.expansion = expansion
        self.sentence = sentence
    }
}
