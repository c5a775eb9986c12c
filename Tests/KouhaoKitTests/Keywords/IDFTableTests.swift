import Foundation
import Testing
@testable import KouhaoKit

@Suite struct IDFTableTests {
    @Test func parsesTheFileFormat() throws {
        let text = "# a comment\n# documents\t1000\n开发区\t120\n招商引资\t30\r\nGDP\t7\n"
        let table = try IDFTable(parsing: Array(text.utf8))
        #expect(table.documents == 1000 && table.count == 3)
        #expect(table.documentFrequency(of: "开发区") == 120)
        #expect(table.documentFrequency(of: "gdp") == 7)
        #expect(table.documentFrequency(of: "高新区") == 0)
        #expect(abs(table.idf("招商引资") - log(1001.0 / 31.0)) < 1e-12)
        #expect(abs(table.idf("高新区") - log(1001.0)) < 1e-12)
    }

    @Test(arguments: [
        ("开发区\t12\n", "no `# documents"),
        ("# documents\t10\n开发区 12\n", "line 2: no tab"),
        ("# documents\t10\n开发区\tx\n", "line 2: the count is not a number"),
        ("# documents\t0\n", "line 1: the number of documents"),
    ])
    func malformedFilesAreNamedWithTheLine(text: String, message: String) {
        do {
            _ = try IDFTable(parsing: Array(text.utf8), path: "my.tsv")
            Issue.record("no error for \(text)")
        } catch {
            #expect("\(error)".contains("my.tsv"))
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func renderThenParseGivesTheSameTable() throws {
        let text = IDFTable.render(documents: 50, frequencies: [("招商引资", 3), ("开发区", 9), ("园区", 9)], header: ["test"])
        #expect(text == "# test\n# documents\t50\n园区\t9\n开发区\t9\n招商引资\t3\n")
        let table = try IDFTable(parsing: Array(text.utf8))
        #expect(table.documentFrequency(of: "开发区") == 9 && table.documents == 50)
    }

    @Test func theBuiltInTableLoads() {
        let table = IDFTable.builtIn
        #expect(table.documents > 10_000)
        #expect(table.count > 50_000)
        // Common words are frequent, a made-up name is not there.
        #expect(table.documentFrequency(of: "发展") > table.documentFrequency(of: "开发区"))
        #expect(table.documentFrequency(of: "澜溪经济开发区") == 0)
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: KouhaoError.notFound(path: "/no/such/idf.tsv")) { try IDFTable(contentsOf: "/no/such/idf.tsv") }
    }
}
