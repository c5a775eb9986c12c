import Testing
@testable import KouhaoKit

@Suite struct NGramCounterTests {
    // 招 商 引 资 | 招 商 引 资 | 招 商 工作  (IDs 0 1 2 3, 工作 = 4; -1 a break)
    let ids: [Int32] = [0, 1, 2, 3, -1, 0, 1, 2, 3, -1, 0, 1, 4]
    let length: [Int32] = [1, 1, 1, 1, 2]
    let first: [Int32] = Array("招商引资工".utf16).map { Int32($0) }
    let last: [Int32] = Array("招商引资作".utf16).map { Int32($0) }

    func counter(minimumCount: Int = 2) -> NGramCounter {
        var c = NGramCounter(ids: ids, tokenLength: length, lastUnit: last, firstUnit: first)
        c.extend(minimumCount: minimumCount, maximumTokens: 8, maximumLength: 16)
        return c
    }

    func entry(_ c: NGramCounter, _ tokens: [Int32]) -> NGramCounter.Entry? {
        var e = Int(tokens[0])
        for t in tokens.dropFirst() {
            guard let next = c.find(prefix: Int32(e), last: t) else { return nil }
            e = next
        }
        return c.entries[e]
    }

    @Test func countsWhatRepeats() throws {
        let c = counter()
        #expect(c.entries[0].count == 3)                    // 招
        #expect(try #require(entry(c, [0, 1])).count == 3)  // 招商
        #expect(try #require(entry(c, [0, 1, 2])).count == 2)  // 招商引
        #expect(try #require(entry(c, [0, 1, 2, 3])).count == 2)  // 招商引资
        #expect(entry(c, [0, 1, 4]) == nil)                 // 招商工作: its suffix 商工作 occurs once
    }

    @Test func boundaryFreedom() throws {
        let c = counter()
        let free = NGramCounter.Flags.free
        // 招商 is followed by 引 and 工: free. 招商引 is always followed by 资: not free.
        #expect(try #require(entry(c, [0, 1])).flags & free == free)
        #expect(try #require(entry(c, [0, 1, 2])).flags & NGramCounter.Flags.rightFree == 0)
        #expect(try #require(entry(c, [0, 1, 2, 3])).flags & free == free)
        #expect(try #require(entry(c, [0, 1, 2, 3])).flags & NGramCounter.Flags.whole != 0)
        // 商 is always preceded by 招.
        #expect(c.entries[1].flags & NGramCounter.Flags.leftFree == 0)
    }

    @Test func aHigherMinimumCountStopsRarerRuns() {
        let c = counter(minimumCount: 3)
        #expect(entry(c, [0, 1]) != nil)        // 招 and 商 occur 3 times
        #expect(entry(c, [0, 1, 2]) == nil)     // 招商 occurs 3 times but 商引 only 2
    }

    @Test func countsDocuments() {
        var c = NGramCounter(ids: ids, tokenLength: length, lastUnit: last, firstUnit: first, documentStarts: [0, 5, 10])
        c.extend(minimumCount: 2, maximumTokens: 8, maximumLength: 16)
        #expect(c.documents[0] == 3)
        #expect(c.documents[3] == 2)
    }
}
