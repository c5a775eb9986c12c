/// The glossary as one self-contained HTML page: the same content as the Markdown glossary,
/// with a search box; no network access (styles and script are inline).
///
/// 例：`GlossaryHTML.render(glossary)` → `<!DOCTYPE html>…<input type="search" …>…<article id="s1" …>`.
public enum GlossaryHTML {
    /// The HTML page of `glossary`.
    /// 例：its first entry reads `<h2><span class="n">1.</span> 三个强化 <span class="kind">counted</span></h2>`.
    /// - Complexity: O(size of the glossary).
    public static func render(_ glossary: Glossary) -> [UInt8] {
        var out = ByteSink()
        out.append("""
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(GlossaryWording.title)</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1>\(GlossaryWording.title)</h1>
        <p>\(escape(GlossaryWording.corpus(glossary)))</p>
        <p><input type="search" id="q" placeholder="搜索口号、写法、条目或例句" autofocus> <span id="shown"></span></p>
        </header>
        <main>

        """)
        if glossary.entries.isEmpty { out.append("<p>（没有找到数字式提法。）</p>\n") }
        for entry in glossary.entries { render(entry, into: &out) }
        out.append("</main>\n<script>\(script)</script>\n</body>\n</html>\n")
        return out.bytes
    }

    private static func render(_ entry: Glossary.Entry, into out: inout ByteSink) {
        let searchable = [entry.label] + entry.variants.map(\.text) + entry.expansions.flatMap(\.items)
            + [entry.summary.example.text] + entry.expansions.map(\.example.text)
        out.append("<article id=\"s\(entry.number)\" data-search=\"\(escape(searchable.joined(separator: " ").lowercased()))\">\n")
        out.append("<h2><span class=\"n\">\(entry.number).</span> \(escape(entry.label)) <span class=\"kind\">\(entry.kind.rawValue)</span></h2>\n")
        let places = GlossaryWording.firstAndLast(entry).map { "\($0.label) <code>\(escape($0.document.path))</code>\(escape(GlossaryWording.date($0.document)))" }
        out.append("<p>\(escape(GlossaryWording.counts(entry))) · \(places.joined(separator: "，"))</p>\n")
        out.append("<p>写法：\(entry.variants.map { escape(GlossaryWording.variant($0)) }.joined(separator: "、"))</p>\n")
        if entry.expansions.isEmpty {
            out.append("<p>含义：未见列出</p>\n")
            out.append(quote(entry.summary.example))
        } else {
            out.append("<p>含义\(entry.expansions.count > 1 ? "（\(entry.expansions.count) 种）" : "")：</p>\n")
            if let note = GlossaryWording.noConsensus(entry) { out.append("<p class=\"note\">\(escape(note))</p>\n") }
            out.append("<ol class=\"expansions\">\n")
            for expansion in entry.expansions {
                let items = GlossaryWording.numberedItems(expansion.items, escape: escape)
                out.append("<li><span class=\"items\">\(items)</span> <span class=\"docs\">（\(escape(GlossaryWording.expansionDocuments(expansion)))）</span>\n")
                if !expansion.example.path.isEmpty { out.append(quote(expansion.example)) }
                out.append("</li>\n")
            }
            out.append("</ol>\n")
        }
        if let note = GlossaryWording.withoutExpansion(entry) { out.append("<p class=\"note\">\(escape(note))</p>\n") }
        if !entry.nested.isEmpty { out.append("<p>包含：\(links(entry.nested))</p>\n") }
        if !entry.nestedIn.isEmpty { out.append("<p>见于：\(links(entry.nestedIn)) 的条目</p>\n") }
        out.append("</article>\n")
    }

    private static func quote(_ citation: Citation) -> String {
        "<blockquote>\(escape(citation.text))<cite>\(escape(citation.path))</cite></blockquote>\n"
    }

    private static func links(_ links: [Glossary.Link]) -> String {
        links.map { "<a href=\"#s\($0.number)\">\(escape($0.label))</a>" }.joined(separator: "、")
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

    private static let style = """
    body{font:16px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:52rem;margin:0 auto;padding:0 1rem 4rem;color:#222}\
    header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 0}\
    h1{margin:.3rem 0;font-size:1.6rem}h2{font-size:1.25rem;margin:0 0 .3rem}\
    #q{font-size:1rem;padding:.3rem .5rem;width:min(30rem,70%)}#shown{color:#666}\
    article{border-bottom:1px solid #eee;padding:1rem 0}article p{margin:.2rem 0}\
    .n{color:#888}.kind{font-size:.75rem;color:#666;border:1px solid #ccc;border-radius:3px;padding:0 .3rem;vertical-align:middle}\
    .expansions{margin:.2rem 0;padding-left:1.5rem}.docs,.note{color:#666}\
    blockquote{margin:.2rem 0 .4rem;padding-left:.8rem;border-left:3px solid #ddd;color:#444}\
    cite{display:block;font-size:.8rem;color:#888;font-style:normal}code{font-size:.85em}
    """

    private static let script = """
    const q=document.getElementById("q"),shown=document.getElementById("shown"),all=[...document.querySelectorAll("article")];\
    function filter(){const t=q.value.trim().toLowerCase();let n=0;\
    for(const a of all){const hit=!t||a.dataset.search.includes(t);a.hidden=!hit;if(hit)n++}\
    shown.textContent=n+" / "+all.length+" 条"}\
    q.addEventListener("input",filter);\
    addEventListener("hashchange",()=>{const a=document.getElementById(location.hash.slice(1));if(a&&a.hidden){q.value="";filter();a.scrollIntoView()}});\
    filter();
    """
}
