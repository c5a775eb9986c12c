/// The formats a glossary is written in.
///
/// 例：`GlossaryFormat.md.render(glossary)` gives the Markdown glossary.
public enum GlossaryFormat: String, Hashable, Sendable, CaseIterable {
    /// Markdown, for people (``GlossaryMarkdown``). 例：`kouhao glossary 材料/`, the default.
    case md
    /// JSON, complete and mergeable (``GlossaryJSON``).
    /// 例：`kouhao glossary --format json 材料/2021 > 2021.json`, later given to `kouhao merge`.
    case json
    /// CSV, one row per slogan (``GlossaryCSV``). 例：`--format csv` for a spreadsheet of 三个强化, 四抓, ….
    case csv
    /// One self-contained HTML page with a search box (``GlossaryHTML``).
    /// 例：`kouhao glossary --format html -o 口号词表.html 材料/`.
    case html
    /// A slogan lexicon (``GlossaryLexicon``): labels, kinds, counts and consensus items, for
    /// `--lexicon FILE`. 例：`kouhao glossary --format lexicon -o 我的词表.tsv 材料/`.
    case lexicon
    /// The timelines as a tidy long-format CSV (``GlossaryTimelineCSV``).
    /// 例：`--format timeline-csv` → `label,period,documents,mentions,share`, `四个全面,2015,60,95,0.1644`, ….
    case timelineCSV = "timeline-csv"
    /// The top entries for a terminal, with sparklines, in 80 columns (``GlossaryText``).
    /// 例：`kouhao glossary --format text xwlb/`.
    case text

    /// `glossary` in this format; `top` bounds the entries of ``text``; `sourceLinks` says
    /// where ``html`` links its citations.
    /// 例：`GlossaryFormat.csv.render(glossary)` is `GlossaryCSV.render(glossary)`.
    public func render(_ glossary: Glossary, top: Int = GlossaryText.defaultTop, sourceLinks: SourceLinks = .none) -> [UInt8] {
        switch self {
        case .timelineCSV: return GlossaryTimelineCSV.render(glossary)
        case .text: return GlossaryText.render(glossary, top: top)
        case .md: return GlossaryMarkdown.render(glossary)
        case .json: return GlossaryJSON.render(glossary)
        case .csv: return GlossaryCSV.render(glossary)
        case .html: return GlossaryHTML.render(glossary, sourceLinks: sourceLinks)
        case .lexicon: return GlossaryLexicon.render(glossary)
        }
    }
}
