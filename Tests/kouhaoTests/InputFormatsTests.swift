import Foundation
import Testing

/// Web pages and PDF files give what their text gives (Fixtures/html and Fixtures/pdf are
/// Corpus/ articles written by Scripts/evaluate-html --write-fixtures and
/// Scripts/evaluate-pdf --write-fixture).
@Suite struct InputFormatsTests {
    static let pages = ["01-devzone-lanxi", "04-city-report-lujiang-glossary", "06-xwlb-20230315",
                        "09-ecology-qinglan-gb18030", "13-poverty-alleviation-trad"]
    static let hasPdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    struct Mention: Equatable, CustomStringConvertible {
        var slogan: String
        var expansion: [String]
        var direction: String?
        var description: String { "\(slogan) \(expansion) \(direction ?? "-")" }
    }

    static func documents(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try Kouhao.run(["slogans", "--format", "jsonl", "--quiet"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try run.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    static func mentions(_ document: [String: Any]) -> [Mention] {
        (document["slogans"] as! [[String: Any]]).map {
            Mention(slogan: $0["slogan"] as! String, expansion: $0["expansion"] as? [String] ?? [], direction: $0["direction"] as? String)
        }
    }

    /// The visible text of a stretch of page source: tags dropped, the references the
    /// fixtures use decoded, quotation marks and white space left out.
    static func visible(_ source: String) -> String {
        var out = "", inTag = false
        for c in source {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        for (name, value) in [("&ldquo;", "“"), ("&rdquo;", "”"), ("&lsquo;", "‘"), ("&rsquo;", "’"), ("&#12289;", "、"),
                              ("&mdash;", "—"), ("&hellip;", "…"), ("&#x300C;", "「"), ("&#x300D;", "」"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: name, with: value)
        }
        return out.filter { !"“”‘’「」『』\"' \n\t".contains($0) }
    }

    @Test(arguments: pages)
    func aPageGivesTheSlogansAndExpansionsOfItsText(name: String) throws {
        let page = try #require(Self.documents(["--html-main", "Tests/kouhaoTests/Fixtures/html/\(name).html"]).first)
        let text = try #require(Self.documents(["Corpus/\(name).txt"]).first)
        #expect(Self.mentions(page) == Self.mentions(text))
        #expect(!Self.mentions(page).isEmpty)
        // The page source at every offset is the label (the UTF-8 pages).
        guard !name.contains("gb18030") else { return }
        let source = Array(try String(contentsOf: Kouhao.fixtures.appendingPathComponent("html/\(name).html"), encoding: .utf8).unicodeScalars)
        for mention in page["slogans"] as! [[String: Any]] {
            let (start, end) = (mention["start"] as! Int, mention["end"] as! Int)
            var written = String.UnicodeScalarView()
            written.append(contentsOf: source[start..<end])
            let label = (mention["slogan"] as! String).filter { !"“”‘’「」『』\"' ".contains($0) }
            #expect(Self.visible(String(written)) == label)
        }
    }

    @Test func theWholePageAddsItsNavigationAndFooterButNoScriptTemplateOrComment() throws {
        let page = try #require(Self.documents(["Tests/kouhaoTests/Fixtures/html/01-devzone-lanxi.html"]).first)
        let text = try #require(Self.documents(["Corpus/01-devzone-lanxi.txt"]).first)
        var extra = Self.mentions(page).map(\.slogan)
        for m in Self.mentions(text) { extra.remove(at: try #require(extra.firstIndex(of: m.slogan))) }
        // 两学一做 in the navigation bar, 两个维护 in the footer; the script's 三严三实, the
        // template's 三个代表 and the comment's 四个全面 are not text of the page.
        #expect(extra.sorted() == ["两个维护", "两学一做"])
    }

    @Test func inputTextReadsAPageAsTextAndInputHTMLReadsTextAsAPage() throws {
        let page = try Data(contentsOf: Kouhao.fixtures.appendingPathComponent("html/01-devzone-lanxi.html"))
        let asText = try Kouhao.run(["slogans", "--input", "text"], stdin: page)
        #expect(asText.stdout.contains("三严三实"))   // the script's slogan, read as text
        let fragment = Data("<p>园区大力推进网格化、专业化、信息化&ldquo;三化&rdquo;建设。</p><script>var a = '“四风”';</script>".utf8)
        let asPage = try Kouhao.run(["slogans", "--input", "html", "--format", "jsonl"], stdin: fragment)
        #expect(asPage.stdout.contains("\"slogan\":\"三化\""))
        #expect(asPage.stdout.contains("\"expansion\":[\"网格化\",\"专业化\",\"信息化\"]"))
        #expect(!asPage.stdout.contains("四风"))
        let auto = try Kouhao.run(["slogans", "--format", "jsonl"], stdin: fragment)
        #expect(auto.stdout.contains("四风"))      // no doctype, no <html>, no name: text
    }

    @Test(.enabled(if: hasPdftotext))
    func aPDFGivesTheSlogansAndExpansionsOfItsText() throws {
        let pdf = try #require(Self.documents(["Tests/kouhaoTests/Fixtures/pdf/01-devzone-lanxi.pdf"]).first)
        let text = try #require(Self.documents(["Corpus/01-devzone-lanxi.txt"]).first)
        #expect(Self.mentions(pdf) == Self.mentions(text))
        #expect(pdf["extractedBy"] as? String == "pdftotext")
        let view = try Kouhao.run(["slogans", "Tests/kouhaoTests/Fixtures/pdf/01-devzone-lanxi.pdf"])
        #expect(view.stdout.contains("text extracted by pdftotext; offsets refer to that text"))
    }

    @Test func withoutPdftotextAPDFFailsWithAMessageAndTheRunGoesOn() throws {
        let run = try Kouhao.run(["slogans", "Tests/kouhaoTests/Fixtures/pdf/01-devzone-lanxi.pdf", "Corpus/06-xwlb-20230315.txt"],
                                 environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("pdftotext, which is not installed: install poppler-utils"))
        #expect(run.stdout.contains("06-xwlb-20230315.txt"))
        #expect(run.stderr.contains("1 failed"))
    }

    @Test func corpusModeFiltersPagesByName() throws {
        let documents = try Self.documents(["--include", "*.html", "--html-main", "Tests/kouhaoTests/Fixtures"])
        #expect(documents.map { ($0["path"] as! String).components(separatedBy: "/").last! } == Self.pages.map { "\($0).html" })
    }
}
