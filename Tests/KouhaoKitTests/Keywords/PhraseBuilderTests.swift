import Foundation
import Testing
@testable import KouhaoKit

@Suite struct PhraseBuilderTests {
    typealias T = KeywordTesting
    let files = (try? FileManager.default.contentsOfDirectory(atPath: KeywordTesting.corpus.path))?
        .filter { $0.hasSuffix(".txt") }.sorted() ?? []

    func phrases(_ order: [String], configuration: PhraseBuilder.Configuration = .default,
                 tokenizer: Tokenizer = KeywordTesting.icuTokenizer) throws -> [PhraseBuilder.Phrase] {
        var builder = PhraseBuilder(configuration: configuration)
        for f in order { builder.add(builder.tokens(of: try T.corpusText(f), tokenizer: tokenizer)) }
        #expect(builder.documents == order.count)
        return builder.phrases()
    }

    @Test func findsTheWordsICUSplitsInTheSampleCorpus() throws {
        #expect(files.count == 15)
        let found = try phrases(files)
        let byText = Dictionary(uniqueKeysWithValues: found.map { ($0.text, $0) })
        for word in ["开发区", "高新区", "石楠县", "网格员", "营商环境"] {
            let p = try #require(byText[word], "\(word)")
            #expect(p.tokens >= 2 && p.count >= 5)
            #expect(p.cohesion >= 3 && p.leftEntropy >= 1 && p.rightEntropy >= 1)
        }
        #expect(byText["开发区"]!.documents == 3)
        // Most frequent first; nothing ICU already knows as one token.
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.count >= $1.count })
        #expect(found.allSatisfy { $0.tokens >= 2 && $0.count >= 5 })
    }

    @Test func withTheLexiconFindsTheWordsItLacks() throws {
        // The lexicon knows 开发区 and 营商环境 (one token each): no longer discoveries. The
        // invented county 石楠县 (石楠|县) still is.
        let found = Dictionary(uniqueKeysWithValues: try phrases(files, tokenizer: T.tokenizer).map { ($0.text, $0) })
        #expect(found["开发区"] == nil && found["营商环境"] == nil)
        let p = try #require(found["石楠县"])
        #expect(p.tokens >= 2 && p.count >= 5)
    }

    @Test func theOrderOfTheDocumentsDoesNotMatter() throws {
        #expect(try phrases(files) == (try phrases(files.reversed())))
    }

    @Test func thresholdsFilter() throws {
        let loose = try phrases(files)
        let strict = try phrases(files, configuration: .init(minimumCount: 10, minimumCohesion: 4.5, minimumEntropy: 2))
        #expect(strict.count < loose.count && !strict.isEmpty)
        #expect(strict.allSatisfy { $0.count >= 10 && $0.cohesion >= 4.5 && $0.leftEntropy >= 2 && $0.rightEntropy >= 2 })
    }

    @Test func aFragmentHasNoBoundaryFreedom() {
        // 招商引 is always followed by 资: its right entropy is 0, so only 招商引资 is a word.
        // (A corpus this small gives low PMI: cohesion is not what is tested here.)
        var builder = PhraseBuilder(configuration: .init(minimumCount: 3, minimumCohesion: 0))
        for s in ["招商引资工作，招商引资项目。", "全面招商引资，精准招商引资。", "推进招商引资！"] {
            builder.add(builder.tokens(of: T.text(s), tokenizer: T.icuTokenizer))
        }
        let found = builder.phrases().map(\.text)
        #expect(found.contains("招商引资"))
        #expect(!found.contains("招商引") && !found.contains("商引资"))
    }
}
