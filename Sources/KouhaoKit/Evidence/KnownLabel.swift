/// A numbered slogan known before a document is read: from the built-in slogan lexicon, a
/// user's lexicon (`--lexicon`), or the rest of the corpus.
///
/// 例：`KnownLabel(label: "四风", kind: .compact, documents: 454, quotedShare: 0.86,
/// items: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"], source: .lexicon)`.
public struct KnownLabel: Hashable, Sendable {
    /// Where the knowledge comes from.
    ///
    /// 例：`.lexicon` for 四风 in the built-in lexicon; `.corpus` for a label that other
    /// documents of the same run confirm.
    public enum Source: String, Hashable, Sendable, CaseIterable {
        /// The built-in slogan lexicon or a user's lexicon. 例：`kouhao --lexicon 我的词表.tsv 报告.txt`.
        case lexicon
        /// The other documents of a corpus run. 例：`kouhao slogans 报告/`.
        case corpus
    }

    /// The label in plain form (NFKC, Simplified, no quotes). 例：`四个意识`.
    public var label: String
    /// The grouping key (``SloganKeying/key(_:)``). 例：`四意识` for 四个意识.
    public var key: String
    /// The plain spellings looked for in running text, the label first.
    /// 例：`["六稳", "六个稳"]`.
    public var forms: [String]
    /// Its usual shape. 例：`.counted` for 四个意识.
    public var kind: SloganKind
    /// Documents of the source corpus that mention it (0 when unknown, as in a user's TSV).
    /// 例：245 for 四个意识 in the built-in lexicon.
    public var documents: Int
    /// The share of its mentions that are quoted, 0–1 (1 when unknown).
    /// 例：0.93 for “四个意识”, almost always quoted.
    public var quotedShare: Double
    /// The items it stands for (the consensus expansion), or nil when none is known.
    /// 例：`["政治意识", "大局意识", "核心意识", "看齐意识"]`.
    public var items: [String]?
    /// Where the knowledge comes from. 例：`.lexicon`.
    public var source: Source

    /// A known label; `key` and missing forms follow from `label`, which must be in plain form.
    /// 例：`KnownLabel(label: "两学一做", kind: .frame, items: ["学党章党规", "学系列讲话", "做合格党员"])`.
    public init(label: String, forms: [String] = [], kind: SloganKind, documents: Int = 0, quotedShare: Double = 1,
                items: [String]? = nil, source: Source = .lexicon) {
        self.label = label
        key = SloganKeying.key(plain: label)
        var all = [label]
        for form in forms where !all.contains(form) { all.append(form) }
        self.forms = all
        self.kind = kind
        self.documents = documents
        self.quotedShare = quotedShare
        self.items = items.flatMap { $0.isEmpty ? nil : $0 }
        self.source = source
    }
}
