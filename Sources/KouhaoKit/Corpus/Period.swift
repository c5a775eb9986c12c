/// The length of the periods a glossary counts by: a year or a month.
///
/// A document dated 2015-03-02 falls in period `2015` by year and `2015-03` by month; one dated
/// only by its year (`北京市/2017.txt`) falls in `2017` either way.
/// 例：`Period.month.bucket(of: DocumentDate(year: 2015, month: 3, day: 2))` → 2015-03.
public enum Period: String, Hashable, Sendable, CaseIterable {
    /// Calendar years. 例：`2015`.
    case year
    /// Calendar months. 例：`2015-03`.
    case month

    /// The period `date` falls in: the date without its day (and without its month by year).
    /// A date coarser than the period is its own period.
    /// 例：`Period.year.bucket(of: DocumentDate(year: 2016, month: 2))` → 2016.
    public func bucket(of date: DocumentDate) -> DocumentDate {
        switch self {
        case .year: return DocumentDate(year: date.year)
        case .month: return DocumentDate(year: date.year, month: date.month)
        }
    }

    /// Every period from `first` through `last` (both buckets of this period), in order, so
    /// that a timeline has no gaps: months run through the year; a year-only bucket in a
    /// monthly timeline stands before that year's months.
    /// 例：`Period.month.range(from: 2015-11, through: 2016-02)` → 2015-11, 2015-12, 2016-01, 2016-02.
    public func range(from first: DocumentDate, through last: DocumentDate, including extra: Set<DocumentDate> = []) -> [DocumentDate] {
        guard first <= last else { return [] }
        var result: [DocumentDate] = []
        switch self {
        case .year:
            for y in first.year...last.year { result.append(DocumentDate(year: y)) }
        case .month:
            for y in first.year...last.year {
                let yearOnly = DocumentDate(year: y)
                if extra.contains(yearOnly) { result.append(yearOnly) }
                let from = y == first.year ? (first.month ?? 1) : 1
                let to = y == last.year ? (last.month ?? 12) : 12
                if from <= to { for m in from...to { result.append(DocumentDate(year: y, month: m)) } }
            }
        }
        return result
    }
}
