/// Finding the main content of a page.
extension HTMLDocument {
    /// The element that holds the page's main content:
    /// 1. the `<main>` element or an element with `role="main"` (the one with the most text);
    /// 2. else the `<article>` (or `role="article"`) with the most text;
    /// 3. else the densest block: each run of text (outside links) adds its length to the
    ///    nearest block around it (a `<p>` counts for its container) and half to that block's
    ///    parent; the block with the highest score, scaled by the share of its text outside
    ///    links, wins.
    /// The root (the whole page) when the page has no text.
    /// 例：for `<nav>…</nav><div class="content"><p>…</p><p>…</p></div><footer>…</footer>`,
    /// the `div`.
    /// - Complexity: O(n).
    func mainContent() -> Int {
        let (text, links) = textLengths()
        let landmarks = elements.indices.filter { elements[$0].name == "main" || elements[$0].attribute("role")?.lowercased() == "main" }
        if let best = landmarks.max(by: { text[$0] < text[$1] }), text[best] > 0 { return best }
        let articles = elements.indices.filter { elements[$0].name == "article" || elements[$0].attribute("role")?.lowercased() == "article" }
        if let best = articles.max(by: { text[$0] < text[$1] }), text[best] > 0 { return best }

        var score = [Double](repeating: 0, count: elements.count)
        for (index, element) in elements.enumerated() where !HTMLElements.isHidden(element) {
            for case .text(let run) in element.children {
                let length = run.reduce(0) { $0 + (Self.isSpace(units[$1]) ? 0 : 1) }
                guard length >= 10, !insideLink(index) else { continue }
                var block = index
                while block > 0, HTMLElements.inline.contains(elements[block].name) { block = elements[block].parent }
                if block > 0, elements[block].name == "p" { block = elements[block].parent }
                guard block > 0 else { continue }
                score[block] += Double(length)
                let parent = elements[block].parent
                if parent > 0 { score[parent] += Double(length) / 2 }
            }
        }
        var best = 0, bestScore = 0.0
        for index in elements.indices where score[index] > 0 {
            let density = text[index] > 0 ? Double(links[index]) / Double(text[index]) : 1
            let value = score[index] * (1 - density)
            if value > bestScore { best = index; bestScore = value }
        }
        return best
    }

    /// For each element, the visible characters (white space aside) in it, and those inside links.
    private func textLengths() -> (text: [Int], links: [Int]) {
        var text = [Int](repeating: 0, count: elements.count)
        var links = [Int](repeating: 0, count: elements.count)
        // Children always come after their parents: accumulate from the last element up.
        for index in elements.indices.reversed() {
            let element = elements[index]
            if HTMLElements.isHidden(element) { text[index] = 0; links[index] = 0; continue }
            for case .text(let run) in element.children {
                let length = run.reduce(0) { $0 + (Self.isSpace(units[$1]) ? 0 : 1) }
                text[index] += length
                if element.name == "a" { links[index] += length }
            }
            if element.name == "a" { links[index] = text[index] }
            if element.parent >= 0 {
                text[element.parent] += text[index]
                links[element.parent] += links[index]
            }
        }
        return (text, links)
    }

    private func insideLink(_ index: Int) -> Bool {
        var k = index
        while k > 0 {
            if elements[k].name == "a" { return true }
            k = elements[k].parent
        }
        return false
    }

    private static func isSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0C || u == 0xA0 || u == 0x3000 }
}
