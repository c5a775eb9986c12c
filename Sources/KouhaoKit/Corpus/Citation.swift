/// A sentence of a corpus with where it stands: the example a glossary shows.
///
/// Among many candidates a summary keeps the first in a total order — smallest path (in
/// walk order), then smallest offset, then the text — so that the choice does not depend
/// on the order documents were read in. 例：`Citation(path: "Corpus/01-devzone-lanxi.txt",
/// start: 232, text: "…这‘三比三争’后来成了全区干部的口头禅。")`.
public struct Citation: Hashable, Sendable {
    /// The document's path. 例：`"材料/2021/20210315.txt"`.
    public var path: String
    /// The code point offset (in the text as read) of the mention it illustrates.
    /// 例：10 for 三个强化 in `全县上下要扎实推进“三个强化”行动，…`.
    public var start: Int
    /// The sentence, as written.
    /// 例：`全县上下要扎实推进“三个强化”行动，即强化规划引领、强化要素保障、强化督查考核。`.
    public var text: String

    /// A citation. 例：`Citation(path: "a.txt", start: 12, text: "坚持“两学一做”常态化。")`.
    public init(path: String, start: Int, text: String) {
        self.path = path
        self.start = start
        self.text = text
    }

    /// The total order examples are chosen by: path (walk order), offset, text.
    /// 例：a citation from `01.txt` precedes one from `02.txt` whatever their offsets.
    public static func precedes(_ a: Citation, _ b: Citation) -> Bool {
        if a.path != b.path { return DocumentReference.pathPrecedes(a.path, b.path) }
        if a.start != b.start { return a.start < b.start }
        return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
    }
}
