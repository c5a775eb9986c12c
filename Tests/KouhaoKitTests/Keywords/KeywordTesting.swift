import Foundation
@testable import KouhaoKit

/// Shared helpers for the keyword tests.
enum KeywordTesting {
    static let tokenizer = try! Tokenizer()
    /// ICU alone, without the word lexicon (`--no-lexicon`).
    static let icuTokenizer = try! Tokenizer(lexicon: nil)
    static let normalizer = Normalizer()

    static func text(_ s: String) -> NormalizedText { normalizer.normalize(SourceText(s)) }

    /// The package's own sample corpus (Corpus/), present on every machine.
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static func corpusText(_ name: String) throws -> NormalizedText {
        let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
        guard case .text(let decoded) = try TextDecoder().decode(bytes, path: name) else { fatalError("not text: \(name)") }
        return normalizer.normalize(decoded.text)
    }

    static func statistics(_ s: String, configuration: KeywordConfiguration = .default, spans: [TermSpan] = [],
                           known: IDFTable? = nil, tokenizer: Tokenizer = tokenizer) -> TermStatistics {
        TermStatistics(text: text(s), tokenizer: tokenizer, spans: spans, configuration: configuration, known: known)
    }

    static func terms(_ s: String, configuration: KeywordConfiguration = .default, spans: [TermSpan] = [],
                      known: IDFTable? = nil, tokenizer: Tokenizer = tokenizer) -> [String: Int] {
        var result: [String: Int] = [:]
        for t in statistics(s, configuration: configuration, spans: spans, known: known, tokenizer: tokenizer).terms { result[t.text] = t.count }
        return result
    }
}
