import Foundation
import Testing
@testable import KouhaoKit

/// The keyword engine's light path (``SloganDetector/termSpans(in:)``) gives exactly the spans
/// of the full mentions: same ranges, keys and weights (an expansion of the mention's own, lent
/// from elsewhere in the document, or the known labels' items makes weight 2).
@Suite struct SloganDetectorTermSpansTests {
    static func spans(_ detector: SloganDetector, _ text: NormalizedText) -> (full: [TermSpan], light: [TermSpan]) {
        (detector.mentions(in: text).map { TermSpan($0, in: text) }, detector.termSpans(in: text))
    }

    @Test(arguments: [
        // Own list after the label; a later bare mention borrows it (elsewhere).
        "青川湾县推行“三个清单”，即权力清单、责任清单、负面清单。年底前，三个清单全部公开。",
        // A label without a list of its own, an unlabeled list with its head elsewhere.
        "松岭县要求干部增强政治意识、大局意识、核心意识、看齐意识。全县党员牢固树立“四个意识”。",
        // A frame whose list carries its characters elsewhere (framed list).
        "白沙河镇鼓励大众创业、万众创新。镇里推进“双创”示范基地建设。",
        // Labels the built-in lexicon knows, with no list in the text.
        "南湖县坚决反对“四风”，深入开展“两学一做”学习教育，落实“三会一课”制度。",
        // Nothing at all.
        "今天天气很好，我们去公园散步。",
    ])
    func sameSpansAsTheMentions(text: String) throws {
        let t = Normalizer().normalize(SourceText(text))
        for known in [KnownLabels.none, .builtIn] {
            for floor in [0.5, 0.7, 0.2] {
                let detector = SloganDetector(configuration: .init(minimumConfidence: floor), knownLabels: known,
                                              tokenizer: try Tokenizer(lexicon: nil))
                let (full, light) = Self.spans(detector, t)
                #expect(full == light, "\(text) floor \(floor) lexicon \(!known.isEmpty)")
            }
        }
    }

    /// The same on every document of the sample corpus.
    @Test func sameSpansOnTheSampleCorpus() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty)
        let detector = SloganDetector(configuration: .default, knownLabels: .builtIn, tokenizer: try Tokenizer(lexicon: nil))
        var expanded = 0
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
            guard case .text(let decoded) = try TextDecoder().decode(bytes, path: name) else { continue }
            let t = Normalizer().normalize(decoded.text)
            let (full, light) = Self.spans(detector, t)
            #expect(full == light, "\(name)")
            expanded += light.filter { $0.weight == 2 }.count
        }
        #expect(expanded > 0)
    }
}
