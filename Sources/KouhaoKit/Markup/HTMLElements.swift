/// What HTML elements mean for reading a page: which are blocks, which are never shown,
/// which are navigation.
///
/// 例：`HTMLElements.isBlock("li")` is true; a `<div hidden>` is hidden; `<nav>` is navigation.
enum HTMLElements {
    /// Elements that start and end a paragraph of the visible text.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    ]

    /// Elements whose content is never shown as text.
    static let unseen: Set<String> = [
        "script", "style", "template", "noscript", "head", "title", "meta", "link", "svg", "math", "iframe",
        "object", "embed", "canvas", "audio", "video", "select", "option", "datalist", "textarea", "button",
        "input", "map", "applet", "frameset", "noframes",
    ]

    /// Whether `name` is a block element. 例：true for `p`, false for `span`.
    static func isBlock(_ name: String) -> Bool { blocks.contains(name) }

    /// Whether an element and its content are not shown: an unseen element, or one marked
    /// `hidden`, `aria-hidden="true"` or `style="display:none"` / `visibility:hidden`.
    /// 例：true for `<div style="display: none">`.
    static func isHidden(_ element: HTMLDocument.Element) -> Bool {
        if unseen.contains(element.name) { return true }
        for (name, value) in element.attributes {
            switch name {
            case "hidden": return true
            case "aria-hidden": if value.lowercased() == "true" { return true }
            case "style":
                let style = value.lowercased().filter { !$0.isWhitespace }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }

    /// Whether an element is navigation or page furniture inside the main content: `nav`,
    /// `aside`, `form`, or a landmark role of that kind.
    /// 例：true for `<div role="navigation">`.
    static func isNavigation(_ element: HTMLDocument.Element) -> Bool {
        if ["nav", "aside", "form"].contains(element.name) { return true }
        let role = element.attribute("role")?.lowercased()
        return ["navigation", "complementary", "search", "banner", "contentinfo"].contains(role ?? "")
    }

    /// Inline elements whose text belongs to the paragraph of the block around them.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    ]
}
