/// The glossary as a slogan lexicon: the TSV the built-in lexicon is made of
/// (`Resources/slogans.tsv`) and that `--lexicon FILE` reads. Labels, kinds, counts and item
/// lists only — no sentences.
///
/// Kept are the entries a corpus vouches for: mentioned in at least ``minimumDocuments``
/// documents, and quoted in at least ``minimumQuotedShare`` of their mentions or given a
/// consensus list that ``minimumStatingDocuments`` documents state; a compact label or one
/// with a name before its number only with agreed items, or quoted in at least
/// ``minimumCompactQuotedShare`` of its mentions over ``minimumCompactDocuments`` documents
/// (names around a number, and labels whose every number is a one — 一企一策 — always with
/// items); never ordinals (第三方), words whose only
/// numerals are the financial forms (陆港, 海陆空), place names (三沙市) or codes without a head. Items are written only
/// when the corpus agrees on them: the consensus is stated by at least
/// ``minimumStatingDocuments`` documents and holds at least ``minimumAgreement`` of the
/// support of the label's plausible lists (see ``ExpansionConsensus/Ranked/plausible``; a label that means different things in different
/// places, such as a city's 十大工程, keeps its label but no items).
///
/// Format (UTF-8): the first line is `# kouhao slogan lexicon`; `#` lines are comments; each
/// other line is `label<TAB>kind<TAB>documents<TAB>quoted share<TAB>forms<TAB>item<TAB>item…`,
/// forms being the plain spellings separated by `|`. Sorted by documents, then label.
/// 例：`四风\tcompact\t454\t0.86\t四风\t形式主义\t官僚主义\t享乐主义\t奢靡之风`.
public enum GlossaryLexicon {
    /// Fewest documents an entry must be mentioned in. 例：5.
    public static let minimumDocuments = 5
    /// Fewest quoted mentions, as a share, for an entry kept without a consensus list. 例：0.3.
    public static let minimumQuotedShare = 0.3
    /// Fewest documents stating the consensus list for its items to be kept. 例：2.
    public static let minimumStatingDocuments = 2
    /// Smallest share of all lists' support the consensus must hold for its items to be kept. 例：0.5.
    public static let minimumAgreement = 0.5
    /// Fewest quoted mentions, as a share, for a compact label (三农) kept without agreed items. 例：0.8.
    public static let minimumCompactQuotedShare = 0.8
    /// Fewest documents for a compact label kept without agreed items. 例：10.
    public static let minimumCompactDocuments = 10

    /// The lexicon TSV of `glossary`.
    /// 例：`GlossaryLexicon.render(glossary)` starts with `# kouhao slogan lexicon`.
    /// - Complexity: O(size of the glossary).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var sink = ByteSink()
        sink.append("\(KnownLabels.formatMarker)\n")
        sink.append("# Mined by `kouhao glossary --format lexicon` from \(glossary.summary.documentCount) documents.\n")
        sink.append("# label\tkind\tdocuments\tquoted\tforms\titems…\n")
        let rows = glossary.entries.compactMap(row).sorted {
            $0.documents != $1.documents ? $0.documents > $1.documents : $0.label.utf8.lexicographicallyPrecedes($1.label.utf8)
        }
        for r in rows {
            let items = r.items.map { "\t" + $0.joined(separator: "\t") } ?? ""
            sink.append("\(r.label)\t\(r.kind.rawValue)\t\(r.documents)\t\(JSONValue.decimal(r.quotedShare, places: 2))\t\(r.forms.joined(separator: "|"))\(items)\n")
        }
        return sink.bytes
    }

    /// The lexicon line of an entry, or nil when the corpus does not vouch for it.
    static func row(_ entry: Glossary.Entry) -> KnownLabel? {
        guard entry.documents >= minimumDocuments else { return nil }
        var label = KnownLabel(entry: entry, source: .lexicon)
        // Tabs and line breaks cannot stand in a field.
        func clean(_ s: String) -> Bool { !s.isEmpty && !s.contains("\t") && !s.contains("\n") && !s.contains("|") }
        guard clean(label.label), !isNoLabel(label.label) else { return nil }
        label.forms = label.forms.filter(clean)
        let stating = entry.hasConsensus ? entry.expansions.first.map { $0.direction.isInDocument ? $0.documents : 0 } ?? 0 : 0
        // Agreement among the lists that could be its meaning (not every list a news item put
        // next to 一带一路).
        let support = entry.ranking.filter(\.plausible).reduce(0.0) { $0 + Double($1.expansion.documents) }
        let agreement = support > 0 ? (entry.ranking.first?.support ?? 0) / support : 0
        let agreed = stating >= minimumStatingDocuments && agreement >= minimumAgreement
        guard label.quotedShare >= minimumQuotedShare || agreed else { return nil }
        // A number and a character or two (两区, 双提升), or a name around a number (新三板,
        // 海纳百川), is as often a count or a word as a slogan: kept only when the corpus agrees
        // on its items, or nearly always quotes it in many documents (三农, 四风).
        let bare = entry.kind == .compact || Self.hasPrefix(label.label)
        if bare, !agreed, Self.hasPrefix(label.label) || label.quotedShare < minimumCompactQuotedShare
            || entry.documents < minimumCompactDocuments { return nil }
        // One of a kind (一企一策, 一河一策: every number a one) is a label only with its items.
        if !agreed, !entry.summary.numbers.isEmpty, entry.summary.numbers.allSatisfy({ $0 == 1 }) { return nil }
        // A code without a head (461, 863) is as often a number.
        if entry.kind == .digitCode, label.label.unicodeScalars.allSatisfy({ $0.value < 0x3000 }) { return nil }
        if !agreed || !(label.items?.allSatisfy(clean) ?? false) { label.items = nil }
        return label
    }

    /// Ordinals (第三方), words whose only numerals are financial forms (陆港, 海陆空: 陆 is
    /// land, not six, outside a cheque), and place names (三沙市, 五指山市).
    static func isNoLabel(_ label: String) -> Bool {
        let units = Array(label.utf16)
        guard let first = units.first, let last = units.last else { return true }
        if first == 0x7B2C { return true }   // 第
        let numerals = units.filter { ChineseNumeral.isNumeral($0) || $0 == CharacterClass.shuang || CharacterClass.isDigit($0) }
        if !numerals.isEmpty, numerals.allSatisfy({ GlossaryNoise.financialNumerals.contains($0) }) { return true }
        return GlossaryNoise.placeSuffixes.contains(last)
    }

    /// Whether a label has characters before its first numeral (新三板, 约法三章).
    static func hasPrefix(_ label: String) -> Bool {
        guard let first = label.utf16.first else { return false }
        return !(ChineseNumeral.isNumeral(first) || first == CharacterClass.shuang || CharacterClass.isDigit(first))
    }

}
