/// The order in which a glossary reads "first seen" and "last seen".
///
/// 例：over `xwlb/2012 … 2017` (every file named by its date) `.automatic` resolves to
/// `.date`; over `Corpus/` (one dated file of fifteen) it resolves to `.path`.
public enum DocumentOrder: String, Hashable, Sendable, CaseIterable {
    /// By date when every document has a date in its file name, else by path.
    /// 例：`.path` for `材料/` while `乡镇通知.txt` has no date; `.date` once every file is named like `20220601.txt`.
    case automatic
    /// By path, in the corpus reader's walk order.
    /// 例：`材料/2021/20210315.txt` before `材料/2022/20220601.txt` before `材料/2023/乡镇通知.txt`.
    case path
    /// By the date in the file name (then path). Documents without a date are left out of
    /// "first" and "last", except for a slogan that only such documents mention (then by path).
    /// 例：三个强化 is last seen in `20220601.txt`, not in the undated `乡镇通知.txt`.
    case date

    /// An order with ``automatic`` decided.
    ///
    /// 例：`DocumentOrder.automatic.resolved(documents: 2190, undated: 0)` → `.date`.
    public enum Resolved: String, Hashable, Sendable {
        /// By path. 例：`DocumentOrder.automatic.resolved(documents: 3, undated: 1)` → `.path`.
        case path
        /// By date, then path. 例：`DocumentOrder.date.resolved(documents: 3, undated: 1)` → `.date`.
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
