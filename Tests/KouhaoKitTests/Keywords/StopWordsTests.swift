import Foundation
import Testing
@testable import KouhaoKit

@Suite struct StopWordsTests {
    @Test func parsesWordsCommentsAndBlankLines() {
        let text = "# a comment\n的 了  进行\n\n通过 # trailing comment\r\n  本文\n"
        #expect(StopWords.words(in: text) == ["的", "了", "进行", "通过", "本文"])
        let list = StopWords(parsing: text)
        #expect(list.count == 5)
        #expect(list.contains("进行"))
        #expect(!list.contains("开发区"))
    }

    @Test func theBuiltInListHoldsFunctionWordsButNotTermWords() {
        let list = StopWords.default
        #expect(list.count > 300)
        for w in ["的", "和", "通过", "进行", "本文", "是否"] { #expect(list.contains(w), "\(w)") }
        // Words that are parts of real terms, and single characters that begin content words.
        for w in ["发展", "管理", "问题", "影响", "自", "不", "所", "开发区"] { #expect(!list.contains(w), "\(w)") }
    }

    @Test func readsAFileAndNamesMissingOnes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kouhao-stop-\(UUID().uuidString).txt")
        try Data("开发区\n# x\n园区".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let list = try StopWords(contentsOf: url.path)
        #expect(list.contains("园区") && list.contains("开发区") && list.count == 2)
        #expect(throws: KouhaoError.notFound(path: "/no/such/stopwords.txt")) { try StopWords(contentsOf: "/no/such/stopwords.txt") }
    }

    @Test func rejectsAFileThatIsNotUTF8() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kouhao-stop-\(UUID().uuidString).txt")
        try Data([0xC4, 0xE3, 0xBA, 0xC3, 0xFF]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: KouhaoError.self) { try StopWords(contentsOf: url.path) }
    }
}
