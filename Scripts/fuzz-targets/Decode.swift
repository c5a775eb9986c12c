// libFuzzer target `decode` (Scripts/fuzz): bytes → TextDecoder (detection, or a forced
// encoding) → ReadingText (HTML by content or path, whole page or main content, soft line
// breaks joined or kept) → Normalizer, checking the invariants a caller relies on.
// Compiled against the instrumented KouhaoKit module (public API).
import Foundation
import KouhaoKit

private let encodings: [String?] = [nil, nil, nil, "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS", "UTF-8"]
private let decoders = encodings.map { try! TextDecoder(configuration: .init(encoding: $0)) }
private let paths = ["-", "报告.txt", "页面.html", "笔记.md"]
private let normalizer = Normalizer()
// Reading as `kouhao` does by default, with `--html-main`, with `--keep-lines`.
private let readings: [ReadingText.Configuration] = [.default, .init(html: .init(content: .main)), .init(lines: .keep)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The decoder and the path are chosen by the length, so that the bytes stay the fuzzer's.
    let decoder = decoders[size % decoders.count]
    let path = paths[(size / decoders.count) % paths.count]
    let reading = readings[(size / (decoders.count * paths.count)) % readings.count]
    let outcome: TextDecoder.Outcome
    do { outcome = try decoder.decode(bytes, path: path) } catch { fatalError("decode threw on \(size) bytes: \(error)") }
    switch outcome {
    case .skipped(let diagnostic):
        precondition(diagnostic.byteOffset.map { (0..<size).contains($0) } ?? true, "skip offset outside the input")
    case .text(let decoded):
        for d in decoded.diagnostics {
            precondition(d.byteOffset.map { (0...size).contains($0) } ?? true, "diagnostic offset \(d.byteOffset!) outside \(size) bytes")
        }
        let source = decoded.text
        precondition(source.count <= source.utf16.count)
        let read = ReadingText(source, path: path, configuration: reading)
        let normalized = normalizer.normalize(read)
        // Every normalized range maps back inside the text as read.
        let n = normalized.units.count
        for cut in [0, n / 3, n / 2, n] {
            let r = normalized.sourceRange(of: cut..<n)
            precondition(r.lowerBound >= 0 && r.upperBound <= source.count && r.lowerBound <= r.upperBound,
                          "source range \(r) outside \(source.count) code points")
        }
        _ = normalized.string
    }
    return 0
}
