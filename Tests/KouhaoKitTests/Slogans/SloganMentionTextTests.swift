import Testing
@testable import KouhaoKit

/// Library users get a mention's text, or its range as `String.Index`es, from the code point
/// offsets the analysis reports.
@Suite struct SloganMentionTextTests {
    @Test(arguments: [
        ("启动“5321”工程，即建设5个园区、培育3个集群、打造2个平台、形成1个品牌。", "5321工程", "5321”工程"),
        ("青川湾县落实「兩個清單」制度，即權力清單、責任清單。", "两个清单", "兩個清單"),
        // Characters outside the BMP before the mention: code points, not UTF-16 units.
        ("𠀀𠀁😀松岭县推进“两个清单”，即权力清单、责任清单。", "两个清单", "两个清单"),
        ("坚决打击“三 股势力”，即暴力恐怖势力、民族分裂势力、宗教极端势力。", "三股势力", "三 股势力"),
    ])
    func textAndRangeInTheString(text: String, key: String, written: String) throws {
        let m = try #require(Analyzer().analyze(text).slogans.first { $0.key == key }, "\(key) not found")
        #expect(m.text(in: text) == Substring(written))
        let r = m.range(in: text)
        #expect(String(text[r]) == written)
        #expect(text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound) == m.range.lowerBound)
        #expect(m.text(in: SourceText(text)) == written)
    }
}
