/// The formats a glossary is written in.
///
/// 例：`GlossaryFormat.md.render(glossary)` gives the Markdown glossary.
public enum GlossaryFormat: String, Hashable, Sendable, CaseIterable {
    /// Markdown, for people (``GlossaryMarkdown``).
    case md
    /// JSON, complete and mergeable (``GlossaryJSON``).
    case json
    /// CSV, one row per slogan (``GlossaryCSV``).
    case csv
    /// One self-contained HTML page with a search box (``GlossaryHTML``).
    case html

    /// `glossary` in this format.
    public func render(_ glossary: Glossary) -> [UInt8] {
        switch self {
        case .md: return GlossaryMarkdown.render(glossary)
        case .json: return GlossaryJSON.render(glossary)
        case .csv: return GlossaryCSV.render(glossary)
        case .html: return GlossaryHTML.render(glossary)
        }
    }
}
