import Testing
@testable import KouhaoKit

/// Evidence beyond one occurrence (SloganAssembler+Evidence): propagation within a document,
/// labels known from a lexicon, fragments of numbers.
@Suite struct SloganEvidenceTests {
    func detect(_ text: String, known: KnownLabels = .none) -> (mentions: [SloganMention], unconfirmed: [SloganMention]) {
        let detector = try! SloganDetector(knownLabels: known)
        return detector.detect(in: Normalizer().normalize(SourceText(text)))
    }

    @Test func aLabelDefinedOnceIsFoundAtItsOtherOccurrences() throws {
        let text = "青川湾县推进三个强化，即强化规划引领、强化要素保障、强化督查考核。年底前三个强化要见到实效，松岭县也学习三个强化经验。"
        let mentions = detect(text).mentions.filter { $0.key == "三个强化" }
        #expect(mentions.count == 3)
        #expect(mentions[0].expansion?.direction == .after)
        #expect(mentions.dropFirst().allSatisfy { $0.expansion?.direction == .elsewhere && $0.expansion?.items.count == 3 })
    }

    @Test func aQuotedLabelIsFoundUnquotedButNotInsideALongerWord() {
        // 三区 is quoted once; in 三区县 it counts the districts and counties, no mention.
        let text = "松岭县划定“三区”，即生态保护区、农业生产区、城镇发展区。三区划定后，全市三区县同步推进。"
        let keys = detect(text).mentions.map(\.key)
        #expect(keys.filter { $0 == "三区" }.count == 2)
    }

    @Test func aLexiconLabelIsFoundUnquotedAndLendsItsItems() throws {
        let known = KnownLabels([KnownLabel(label: "三亮", kind: .compact, documents: 12, quotedShare: 0.8,
                                            items: ["亮身份", "亮承诺", "亮实绩"])])
        let text = "梅溪镇党员干部推行三亮工作法，走遍全镇各村。"
        #expect(detect(text).mentions.isEmpty)
        let m = try #require(detect(text, known: known).mentions.first)
        #expect(m.key == "三亮")
        #expect(!m.isQuoted)
        #expect(m.expansion?.direction == .lexicon)
        #expect(m.expansion?.itemTexts == ["亮身份", "亮承诺", "亮实绩"])
        #expect(m.expansion?.items.allSatisfy { $0.range == m.range.lowerBound..<m.range.lowerBound } == true)
    }

    @Test func aDocumentsOwnListWinsOverTheLexicons() throws {
        let known = KnownLabels([KnownLabel(label: "四抓", kind: .compact, items: ["抓党建", "抓班子", "抓队伍", "抓作风"])])
        let text = "坚持抓项目、抓产业、抓民生、抓队伍，这“四抓”工作法已在青川湾县推开。"
        let m = try #require(detect(text, known: known).mentions.first { $0.key == "四抓" })
        #expect(m.expansion?.direction == .before)
        #expect(m.expansion?.itemTexts.first == "抓项目")
    }

    @Test func aLexiconLabelIsNoMentionAsPartOfANumber() {
        let known = KnownLabels([KnownLabel(label: "七上升", kind: .compact)])
        #expect(detect("工业产值同比增长百分之十七上升势头明显。", known: known).mentions.isEmpty)
    }

    @Test(arguments: ["青川湾县工业产值增长百分之十七上升明显。", "全市有十几个乡镇参与。", "松岭县的老人已走失两个多月。",
                      "救援队员经过三个半小时的搜救。"])
    func fragmentsOfLargerNumbersAreNoLabels(text: String) {
        let d = detect(text)
        #expect(d.mentions.isEmpty)
        #expect(d.unconfirmed.isEmpty)
    }

    @Test func labelsWithoutEvidenceAreReportedUnconfirmed() throws {
        let d = detect("松岭县三农工作稳步推进。")
        #expect(d.mentions.isEmpty)
        #expect(d.unconfirmed.map(\.key) == ["三农"])
    }
}
