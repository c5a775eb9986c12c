/// A document of a corpus as the glossary names it: its path and the date in its file name.
///
/// 例：`DocumentReference(path: "xwlb/2015/20150302.txt")` has the date 2015-03-02;
/// `DocumentReference(path: "Corpus/01-devzone-lanxi.txt")` has none.
public struct DocumentReference: Hashable, Sendable {
    /// The path, as the corpus reader gave it. 例：`"材料/2022/20220601.txt"`.
    public var path: String
    /// The date in the file name, when there is one.
    /// 例：2022-06-01 for `材料/2022/20220601.txt`; nil for `材料/2023/乡镇通知.txt`.
    public var date: DocumentDate?

    /// A reference, with the date read from the file name. 例：`DocumentReference(path: "2017.txt")`.
    public init(path: String) {
        self.init(path: path, date: DocumentDate(fileNameOf: path))
    }

    /// A reference with a given date (as decoded from a glossary file).
    /// 例：`DocumentReference(path: "北京市/2017.txt", date: DocumentDate(year: 2017))`.
    public init(path: String, date: DocumentDate?) {
        self.path = path
        self.date = date
    }

    /// Whether path `a` comes before path `b` in the corpus reader's walk order: component by
    /// component, each compared by its UTF-8 bytes (`a/b.txt` before `a.txt`, as a directory
    /// `a` is walked before the file `a.txt`). A total order on paths.
    /// 例：`pathPrecedes("Corpus/01.txt", "Corpus/02.txt")` is true.
    /// - Complexity: O(length of the common prefix).
    public static func pathPrecedes(_ a: String, _ b: String) -> Bool {
        // Mapping `/` to the smallest byte makes byte order equal to component order.
        var i = a.utf8.makeIterator(), j = b.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?) where x != y:
                return (x == 0x2F ? 0 : Int(x) + 1) < (y == 0x2F ? 0 : Int(y) + 1)
            default: continue
            }
        }
    }

    /// Whether `a` comes before `b` in `order`: by path, or by date then path (undated
    /// documents after every dated one).
    /// 例：in `.date` order `2014/20141218.txt` precedes `2015/20150101.txt`.
    public static func precedes(_ a: DocumentReference, _ b: DocumentReference, in order: DocumentOrder.Resolved) -> Bool {
        switch order {
        case .path:
            return pathPrecedes(a.path, b.path)
        case .date:
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return pathPrecedes(a.path, b.path)
            }
        }
    }
}
