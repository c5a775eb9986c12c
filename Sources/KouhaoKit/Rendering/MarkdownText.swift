/// Text placed in Markdown: the characters Markdown would read as markup are escaped, and
/// line breaks and tabs become spaces, so a slogan, an item or a sentence stays one inline
/// run. Shared by the per-document and the glossary Markdown.
///
/// 例：`MarkdownText.escape("“1+X”证书*试点")` → `“1+X”证书\\*试点`.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
                out.append("\\")
                out.unicodeScalars.append(c)
            case "\n", "\r", "\t": out.append(" ")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
