import Foundation
import Testing
@testable import KouhaoKit

@Suite struct TextDecoderTests {
    let decoder = try! TextDecoder()
    let sample = "青禾县全面实施“三清两改一提升”行动，即清垃圾、清沟渠、清杂物，改厕所、改庭院，提升村容村貌。县里每月开展一次交叉检查，确保整治成果长期保持。"

    func text(_ outcome: TextDecoder.Outcome) throws -> DecodedText {
        guard case .text(let decoded) = outcome else { Issue.record("skipped"); throw CancellationError() }
        return decoded
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try text(decoder.decode(Array(sample.utf8), path: "a.txt"))
        #expect(plain.text.string == sample)
        #expect(plain.encoding.name == "UTF-8")
        let bom = try text(decoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), path: "b.txt"))
        #expect(bom.text.string == sample)
        #expect(bom.encoding.source == .byteOrderMark)
    }

    @Test func utf16WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for u in sample.utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        #expect(try text(decoder.decode(le, path: "le.txt")).text.string == sample)
        #expect(try text(decoder.decode(be, path: "be.txt")).text.string == sample)
    }

    @Test func invalidUTF8RunBecomesOneWarningWithItsOffset() throws {
        let bytes = Array("前面的文字很正常，".utf8) + [0xFF, 0xFE, 0xFD] + Array("后面也正常，继续分析。".utf8)
        let decoded = try text(decoder.decode(bytes, path: "bad.txt"))
        #expect(decoded.encoding.name == "UTF-8")
        #expect(decoded.diagnostics.count == 1)
        #expect(decoded.diagnostics.first?.byteOffset == 27)
        #expect(decoded.diagnostics.first?.severity == .warning)
        #expect(decoded.text.string.hasSuffix("后面也正常，继续分析。"))
        #expect(decoded.text.string.contains("\u{FFFD}"))
    }

    @Test func nulBytesMeanBinary() throws {
        guard case .skipped(let d) = try decoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], path: "x.png") else {
            Issue.record("binary file was decoded")
            return
        }
        #expect(d.path == "x.png")
        #expect(d.byteOffset == 4)
    }

    /// A stray NUL byte in a UTF-8 article is damage, not a sign of a binary file: it becomes
    /// U+FFFD (offsets unchanged) with a warning at its byte offset.
    @Test func aFewNULBytesBecomeReplacementCharacters() throws {
        let bytes = Array("青禾县深入开展“四不四争四先锋”活动".utf8) + [0] + Array("，干部作风明显改善。\n".utf8) + [0, 0] + Array(sample.utf8)
        let decoded = try text(decoder.decode(bytes, path: "nul.txt"))
        #expect(decoded.text.string == "青禾县深入开展“四不四争四先锋”活动\u{FFFD}，干部作风明显改善。\n\u{FFFD}\u{FFFD}" + sample)
        #expect(decoded.diagnostics.map { $0.byteOffset } == [54, 86])
        // As many NUL bytes in a short text are no longer damage: binary.
        guard case .skipped = try decoder.decode(Array(bytes[..<90]), path: "short.txt") else {
            Issue.record("three NUL bytes in 90 were taken as text")
            return
        }
        #expect(decoded.diagnostics.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("NUL byte replaced by U+FFFD") })
        // GB18030 text with a NUL: the same.
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/09-ecology-qinglan-gb18030.txt")
        let gb = [UInt8](try Data(contentsOf: corpus))
        let line = try #require(gb.firstIndex(of: 0x0A)) + 1
        let damaged = Array(gb[..<line]) + [0] + Array(gb[line...])
        let gbDecoded = try text(decoder.decode(damaged, path: "gb.txt"))
        #expect(gbDecoded.encoding.name == "GB18030")
        #expect(gbDecoded.text.string.filter { $0 == "\u{FFFD}" }.count == 1)
        #expect(gbDecoded.diagnostics.map { $0.byteOffset } == [line])
    }

    /// UTF-16 without a BOM is binary to the detector; the hint names the byte order under which
    /// the bytes read as text — for Chinese too, whose NUL bytes (一 is U+4E00) fall on the other
    /// parity than ASCII's (a Chinese UTF-16BE file was hinted UTF-16LE).
    @Test(arguments: [
        ("Policy 2024: plan A\n", false, "UTF-16LE", 1), ("Policy 2024: plan A\n", true, "UTF-16BE", 0),
        ("青川湾县推进“三去一降一补”，一年一个样。\n", false, "UTF-16LE", 18),
        ("青川湾县推进“三去一降一补”，一年一个样。\n", true, "UTF-16BE", 19),
        ("松岭县 2024 年实施“一村一品”工程。\nThe plan\n", true, "UTF-16BE", 6),
        ("松岭县 2024 年实施“一村一品”工程。\nThe plan\n", false, "UTF-16LE", 7),
    ])
    func utf16WithoutBOMHintNamesItsByteOrder(text: String, bigEndian: Bool, expected: String, firstNUL: Int) throws {
        var bytes: [UInt8] = []
        for u in text.utf16 { bytes += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
        guard case .skipped(let d) = try decoder.decode(bytes, path: "u16.txt") else {
            Issue.record("UTF-16 without BOM was decoded as text")
            return
        }
        #expect(d.message.hasSuffix("name it with --encoding \(expected)"))
        #expect(d.byteOffset == firstNUL)
    }

    @Test func emptyInput() throws {
        #expect(try text(decoder.decode([], path: "empty.txt")).text.utf16.isEmpty)
    }

    @Test func crlfAndCRAreKept() throws {
        let decoded = try text(decoder.decode(Array("一\r\n二\r三".utf8), path: "crlf.txt"))
        #expect(decoded.text.string == "一\r\n二\r三")
    }

    @Test func unknownEncodingIsATypedError() {
        #expect(throws: KouhaoError.unknownEncoding("GB2313")) {
            try TextDecoder(configuration: .init(encoding: "GB2313"))
        }
    }

    @Test func specifiedEncodingWins() throws {
        // 四风 in GBK.
        let gbk: [UInt8] = [0xCB, 0xC4, 0xB7, 0xE7]
        let forced = try TextDecoder(configuration: .init(encoding: "GBK"))
        #expect(try text(forced.decode(gbk, path: "g.txt")).text.string == "四风")
    }
}
