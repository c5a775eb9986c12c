import Testing
@testable import KouhaoKit

@Suite struct GlossaryCSVTests {
    let glossary = Glossary(summary: SampleCorpus.all.reduce(CorpusSummary()) { $0.merging($1.summary) })

    /// A minimal RFC 4180 reader, to check the rows come back.
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.unicodeScalars.append(chars.removeFirst()) } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { continue }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test func oneRowPerSlogan() throws {
        let rows = parse(String(decoding: GlossaryCSV.render(glossary), as: UTF8.self))
        #expect(rows.first == GlossaryCSV.columns)
        #expect(rows.count == glossary.entries.count + 1)
        #expect(rows.allSatisfy { $0.count == GlossaryCSV.columns.count })
        let five = try #require(rows.first { $0[1] == "五通" })
        #expect(five[12] == "政策沟通 / 设施联通 / 贸易畅通 / 资金融通 / 民心相通 | 通路 / 通水 / 通电 / 通网 / 通气")
        #expect(five[13] == "1 | 1")
        #expect(five[14] == "first")
        let code = try #require(rows.first { $0[1] == "6543工程" })
        #expect(code[15] == "六涉 | 五张清单 | 四个打击 | 三张图".split(separator: " | ").map(String.init)
            .sorted { a, b in glossary.entries.firstIndex { $0.label == a }! < glossary.entries.firstIndex { $0.label == b }! }
            .joined(separator: " | "))
    }

    @Test func anUndecidedMeaningIsMarkedNone() throws {
        // One news item names two places next to 两会: a list without the label's characters from
        // one document is no consensus, so the row says none and the terminal view prints no items.
        let glossary = Glossary(summary: SampleCorpus.undecided.summary)
        let entry = try #require(glossary.entries.first { $0.label == "两会" })
        #expect(!entry.hasConsensus && !entry.expansions.isEmpty)
        let rows = parse(String(decoding: GlossaryCSV.render(glossary), as: UTF8.self))
        let row = try #require(rows.first { $0[1] == "两会" })
        #expect(row[GlossaryCSV.columns.firstIndex(of: "consensus")!] == "none")
        let text = String(decoding: GlossaryText.render(glossary, top: 5), as: UTF8.self)
        #expect(text.contains("含义未定：1 种列举"))
        #expect(!text.contains("① 走访东湖"))
        let plain = parse(String(decoding: GlossaryCSV.render(Glossary(summary: SampleCorpus.plain.summary)), as: UTF8.self))
        #expect(plain.count == 1)
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(GlossaryCSV.quoted("四风") == "四风")
        #expect(GlossaryCSV.quoted("通路,通水") == "\"通路,通水\"")
        #expect(GlossaryCSV.quoted("他说\"好\"") == "\"他说\"\"好\"\"\"")
        #expect(GlossaryCSV.quoted("一\n二") == "\"一\n二\"")
    }
}
