import Testing
@testable import KouhaoKit

/// Labels that quotes, codes and a lexicon make plain, and the numbers beside them that
/// stay none — on sentences written for these tests.
@Suite struct SloganScannerRecallTests {
    /// Each sentence: the slogans it has, exactly.
    @Test(arguments: [
        // A quoted code of Chinese numerals with its head after the closing mark.
        ("松岭县实施住房维修“一二三”工程，完成改造。", ["一二三工程"]),
        ("青川湾县落实好“一五五三”工作举措。", ["一五五三工作举措"]),
        ("白沙河镇深入实施“十百千万十万”人才工程。", ["十百千万十万人才工程"]),
        ("松岭县实施“双五双千”工程。", ["双五双千工程"]),
        // A digit code with its head (会战 too), or standing alone when the label would be too long.
        ("青川湾县深入推进“242”青年人才培养工程。", ["242青年人才培养工程"]),
        ("松岭县以“6411”交通大会战为重点。", ["6411交通大会战"]),
        ("加快“36＋12＋8”松岭县国际航空物流大通道布局。", ["36+12+8"]),
        // A digit code before a word for a number to call is a telephone number.
        ("松岭县开通“96168”便民服务热线。", [String]()),
        ("青川湾县“12319”城建热线综合服务平台建成。", []),
        // Lines counted in a quotation; 一线 and 二线 rank.
        ("松岭县实现低保线和扶贫线“两线合一”。", ["两线合一"]),
        ("青川湾县以“六线”整治为抓手，推动“四线并进”。", ["六线", "四线并进"]),
        ("松岭县坚持“一线”工作法，培育“新四线”茶饮，纪念“三线”岁月。", []),
        // Two parallel parts, one of them numbered at its start.
        ("松岭县落实“三向开放、全域联动”战略部署。", ["三向开放全域联动"]),
        ("坚持“和平统一、一国两制”的基本方针。", ["和平统一一国两制"]),
        // …but not a verb before the number, a listed idiom, a congress, round numbers or ，.
        ("围绕“建设三个中心，打造生态松岭”中心任务。", []),
        ("完善“双向进入、交叉任职”领导体制。", []),
        ("开展“喜迎十九大、共筑松岭梦”书法展。", []),
        ("松岭县历经“千山万水、风雨兼程”。", []),
        ("青川湾县唱响“三山花香满，松岭处处春”。", []),
        // A magnitude (百万, 千亿, 万亿) is a size to reach, not a list.
        ("松岭县迈入“千亿俱乐部”，开展“百万市民进山林”活动。", []),
        ("青川湾县推进“百千万”工程。", ["百千万工程"]),
    ])
    func quotedAndCodedLabels(text: String, keys: [String]) {
        #expect(slogans(text).keys == keys, "\(text): \(slogans(text).keys)")
    }

    /// A lexicon label the corpus nearly always quotes is a label in running text even as a
    /// dictionary word, after a closing mark, or before a counted noun; a label it seldom
    /// quotes is not.
    @Test(arguments: [
        ("松岭县健全“文化、体育、科普、维权”四位一体服务体系。", 0.98, ["四位一体"]),
        ("青川湾县构建园区、社区、校区三位一体的治理格局。", 0.98, ["三位一体"]),
        ("松岭县做好低保户、五保户、孤儿的救助。", 0.93, ["五保"]),
        ("松岭县做好低保户、五保户、孤儿的救助。", 0.5, []),
        ("青川湾县构建园区、社区、校区三位一体的治理格局。", 0.5, []),
    ])
    func nearlyAlwaysQuotedKnownLabels(text: String, quotedShare: Double, keys: [String]) throws {
        let known = KnownLabels([
            KnownLabel(label: "四位一体", kind: .counted, documents: 25, quotedShare: quotedShare),
            KnownLabel(label: "三位一体", kind: .compact, documents: 53, quotedShare: quotedShare),
            KnownLabel(label: "五保", kind: .compact, documents: 10, quotedShare: quotedShare),
        ])
        let detector = try SloganDetector(knownLabels: known)
        let found = detector.mentions(in: Normalizer().normalize(SourceText(text)))
        #expect(found.keys == keys, "\(text): \(found.keys)")
    }

    /// The magnitude predicate on the shapes of quotations.
    @Test(arguments: [("百万市民", true), ("千亿俱乐部", true), ("万亿", true), ("十万", true),
                      ("千万工程", false), ("十百千万", false), ("百千万", false), ("一百", false)])
    func magnitudes(text: String, expected: Bool) {
        let index = documentIndex(text)
        #expect(SloganScanner.startsWithMagnitude(0..<index.count, in: index.u) == expected, "\(text)")
    }
}
