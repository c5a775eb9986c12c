/// Where a label must be confirmed (quoted, listed, or in a glossary line) for its unquoted
/// mentions to count.
///
/// 例：`.corpus` (the default of corpus runs): 三农 written plainly in one report counts once
/// another report quotes it; `.document`: only its own document can confirm it.
public enum EvidenceScope: String, Hashable, Sendable, CaseIterable {
    /// Anywhere in the corpus. 例：`kouhao glossary 报告/`.
    case corpus
    /// In the mention's own document. 例：`kouhao glossary --no-corpus-evidence 报告/`.
    case document
}

/// Recording and resolving the evidence of unconfirmed labels.
extension CorpusSummary {
    /// Records the unconfirmed mentions of a document (those of labels it does not confirm).
    mutating func recordUnconfirmed(_ analysis: DocumentAnalysis, reading: ReadingText?, keying: SloganKeying,
                                    reference: DocumentReference) {
        guard !analysis.unconfirmed.isEmpty else { return }
        var counts: [String: Int] = [:]
        var quoted = Set<String>()
        var plain: [String: String] = [:]
        for m in analysis.unconfirmed {
            let key = SloganKeying.key(plain: m.key.isEmpty ? m.label : m.key)
            guard !key.isEmpty, slogans[key] == nil else { continue }
            let label: String
            if let p = plain[m.label] { label = p } else { label = keying.plainForm(m.label); plain[m.label] = label }
            let one = SloganSummary(
                key: key, occurrences: 1, documents: 1, documentsWithoutExpansion: 1,
                labels: [label: 1], variants: [Self.variant(of: m, in: reading): 1], kinds: [m.kind: 1],
                firstByPath: reference, lastByPath: reference,
                firstByDate: reference.date == nil ? nil : reference, lastByDate: reference.date == nil ? nil : reference,
                example: Citation(path: analysis.path, start: m.range.lowerBound, text: m.sentence), numbers: m.numbers,
                expansions: [:], nested: [:])
            if var existing = evidence.unconfirmed[key], counts[key] != nil {
                existing.merge(one)
                existing.documents = 1
                existing.documentsWithoutExpansion = 1
                evidence.unconfirmed[key] = existing
            } else {
                evidence.unconfirmed[key] = one
            }
            counts[key, default: 0] += 1
            if m.isQuoted { quoted.insert(key) }
        }
        for key in quoted { evidence.quotedDocuments[key] = 1 }
        if !counts.isEmpty { evidence.mentions[analysis.path] = counts }
    }

    /// The summary a glossary shows: with `.corpus`, the unconfirmed mentions of every label
    /// the corpus confirms are counted (and a label no document confirms but at least
    /// ``CorpusEvidence/quotedDocumentsToConfirm`` documents quote is confirmed); in either
    /// scope, bare numbers are held back (a code stands with its head: 2330目标). What is not
    /// shown stays in ``evidence``, so that resolving merged shards gives what resolving the
    /// whole gives; resolving twice changes nothing.
    /// 例：`summary.resolvingEvidence(.corpus).slogans["三农"]?.documents` → 2 for the reports A and B above.
    /// - Complexity: O(size of the evidence).
    public func resolvingEvidence(_ scope: EvidenceScope) -> CorpusSummary {
        var out = unresolvingEvidence()
        var evidence = out.evidence
        var slogans = out.slogans
        slogans.merge(evidence.hidden) { var a = $0; a.merge($1); return a }
        evidence.hidden = [:]
        if scope == .corpus, !evidence.unconfirmed.isEmpty {
            var folded = Set<String>()
            for (key, u) in evidence.unconfirmed {
                let quoted = evidence.quotedDocuments[key] ?? 0
                if var s = slogans[key], Self.confirmsAcrossCorpus(s, unconfirmed: u, quotedElsewhere: quoted) {
                    evidence.folded[key] = CorpusEvidence.Fold(confirmed: s, unconfirmed: u, quotedDocuments: quoted, mentions: [:])
                    s.merge(u)
                    slogans[key] = s
                    folded.insert(key)
                } else if quoted >= CorpusEvidence.quotedDocumentsToConfirm, Self.isFramed(u) {
                    evidence.folded[key] = CorpusEvidence.Fold(confirmed: nil, unconfirmed: u, quotedDocuments: quoted, mentions: [:])
                    slogans[key] = u
                    folded.insert(key)
                }
            }
            if !folded.isEmpty {
                for key in folded {
                    evidence.unconfirmed[key] = nil
                    evidence.quotedDocuments[key] = nil
                }
                for (path, counts) in evidence.mentions {
                    let moved = counts.filter { folded.contains($0.key) }
                    guard !moved.isEmpty else { continue }
                    for (key, n) in moved { evidence.folded[key]!.mentions[path] = n }
                    if out.records[path] != nil { out.records[path]!.mentions.merge(moved, uniquingKeysWith: +) }
                    let rest = counts.filter { !folded.contains($0.key) }
                    evidence.mentions[path] = rest.isEmpty ? nil : rest
                }
            }
        }
        // Numbers, counts and words are no entries (see ``GlossaryNoise``): “10”, 两个, 陆海, 两省.
        for (key, s) in slogans where GlossaryNoise.isNoise(key: key, label: Self.label(of: s), kind: Self.kind(of: s)) {
            evidence.hidden[key] = slogans.removeValue(forKey: key)
        }
        out.slogans = slogans
        out.evidence = evidence
        return out
    }

    /// The summary before ``resolvingEvidence(_:)``: what the resolution folded into the
    /// slogans goes back into ``evidence`` (the confirmed part alone stays a slogan, the
    /// unconfirmed mentions leave the per-document records again). Merging resolved parts
    /// (glossary files of shards) goes through this, so that the merged whole is decided as
    /// if it had been read in one run. A summary never resolved comes back unchanged.
    /// 例：`GlossaryJSON.decode(shard, path: "a.json")` gives `unresolvingEvidence()` of the shard's glossary.
    /// - Complexity: O(folded labels and their mentions).
    func unresolvingEvidence() -> CorpusSummary {
        guard !evidence.folded.isEmpty else { return self }
        var out = self
        for (key, fold) in evidence.folded {
            out.slogans[key] = fold.confirmed
            out.evidence.hidden[key] = nil
            out.evidence.unconfirmed[key] = fold.unconfirmed
            if fold.quotedDocuments > 0 { out.evidence.quotedDocuments[key] = fold.quotedDocuments }
            for (path, n) in fold.mentions {
                out.evidence.mentions[path, default: [:]][key] = n
                guard var record = out.records[path] else { continue }
                let left = (record.mentions[key] ?? 0) - n
                record.mentions[key] = left > 0 ? left : nil
                out.records[path] = record
            }
        }
        out.evidence.folded = [:]
        return out
    }

    /// Whether a label is built of repeated number frames or several numbered parts (一带一路,
    /// 一企一策): quoted across documents, such a label is a fixed one; a quoted dictionary word
    /// with a numeral (“单一窗口”, “三通”) is not.
    static func isFramed(_ s: SloganSummary) -> Bool {
        let frames = (s.kinds[.frame] ?? 0) + (s.kinds[.multiPart] ?? 0)
        return frames * 2 > s.occurrences
    }

    /// Whether the documents that confirm a label vouch for its plain mentions elsewhere: it is
    /// quoted three times or more (“三农”), or confirmed in at least a tenth of the documents
    /// mentioning it. A count that one document happened to list (主要原因有四个：…; 两个多月)
    /// does not make every 四个 or 两地 of a corpus a slogan.
    /// 例：双拥 confirmed in 41 of 249 city reports → true; 两地 in 3 of 135 news days, never quoted → false.
    static func confirmsAcrossCorpus(_ s: SloganSummary, unconfirmed u: SloganSummary, quotedElsewhere: Int) -> Bool {
        var quoted = quotedElsewhere
        for (variant, n) in s.variants where variant.utf16.contains(where: { CharacterClass.isQuote($0) || $0 == 0x22 }) {
            quoted += n
        }
        return quoted >= 3 || s.documents * 10 >= s.documents + u.documents
    }

    /// The plain form most of a summary's mentions have. 例：`四个一批` (key 四一批).
    static func label(of s: SloganSummary) -> String {
        s.labels.min { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }?.key ?? s.key
    }

    /// The shape most of a summary's mentions have. 例：`.compact` for 两省.
    static func kind(of s: SloganSummary) -> SloganKind {
        s.kinds.min { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }?.key ?? .compact
    }
}
