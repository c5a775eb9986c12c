/// One occurrence of a numbered slogan in a document.
///
/// 例：in `实施“6543”工程，即…` the mention has `label` 6543工程, `range` covering
/// `6543”工程` (quotes inside the label are part of the span, the outer ones are not),
/// `numbers` [6, 5, 4, 3], `kind` `.digitCode` and an `after` expansion.
public struct SloganMention: Hashable, Sendable {
    /// The label as written, without quotation marks: 6543工程, 四個全面, 双随机、一公开.
    /// 例：`兩個清單` for `落实「兩個清單」制度`.
    public var label: String
    /// The label normalized for grouping (NFKC, Simplified, no quotes): 四个全面 for 四個全面.
    /// 例：`两个清单` for 「兩個清單」; `双随机一公开` for “双随机、一公开”.
    public var key: String
    /// Its range in the text as read, in Unicode code points (`end` exclusive).
    /// 例：3..<10 for 5321工程 in `启动“5321”工程，即…`, the inner ” included.
    public var range: Range<Int>
    /// The numbers of the label in order: 四不四争四先锋 → [4, 4, 4]; 6543工程 → [6, 5, 4, 3];
    /// 双招双引 → [2, 2].
    /// 例：[5, 3, 2, 1] for 5321工程; [3, 3] for 三访三问.
    public var numbers: [Int]
    /// Its shape. 例：`.frame` for 三访三问, `.digitCode` for 5321工程.
    public var kind: SloganKind
    /// How sure the detector is that this is a numbered slogan, from 0 to 1.
    /// 例：0.95 for “三个强化” followed by its list; 0.85 for “双随机、一公开” without one.
    public var confidence: Double
    /// Whether the text quotes it (fully or in part): “四风”, “6543”工程.
    /// 例：false for 三个强化 in `要推进三个强化，即强化规划引领、…`.
    public var isQuoted: Bool
    /// The items it stands for, when the document states them.
    /// 例：nil for 四风 in `大力整治“四风”问题，…` (the sentence lists nothing).
    public var expansion: Expansion?
    /// Why it was taken (or not) for a slogan, when the detector is asked to explain
    /// (``SloganDetector/Configuration/explain``): the pieces of evidence that are not zero,
    /// by name, 0–1. Empty otherwise.
    /// 例：`["counted": 1, "strongHead": 1, "measureOther": 1]` for 八项规定 in running text.
    public var evidence: [String: Double]
    /// The sentence it occurs in.
    /// 例：`启动“5321”工程，即建设5个园区、培育3个集群、打造2个平台、完善1套机制。` for 5321工程.
    public var sentence: String

    /// A mention. 例：`SloganMention(label: "四风", key: "四风", range: 10..<12, numbers: [4], kind: .compact, confidence: 0.9, isQuoted: true, expansion: nil, sentence: "…")`.
    public init(label: String, key: String, range: Range<Int>, numbers: [Int], kind: SloganKind,
                confidence: Double, isQuoted: Bool, expansion: Expansion?, sentence: String,
                evidence: [String: Double] = [:]) {
        self.label = label
        self.key = key
        self.range = range
        self.numbers = numbers
        self.kind = kind
        self.confidence = confidence
        self.isQuoted = isQuoted
        self.expansion = expansion
        self.sentence = sentence
        self.evidence = evidence
    }
}
