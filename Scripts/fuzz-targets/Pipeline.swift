// libFuzzer target `pipeline` (Scripts/fuzz): bytes → decode → read → analyse (slogans and
// keywords), checking every reported range, then one group of renderers, chosen by the input's
// length so that every group runs on every kind of input (and each execution stays cheap):
//   0  per-document text/json/jsonl/csv/md, for all contents, with and without context
//   1  keywords in every format, tokens as lines and as JSON, new words in every format
//   2  the corpus summary and every glossary format
//   3  the glossary JSON read back as `kouhao merge` reads it, and rendered again identically
import Foundation
import KouhaoKit

private let decoder = try! TextDecoder()
private let analyzer = try! Analyzer(configuration: .init(keywords: .extract(.default)))
private let tokenizer = try! Tokenizer()
private let normalizer = Normalizer()
private let paths = ["-", "2021/20210315.txt", "页面.html", "笔记.md"]
private let keying = SloganKeying()
private let dating = DocumentDating()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = paths[size % paths.count]
    guard let outcome = try? decoder.decode(bytes, path: path), case .text(let decoded) = outcome else { return 0 }
    let reading = ReadingText(decoded.text, path: path, configuration: .default)
    let analysis = analyzer.analyze(reading, path: path, diagnostics: decoded.diagnostics)
    let length = decoded.text.count
    for m in analysis.slogans {
        precondition(m.range.lowerBound >= 0 && m.range.upperBound <= length, "mention \(m.range) outside \(length)")
        precondition(!m.key.isEmpty, "a mention without a key")
        _ = m.text(in: decoded.text)
        for item in m.expansion?.items ?? [] {
            precondition(item.range.lowerBound >= 0 && item.range.upperBound <= length, "item \(item.range) outside \(length)")
        }
    }

    var sink = ByteSink()
    switch (size / paths.count) % 4 {
    case 0:
        for format in AnalysisRenderer.Format.allCases {
            for content in [AnalysisJSON.Content.all, .slogans, .keywords] {
                for context in [false, true] {
                    let renderer = AnalysisRenderer(format: format, content: content, context: context)
                    renderer.begin(into: &sink)
                    renderer.write(analysis, into: &sink)
                    renderer.end(into: &sink)
                }
            }
        }
    case 1:
        for format in KeywordRenderer.Format.allCases {
            KeywordRenderer.begin(format, into: &sink)
            KeywordRenderer.render(analysis.keywords, path: path, index: 0, format: format, showPath: true, into: &sink)
            KeywordRenderer.end(format, documents: 1, into: &sink)
        }
        let normalized = normalizer.normalize(reading)
        TokenRenderer.renderLines(normalized, tokenizer: tokenizer, into: &sink) { _ in }
        TokenRenderer.renderJSON(normalized, path: path, encoding: decoded.encoding.name, tokenizer: tokenizer, into: &sink) { _ in }
        var words = PhraseBuilder(configuration: .init(minimumCount: 2))
        words.add(words.tokens(of: normalized, tokenizer: tokenizer))
        for format in PhraseRenderer.Format.allCases { PhraseRenderer.render(words.phrases(), format: format, into: &sink) }
    case 2:
        let glossary = Glossary(summary: CorpusSummary(document: analysis, reading: reading, keying: keying, dating: dating))
        for format in GlossaryFormat.allCases { _ = format.render(glossary) }
    default:
        let json = GlossaryFormat.json.render(Glossary(summary: CorpusSummary(document: analysis, reading: reading, keying: keying, dating: dating)))
        do {
            let back = try GlossaryJSON.decode(json, path: "fuzz.json", keying: keying)
            precondition(GlossaryFormat.json.render(Glossary(summary: back)) == json, "the glossary JSON does not read back to itself")
        } catch {
            fatalError("kouhao merge cannot read the glossary JSON kouhao wrote: \(error)")
        }
    }
    return 0
}
