/// The order in which a glossary reads "first seen" and "last seen".
///
/// 例：over `xwlb/2012 … 2017` (every file named by its date) `.automatic` resolves to
/// `.date`; over `Corpus/` (one dated file of fifteen) it resolves to `.path`.
public enum DocumentOrder: String, Hashable, Sendable, CaseIterable {
    /// By date when every document has a date in its file name, else by path.
    case automatic
    /// By path, in the corpus reader's walk order.
    case path
    /// By the date in the file name (then path). Documents without a date are left out of
    /// "first" and "last", except for a slogan that only such documents mention (then by path).
    case date

    /// An order with ``automatic`` decided.
    ///
    /// 例：`DocumentOrder.automatic.resolved(documents: 2190, undated: 0)` → `.date`.
    public enum Resolved: String, Hashable, Sendable {
        /// By path.
        case path
        /// By date, then path.
        case date
    }

    /// The order to use for a corpus of `documents` documents of which `undated` have no
    /// date in their file name. 例：`.automatic.resolved(documents: 15, undated: 14)` → `.path`.
    public func resolved(documents: Int, undated: Int) -> Resolved {
        switch self {
        case .path: return .path
        case .date: return .date
        case .automatic: return documents > 0 && undated == 0 ? .date : .path
        }
    }
}
