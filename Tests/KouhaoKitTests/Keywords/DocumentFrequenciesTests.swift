import Testing
@testable import KouhaoKit

@Suite struct DocumentFrequenciesTests {
    typealias T = KeywordTesting
    let extractor = KeywordExtractor(tokenizer: KeywordTesting.tokenizer)
    let documents = [
        "开发区招商引资成效明显，招商引资带动开发区建设。",
        "高新区招商引资再创新高，高新区企业以招商引资为先。",
        "开发区与高新区联动发展。",
        "乡村振兴战略实施，乡村振兴见成效。",
    ]

    @Test func countsEachTermOncePerDocument() {
        // Terms of a document: its tokens, the runs it repeats (招商引资 in the first two),
        // and runs the table knows (开发区 alone between 与 and punctuation in the third).
        var df = DocumentFrequencies()
        for d in documents { df.add(extractor.candidates(in: T.text(d))) }
        #expect(df.documents == 4)
        #expect(df.documentFrequency(of: "开发区") == 2)
        // 高新区 is one word of the lexicon: a term wherever it occurs (under ICU alone, 高新|区
        // inside a longer run of the third document would not be).
        #expect(df.documentFrequency(of: "高新区") == 2)
        #expect(df.documentFrequency(of: "招商引资") == 2)
        #expect(df.documentFrequency(of: "乡村振兴") == 1)
        #expect(df.documentFrequency(of: "不存在") == 0)
    }

    @Test(arguments: [[0, 1, 2, 3], [3, 1, 0, 2], [2, 3, 1, 0]])
    func mergingSplitsGivesTheSameCounts(order: [Int]) {
        // The monoid law: df(A ∪ B) = df(A) ⊕ df(B), whatever the split and order.
        var whole = DocumentFrequencies()
        for d in documents { whole.add(extractor.candidates(in: T.text(d))) }
        for cut in 0...order.count {
            var a = DocumentFrequencies(), b = DocumentFrequencies()
            for (k, i) in order.enumerated() {
                if k < cut { a.add(extractor.candidates(in: T.text(documents[i]))) } else { b.add(extractor.candidates(in: T.text(documents[i]))) }
            }
            var merged = b
            merged.merge(a)
            #expect(merged.documents == whole.documents)
            let lhs = Dictionary(uniqueKeysWithValues: merged.frequencies.map { ($0.term, $0.frequency) })
            let rhs = Dictionary(uniqueKeysWithValues: whole.frequencies.map { ($0.term, $0.frequency) })
            #expect(lhs == rhs)
        }
        var empty = DocumentFrequencies()
        empty.merge(whole)
        #expect(empty.termCount == whole.termCount)
    }
}
