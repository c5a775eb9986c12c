/// "Often with" as links between entries.
extension Glossary {
    /// A slogan often mentioned with an entry: the link to its entry (with the documents the two
    /// share) and the pointwise mutual information of the pair.
    /// 例：for 四个意识, `Companion(link: Link(key: "四自信", label: "四个自信", number: 12, documents: 30), pmi: 3.1)`.
    public struct Companion: Hashable, Sendable {
        /// The companion's entry and the documents shared. 例：`Link(key: "四自信", …, documents: 30)`.
        public var link: Link
        /// PMI in bits (see ``Cooccurrence``). 例：3.1.
        public var pmi: Double
    }

    /// The entry with `key`, if any. 例：`glossary.entry(key: "四全面")?.label` → 四个全面.
    public func entry(key: String) -> Entry? {
        numbers[key].map { entries[$0 - 1] }
    }

    /// The slogans `entry` is often with, best first (see ``Cooccurrence``).
    /// 例：`glossary.companions(of: entry).map(\.link.label)` → `["四个自信", "两个维护"]` for 四个意识.
    public func companions(of entry: Entry) -> [Companion] {
        (cooccurrence.companions[entry.key] ?? []).compactMap { c in
            guard let number = numbers[c.key] else { return nil }
            return Companion(link: Link(key: c.key, label: entries[number - 1].label, number: number, documents: c.documents), pmi: c.pmi)
        }
    }
}
