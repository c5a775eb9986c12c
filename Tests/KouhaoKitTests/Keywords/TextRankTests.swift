import Testing
@testable import KouhaoKit

@Suite struct TextRankTests {
    typealias T = KeywordTesting

    @Test func theMostConnectedTermRanksFirst() {
        let extractor = KeywordExtractor(configuration: .init(method: .textRank, top: 3), tokenizer: T.tokenizer)
        let s = "开发区招商引资，开发区项目建设，开发区产业升级，开发区营商环境，招商引资促进项目建设。"
        let keywords = extractor.keywords(in: T.text(s))
        #expect(keywords.count == 3)
        #expect(keywords.first?.term == "开发区")
        #expect(keywords.first?.count == 4)
        #expect(zip(keywords, keywords.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func anEmptyDocumentHasNoKeywords() {
        let extractor = KeywordExtractor(configuration: .init(method: .textRank), tokenizer: T.tokenizer)
        #expect(extractor.keywords(in: T.text("。，、")).isEmpty)
        #expect(extractor.keywords(in: T.text("")).isEmpty)
    }
}
