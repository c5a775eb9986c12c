import Testing
@testable import KouhaoKit

@Suite struct TermTableTests {
    @Test func insertsFindsAndGrows() {
        var table = TermTable<Int32>(capacity: 2)
        let words = (0..<500).map { "词\($0)" }
        for (i, w) in words.enumerated() { #expect(table.insert(w, value: Int32(i)).inserted) }
        #expect(table.count == 500)
        for (i, w) in words.enumerated() { #expect(table.value(for: w) == Int32(i)) }
        #expect(table.value(for: "词500") == nil)
        // A second insertion finds the first.
        let again = table.insert("词7", value: 99)
        #expect(!again.inserted && again.index == 7 && table.value(for: "词7") == 7)
        #expect(table.term(7) == "词7")
    }

    @Test func comparesUnitsNotJustHashes() {
        var table = TermTable<Int32>()
        table.insert("开发区", value: 1)
        // Same hash, different units: a lookup with a forged hash must not match.
        let units = Array("高新区".utf16)
        let forged = units.withUnsafeBufferPointer { table.value(for: $0, hash: TermHash.of("开发区")) }
        #expect(forged == nil)
    }

    @Test func lookupIsCaseInsensitiveForAsciiLetters() {
        var table = TermTable<Int32>()
        table.insert("GDP", value: 3)
        #expect(table.value(for: "gdp") == 3)
    }
}
