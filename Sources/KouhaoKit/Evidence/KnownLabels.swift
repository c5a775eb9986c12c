import Foundation

/// The numbered slogans kouhao knows before it reads a document: labels with their kinds,
/// how often and how often quoted they were seen, and the items they stand for.
///
/// The detector takes them as evidence: an unquoted known label in running text is a
/// mention, and a known expansion fills a mention its document leaves bare (direction
/// `lexicon`). Sources: the built-in slogan lexicon (``builtIn``, `Resources/slogans.tsv`,
/// mined from a corpus by `Scripts/build-slogan-lexicon`), a user's lexicon (``init(contentsOf:)``:
/// a glossary JSON of `kouhao glossary --format json`, or a TSV), or both (``merging(_:)``).
///
/// 例：`KnownLabels.builtIn["四风"]?.items` → 形式主义 / 官僚主义 / 享乐主义 / 奢靡之风.
public struct KnownLabels: Sendable {
    /// The labels by grouping key. 例：`labels["四意识"]?.label` → 四个意识.
    public private(set) var labels: [String: KnownLabel]
    /// The matcher of every form of every label, and the key each pattern stands for.
    let matcher: LabelMatcher
    let patternKeys: [String]

    /// No labels: the detector works from the document alone (`--no-lexicon`).
    /// 例：`Analyzer.Configuration(knownLabels: .none)`.
    public static let none = KnownLabels([])

    /// The built-in slogan lexicon, read once when first used (a few milliseconds) from
    /// ``BuiltInResources``.
    /// 例：`KnownLabels.builtIn.count` → the labels mined from `../shared/corpora`.
    public static let builtIn: KnownLabels = {
        let data = BuiltInResources.contents(of: "slogans.tsv")
        do { return try KnownLabels(parsing: [UInt8](data), path: "slogans.tsv") } catch {
            preconditionFailure("kouhao: the built-in slogans.tsv is malformed: \(error)")
        }
    }()

    /// Known labels from a list; a later label with the same key replaces an earlier one.
    /// 例：`KnownLabels([KnownLabel(label: "三访三问", kind: .frame, items: ["访民情", "访民意", "访民生", "问需", "问计", "问效"])])`.
    public init(_ labels: [KnownLabel]) {
        var byKey: [String: KnownLabel] = [:]
        for label in labels { byKey[label.key] = label }
        self.labels = byKey
        // Patterns in key order, so the matcher is the same for the same labels.
        var patterns: [[UInt16]] = []
        var keys: [String] = []
        for key in byKey.keys.sorted() {
            for form in byKey[key]!.forms {
                patterns.append(Array(form.utf16))
                keys.append(key)
            }
        }
        matcher = LabelMatcher(patterns)
        patternKeys = keys
    }

    /// The number of labels. 例：`KnownLabels.none.count` → 0.
    public var count: Int { labels.count }
    /// Whether there are none. 例：`KnownLabels.none.isEmpty` → true.
    public var isEmpty: Bool { labels.isEmpty }

    /// The label with this grouping key. 例：`known["六稳"]?.forms` → 六稳, 六个稳.
    public subscript(key: String) -> KnownLabel? { labels[key] }

    /// These labels and `other`'s; where both know a key, `other`'s wins.
    /// 例：`KnownLabels.builtIn.merging(try KnownLabels(contentsOf: "我的词表.tsv"))`.
    public func merging(_ other: KnownLabels) -> KnownLabels {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var all = labels
        for (key, label) in other.labels { all[key] = label }
        return KnownLabels(all.keys.sorted().map { all[$0]! })
    }

    /// Reads a lexicon file: a glossary JSON written by `kouhao glossary --format json`, a
    /// lexicon TSV written by `kouhao glossary --format lexicon` (the built-in format), or a
    /// simple TSV: a label per line, then its items (in further columns, or in one column
    /// separated by 、).
    /// 例：`try KnownLabels(contentsOf: "g.json")` after `kouhao glossary --format json 语料/ > g.json`.
    /// - Throws: ``KouhaoError/notFound(path:)``, ``KouhaoError/unreadable(path:reason:)``,
    ///   ``KouhaoError/tooLarge(path:bytes:limit:)`` (read with the documents' cap) or
    ///   ``KouhaoError/malformedInput(path:reason:)`` naming the bad line.
    public init(contentsOf path: String) throws {
        let bytes = try CorpusReader().read(path)
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        if first == UInt8(ascii: "{") {
            self = KnownLabels(glossary: Glossary(summary: try GlossaryJSON.decode(bytes, path: path)), source: .lexicon)
        } else {
            try self.init(parsing: bytes, path: path)
        }
    }

    /// The first line of a lexicon in the built-in format. 例：`# kouhao slogan lexicon`.
    public static let formatMarker = "# kouhao slogan lexicon"

    /// Parses a lexicon TSV (the built-in format, or the simple one) from UTF-8 bytes.
    /// 例：`try KnownLabels(parsing: Array("两学一做\t学党章党规\t学系列讲话\t做合格党员\n".utf8))`.
    /// - Throws: ``KouhaoError/malformedInput(path:reason:)``.
    /// - Complexity: O(n) in the size of the file.
    public init(parsing bytes: [UInt8], path: String = "-") throws {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        let full = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix(Self.formatMarker) ?? false
        var labels: [KnownLabel] = []
        let keying = full ? nil : SloganKeying()
        for (n, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func malformed(_ reason: String) -> KouhaoError {
                .malformedInput(path: path, reason: "line \(n + 1): \(reason)")
            }
            if full {
                guard columns.count >= 5 else { throw malformed("expected label, kind, documents, quoted, forms and items separated by tabs") }
                guard let kind = SloganKind(rawValue: columns[1]) else { throw malformed("unknown kind \"\(columns[1])\"") }
                guard let documents = Int(columns[2]), documents >= 0 else { throw malformed("documents \"\(columns[2])\" is not a count") }
                guard let quoted = Double(columns[3]), (0...1).contains(quoted) else { throw malformed("quoted share \"\(columns[3])\" is not between 0 and 1") }
                let forms = columns[4].split(separator: "|").map(String.init)
                let items = columns.dropFirst(5).filter { !$0.isEmpty }
                labels.append(KnownLabel(label: columns[0], forms: forms, kind: kind, documents: documents, quotedShare: quoted,
                                         items: items.isEmpty ? nil : Array(items)))
            } else {
                let label = keying!.plainForm(columns[0])
                guard !label.isEmpty else { throw malformed("the first column, the label, is empty") }
                var items = columns.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if items.count == 1, items[0].contains("、") { items = items[0].split(separator: "、").map(String.init) }
                labels.append(KnownLabel(label: label, kind: KnownLabels.kind(ofPlain: label), items: items.isEmpty ? nil : items))
            }
        }
        self.init(labels)
    }

    /// A rough shape of a plain label, for labels a user lists without one: digits make a
    /// code, 、 several parts, two numerals a frame, a numeral and a measure word a count.
    /// 例：`kind(ofPlain: "三访三问")` → `.frame`.
    static func kind(ofPlain label: String) -> SloganKind {
        let units = Array(label.utf16)
        if units.contains(where: CharacterClass.isDigit) { return .digitCode }
        if units.contains(0x3001) { return .multiPart }
        let numerals = units.indices.filter { ChineseNumeral.isNumeral(units[$0]) || units[$0] == CharacterClass.shuang }
        if numerals.count >= 2, numerals.last! - numerals.first! >= 2 { return .frame }
        if let first = numerals.first, first + 1 < units.count, SloganLexicon.countMeasures.contains(units[(first + 1)...(first + 1)]) {
            return .counted
        }
        return .compact
    }

    /// The occurrences of known labels in `units` that start at `i`: the longest first.
    func matches(in units: [UInt16], at i: Int) -> [(end: Int, key: String)] {
        matcher.matches(in: units, at: i).map { ($0.end, patternKeys[$0.pattern]) }
    }

    /// Whether some known label can start with unit `u`.
    @inline(__always)
    func canStart(_ u: UInt16) -> Bool { matcher.canStart(u) }
}
