/// The glossary as one self-contained HTML page to explore: an overview of documents and new
/// slogans per period, then every entry with an SVG timeline of its share by period, its
/// spellings, expansions with their evidence, example sentences linked to their source
/// documents, nested slogans and the slogans it is often with. Sorting (documents, mentions,
/// first use, last use, label), filters (kind, period range, minimum documents) and search;
/// entries seen in one document only are collapsed, with their count.
///
/// No network access: styles, script and data are inline, fonts are the system's. Entries are
/// rendered by the page's script in pages of 50 as the reader scrolls, and laid out only when
/// near the window (`content-visibility`), so a glossary of thousands of entries opens at once.
/// Keyboard-usable (native controls, `/` focuses the search, Esc clears it), readable in a
/// narrow window, and printable (controls hidden).
/// 例：`GlossaryHTML.render(glossary, sourceLinks: links)` → `<!DOCTYPE html>…<script type="application/json" id="kouhao-data">…`.
public enum GlossaryHTML {
    /// The HTML page of `glossary`, citations linked by `sourceLinks`.
    /// 例：its data holds, for 三个强化, `"label":"三个强化"` and its timeline.
    /// - Complexity: O(size of the glossary + entries × periods).
    public static func render(_ glossary: Glossary, sourceLinks: SourceLinks = .none) -> [UInt8] {
        var out = ByteSink()
        out.append("""
        <!DOCTYPE html>
        <html lang="zh-Hans">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(GlossaryWording.title)</title>
        <style>\(style)</style>
        </head>
        <body>
        <header id="top">
        <h1>\(GlossaryWording.title)</h1>
        <p class="corpus">\(escape(GlossaryWording.corpus(glossary)))</p>
        <form id="controls" role="search" onsubmit="return false">
        <label class="grow">搜索 <input type="search" id="q" placeholder="口号、写法、条目或例句" title="按 / 键聚焦" autocomplete="off"></label>
        <label>排序 <select id="sort">
        <option value="mentions">提及次数</option><option value="documents">文档数</option>
        <option value="first">首次使用</option><option value="last">最近使用</option><option value="label">口号（拼音）</option>
        </select></label>
        <label>类型 <select id="kind"><option value="">全部</option></select></label>
        <label>时期 <select id="from"></select></label><label>至 <select id="to"></select></label>
        <label>最少文档 <input type="number" id="min" min="1" value="1" inputmode="numeric"></label>
        <button type="button" id="reset">重置</button>
        </form>
        <p id="status" role="status" aria-live="polite"></p>
        </header>
        <main>
        <section id="overview" aria-label="概览"></section>
        <section id="list" aria-label="口号"></section>
        <section id="singles" aria-label="仅见于 1 篇文档的口号"></section>
        <noscript><p>这个页面用脚本显示词条：请允许脚本运行，或改用 <code>--format md</code>。</p></noscript>
        </main>
        <script type="application/json" id="kouhao-data">
        """)
        var data = ByteSink()
        payload(glossary, sourceLinks: sourceLinks).writeCompact(into: &data)
        // "<" only occurs inside JSON strings: escaping it keeps `</script>` out of the data.
        for b in data.bytes {
            if b == 0x3C { out.append("\\u003c") } else { out.append(byte: b) }
        }
        out.append("</script>\n<script>\(script)</script>\n</body>\n</html>\n")
        return out.bytes
    }

    /// Everything the page's script shows, in short member names (see ``script``).
    private static func payload(_ glossary: Glossary, sourceLinks: SourceLinks) -> JSONValue {
        let timeline = glossary.timeline
        var documentIndex: [String: Int] = [:]
        var documents: [JSONValue] = []
        func document(_ path: String) -> Int {
            if let i = documentIndex[path] { return i }
            documentIndex[path] = documents.count
            documents.append(.array([.string(path), .optional(sourceLinks.href(for: path))]))
            return documents.count - 1
        }
        func citation(_ c: Citation) -> JSONValue { .array([.int(document(c.path)), .int(c.start), .string(c.text)]) }
        let periodIndex = Dictionary(uniqueKeysWithValues: timeline.periods.enumerated().map { ($1, $0) })
        let entries: [JSONValue] = glossary.entries.map { e in
            let s = e.summary
            var members: [(String, JSONValue)] = [
                ("n", .int(e.number)), ("l", .string(e.label)), ("k", .string(e.kind.rawValue)),
                ("o", .int(e.occurrences)), ("d", .int(e.documents)),
                ("f", .optional(s.firstByDate?.date?.description)), ("z", .optional(s.lastByDate?.date?.description)),
                ("fp", .int(document(e.first.path))), ("lp", .int(document(e.last.path))),
                ("v", .array(e.variants.map { .array([.string($0.text), .int($0.occurrences)]) })),
                ("t", .array(timeline.rows(for: e.key).map { .array([.int(periodIndex[$0.period]!), .int($0.documents), .int($0.mentions)]) })),
                ("x", citation(s.example)),
            ]
            if !e.expansions.isEmpty {
                members.append(("e", .array(e.expansions.map { x in
                    // A lexicon's list is stated by no document: no sentence, no source.
                    .array([.array(x.items.map(JSONValue.string)), .int(x.documents), .string(x.direction.rawValue),
                            x.direction == .lexicon ? .null : citation(x.example)])
                })))
                members.append(("w", .int(s.documentsWithoutExpansion)))
                if !e.hasConsensus { members.append(("u", .int(1))) }
            }
            if !e.nested.isEmpty { members.append(("c", .array(e.nested.map { .int($0.number) }))) }
            if !e.nestedIn.isEmpty { members.append(("p", .array(e.nestedIn.map { .int($0.number) }))) }
            let companions = glossary.companions(of: e)
            if !companions.isEmpty { members.append(("ow", .array(companions.map { .array([.int($0.link.number), .int($0.link.documents)]) }))) }
            return .object(members)
        }
        return .object([
            ("period", .string(timeline.period.rawValue)),
            ("periods", .array(timeline.periods.map { .string($0.description) })),
            ("periodDocuments", .array(timeline.documents.map(JSONValue.int))),
            ("newSlogans", .array(timeline.newSlogans.map(JSONValue.int))),
            ("documentCount", .int(glossary.summary.documentCount)),
            ("minimumShared", .int(glossary.cooccurrence.minimumShared)),
            ("entries", .array(entries)),
            ("documents", .array(documents)),
        ])
    }

    /// Escapes `& < > " '` for text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&#39;")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension JSONValue {
    /// Writes the value without any white space. 例：`[1,"a",null]`.
    func writeCompact(into sink: inout ByteSink) {
        switch self {
        case .string(let s): sink.appendJSONString(s)
        case .int(let n): sink.append(String(n))
        case .null: sink.append("null")
        case .number(let text): sink.append(text)
        case .array(let values):
            sink.append(byte: 0x5B)
            for (i, v) in values.enumerated() {
                if i > 0 { sink.append(byte: 0x2C) }
                v.writeCompact(into: &sink)
            }
            sink.append(byte: 0x5D)
        case .object(let members):
            sink.append(byte: 0x7B)
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { sink.append(byte: 0x2C) }
                sink.appendJSONString(k)
                sink.append(byte: 0x3A)
                v.writeCompact(into: &sink)
            }
            sink.append(byte: 0x7D)
        }
    }
}
