/// Finds the page furniture of text extracted from a PDF: page numbers, and the running
/// header or footer repeated at the edge of every page.
///
/// - A page-number line: `— 3 —`, `- 12 -`, `–7–`, `第3页`, `第 3 页 共 12 页`, `3 / 12`; and a
///   bare number (`3`) when it is the first or last line of a page that a form feed ends.
/// - Pages end at form feeds and after page-number lines.
/// - A running header or footer: a line among the first two or last two lines of a page whose
///   text (digits aside) stands at the edge of at least half of the pages, and of two or more.
/// Text without page structure (no form feed, no page-number line) has no furniture.
/// 例：in `青川湾县年鉴\n正文……\n— 1 —\n\f青川湾县年鉴\n正文……\n— 2 —` the two `青川湾县年鉴`
/// lines and the two page numbers are furniture.
enum PageFurniture {
    /// For each line, whether it is furniture.
    /// - Complexity: O(n) in the length of the text (plus hashing the edge lines).
    static func lines(_ lines: [TextLine], in u: UnsafeBufferPointer<UInt16>) -> [Bool] {
        var furniture = [Bool](repeating: false, count: lines.count)
        var pageEnds = false
        for (k, line) in lines.enumerated() {
            if line.endsPage { pageEnds = true }
            if !line.isBlank, isPageNumber(u, line.contentStart, line.contentEnd) {
                furniture[k] = true
                pageEnds = true
            }
        }
        guard pageEnds else { return furniture }

        // Pages: runs of lines ending at a form feed or after a page-number line.
        var pages: [Range<Int>] = []
        var first = 0
        for (k, line) in lines.enumerated() where line.endsPage || furniture[k] {
            pages.append(first..<(k + 1))
            first = k + 1
        }
        if first < lines.count { pages.append(first..<lines.count) }

        // Bare numbers at a page edge when form feeds mark the pages.
        let formFeeds = lines.contains { $0.endsPage }
        var edges: [[Int]] = []
        for page in pages {
            let content = page.filter { !lines[$0].isBlank && !furniture[$0] }
            let edge = Array(content.prefix(2)) + Array(content.suffix(2).filter { !content.prefix(2).contains($0) })
            if formFeeds {
                for k in [content.first, content.last].compactMap({ $0 }) where isBareNumber(u, lines[k].contentStart, lines[k].contentEnd) {
                    furniture[k] = true
                }
            }
            edges.append(edge.filter { !furniture[$0] })
        }
        guard pages.count >= 2 else { return furniture }

        // Running headers and footers: the same text at the edge of half the pages or more.
        var pagesWith: [[UInt16]: Int] = [:]
        var keys: [Int: [UInt16]] = [:]
        for edge in edges {
            var seen = Set<[UInt16]>()
            for k in edge {
                let key = Self.key(u, lines[k].contentStart, lines[k].contentEnd)
                guard !key.isEmpty, key.count <= 80 else { continue }
                keys[k] = key
                if seen.insert(key).inserted { pagesWith[key, default: 0] += 1 }
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        for (k, key) in keys where pagesWith[key, default: 0] >= needed {
            furniture[k] = true
        }
        return furniture
    }

    /// The text of a line for comparing headers: digits as `#`, white space left out.
    private static func key(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> [UInt16] {
        var key: [UInt16] = []
        for i in a..<b {
            let c = u[i]
            if TextLine.isBlankUnit(c) { continue }
            key.append(isDigit(c) ? 0x23 : c)
        }
        return key
    }

    /// `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 12 页`, `3 / 12`, `第3页/共12页`.
    /// 例：true for `－ 7 －`; false for `3`, `2023`, `-5%`.
    static func isPageNumber(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        var i = a
        func skipBlank() { while i < b, TextLine.isBlankUnit(u[i]) { i += 1 } }
        func digits() -> Int {
            let s = i
            while i < b, isDigit(u[i]) { i += 1 }
            return i - s
        }
        func dashes() -> Int {
            let s = i
            while i < b, isDash(u[i]) || TextLine.isBlankUnit(u[i]) { i += 1 }
            return i - s
        }
        // — 3 —
        if isDash(u[a]) {
            _ = dashes()
            guard (1...4).contains(digits()) else { return false }
            let after = i
            _ = dashes()
            return i == b && (a..<b).contains(after) && (after..<b).contains { isDash(u[$0]) }
        }
        // 第 3 页 (共 12 页)
        if u[a] == 0x7B2C {
            i += 1; skipBlank()
            guard (1...4).contains(digits()) else { return false }
            skipBlank()
            guard i < b, u[i] == 0x9875 else { return false }   // 页
            i += 1; skipBlank()
            if i == b { return true }
            if u[i] == 0x2F || u[i] == 0x2C || u[i] == 0xFF0C || u[i] == 0xFF0F { i += 1; skipBlank() }
            guard i < b, u[i] == 0x5171 else { return false }   // 共
            i += 1; skipBlank()
            guard (1...4).contains(digits()) else { return false }
            skipBlank()
            guard i < b, u[i] == 0x9875 else { return false }
            i += 1; skipBlank()
            return i == b
        }
        // 3 / 12
        guard (1...4).contains(digits()) else { return false }
        skipBlank()
        guard i < b, u[i] == 0x2F || u[i] == 0xFF0F else { return false }
        i += 1; skipBlank()
        guard (1...4).contains(digits()) else { return false }
        skipBlank()
        return i == b
    }

    /// A number alone on its line (1–4 digits). 例：`12`.
    static func isBareNumber(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        b - a >= 1 && b - a <= 4 && (a..<b).allSatisfy { isDigit(u[$0]) }
    }

    @inline(__always)
    private static func isDigit(_ u: UInt16) -> Bool { (u >= 0x30 && u <= 0x39) || (0xFF10...0xFF19).contains(u) }

    /// - – — ― － ~ ～ and the box-drawing dash ─.
    @inline(__always)
    private static func isDash(_ u: UInt16) -> Bool {
        u == 0x2D || (0x2010...0x2015).contains(u) || u == 0xFF0D || u == 0x7E || u == 0xFF5E || u == 0x2500 || u == 0x2212
    }
}
