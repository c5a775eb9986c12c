import Testing
@testable import KouhaoKit

/// Runs the detector on a string, as the analyzer does.
func slogans(_ text: String) -> [SloganMention] {
    let detector = try! SloganDetector()
    return detector.mentions(in: Normalizer().normalize(SourceText(text)))
}

/// The document index of a string (for the internal stages).
func documentIndex(_ text: String) -> DocumentIndex {
    DocumentIndex(text: Normalizer().normalize(SourceText(text)), tokenizer: try! Tokenizer())
}

/// A scanner over `text` and the shape of `text` read whole as one label (for the scanner's
/// predicates).
func scannerAndShape(_ text: String) throws -> (SloganScanner, LabelShape) {
    let index = documentIndex(text)
    let scanner = SloganScanner(index: index)
    return (scanner, try #require(LabelShape.parse(0..<index.count, in: index)))
}

extension Array where Element == SloganMention {
    /// The mention whose key is `key`.
    func first(_ key: String) -> SloganMention? { first { $0.key == key } }
    var keys: [String] { map(\.key) }
}
