import Foundation
import Testing
@testable import KouhaoKit

@Suite struct KnownLabelsTests {
    @Test func simpleTSVColumnsOrEnumerationCommas() throws {
        let tsv = "# 我的词表\n三访三问\t访民情\t访民意\t访民生\t问需\t问计\t问效\n五化并举\t网格化、专业化、知识化、信息化、常态化\n六個穩\n"
        let known = try KnownLabels(parsing: Array(tsv.utf8), path: "词表.tsv")
        #expect(known.count == 3)
        #expect(known["三访三问"]?.items == ["访民情", "访民意", "访民生", "问需", "问计", "问效"])
        #expect(known["三访三问"]?.kind == .frame)
        #expect(known["五化并举"]?.items?.count == 5)
        // Labels are normalized (Simplified) and keyed as a glossary keys them.
        #expect(known["六稳"]?.label == "六个稳")
        #expect(known["六稳"]?.items == nil)
    }

    @Test func fullFormatKeepsKindsCountsAndForms() throws {
        let tsv = "\(KnownLabels.formatMarker)\n# label\tkind\tdocuments\tquoted\tforms\titems…\n六稳\tcompact\t52\t0.9\t六稳|六个稳\t稳就业\t稳金融\n"
        let known = try KnownLabels(parsing: Array(tsv.utf8))
        let six = try #require(known["六稳"])
        #expect(six.kind == .compact)
        #expect(six.documents == 52)
        #expect(six.quotedShare == 0.9)
        #expect(six.forms == ["六稳", "六个稳"])
        #expect(six.items == ["稳就业", "稳金融"])
    }

    @Test func malformedLinesAreNamed() {
        let tsv = "\(KnownLabels.formatMarker)\n六稳\tround\t52\t0.9\t\t稳就业\n"
        #expect(throws: KouhaoError.malformedInput(path: "x.tsv", reason: "line 2: unknown kind \"round\"")) {
            try KnownLabels(parsing: Array(tsv.utf8), path: "x.tsv")
        }
    }

    @Test func aUserLexiconWinsOverTheBuiltInOne() {
        let builtIn = KnownLabels([KnownLabel(label: "四抓", kind: .compact, items: ["抓项目", "抓产业", "抓民生", "抓队伍"])])
        let mine = KnownLabels([KnownLabel(label: "四抓", kind: .compact, items: ["抓党建", "抓班子", "抓队伍", "抓作风"])])
        #expect(builtIn.merging(mine)["四抓"]?.items?.first == "抓党建")
        #expect(builtIn.merging(.none)["四抓"]?.items?.first == "抓项目")
    }
}
