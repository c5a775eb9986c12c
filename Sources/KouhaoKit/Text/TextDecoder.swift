/// Turns a file's bytes into text: BOM, UTF-8, or ICU charset detection and conversion.
///
/// The rules, in order:
/// 1. `--encoding NAME` (``Configuration/encoding``) wins.
/// 2. A byte order mark: UTF-8, UTF-16LE or UTF-16BE.
/// 3. Control bytes without a BOM (NUL, and C0 controls other than tab, line ends, form
///    feed and escape) in more than one byte in fifty, and more than one in all, mean binary:
///    the file is skipped with a warning. Fewer are damage: a NUL byte becomes U+FFFD, with a
///    warning at its byte offset.
/// 4. Valid UTF-8 — or UTF-8 with a few invalid runs (at least three valid non-ASCII
///    characters per invalid run): decoded as UTF-8, each invalid run replaced by U+FFFD
///    and reported.
/// 5. Otherwise ICU's charset detector (GB18030 for the whole GB family, Big5, …); when it
///    has no plausible answer, GB18030 if that reads as Chinese, else UTF-8 with repairs.
///
/// Undecodable sequences never stop decoding: they become U+FFFD and one warning per run
/// names the byte offset. 例：`TextDecoder().decode(gbBytes, path: "报告.txt")` →
/// `.text(DecodedText)` with `encoding.name == "GB18030"`.
public struct TextDecoder: Sendable {
    /// What the decoder should assume.
    ///
    /// 例：`TextDecoder.Configuration(encoding: "Big5")` forces Big5.
    public struct Configuration: Hashable, Sendable {
        /// An ICU converter name that overrides detection, or nil to detect.
        /// 例：`"GB18030"` for `--encoding GB18030`.
        public var encoding: String?
        /// At most this many invalid-byte warnings per file; the rest are summarised in one.
        /// 例：with 10, a UTF-8 汇报 with 12 separate invalid bytes gets 10 warnings and one
        /// `2 more undecodable byte sequences replaced by U+FFFD`.
        public var maxWarningsPerFile: Int

        /// Detect the encoding; at most 10 warnings per file.
        /// 例：`try TextDecoder(configuration: .default)` reads a GBK 通知 and a UTF-8 one alike.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(encoding: "GB18030")`.
        public init(encoding: String? = nil, maxWarningsPerFile: Int = 10) {
            self.encoding = encoding
            self.maxWarningsPerFile = maxWarningsPerFile
        }
    }

    /// What decoding gave: the text, or a reason to skip the file.
    ///
    /// 例：a PNG file gives `.skipped(d)`, `d` a warning "looks binary (NUL byte) and was skipped; …"
    /// whose `byteOffset` is the first NUL byte.
    public enum Outcome: Sendable {
        /// The decoded text with its diagnostics. 例：`.text(d)` for a Big5 公告, even with repairs.
        case text(DecodedText)
        /// The file was not text; the diagnostic says why.
        /// 例：`.skipped(d)` for a scanned 红头文件 PNG, `d.byteOffset` at its first NUL byte.
        case skipped(Diagnostic)
    }

    /// The largest document decoded in one piece (ICU works with 32-bit offsets).
    /// 例：536,870,911 bytes; a larger 全年汇编.txt throws ``KouhaoError/tooLarge(path:bytes:limit:)``.
    public static let maxBytes = Int(Int32.max / 4)

    /// The configuration in use. 例：`try TextDecoder().configuration.encoding` is nil (detect).
    public var configuration: Configuration

    /// A decoder. 例：`TextDecoder(configuration: .init(encoding: "GBK"))`.
    /// - Throws: ``KouhaoError/unknownEncoding(_:)`` when the named encoding does not exist.
    public init(configuration: Configuration = .default) throws {
        if let name = configuration.encoding, !ICU.charsetExists(name) {
            throw KouhaoError.unknownEncoding(name)
        }
        self.configuration = configuration
    }

    /// Decodes `bytes`, naming `path` in diagnostics.
    /// 例：the bytes `EF BB BF` + `三农` in UTF-8 → `.text` with text 三农 and `encoding.source == .byteOrderMark`.
    /// - Throws: ``KouhaoError/tooLarge(path:bytes:limit:)`` beyond ``maxBytes``.
    /// - Complexity: O(n).
    public func decode(_ bytes: [UInt8], path: String) throws -> Outcome {
        guard bytes.count <= Self.maxBytes else {
            throw KouhaoError.tooLarge(path: path, bytes: bytes.count, limit: Self.maxBytes)
        }
        return bytes.withUnsafeBufferPointer { decode($0, path: path) }
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Outcome {
        if let name = configuration.encoding {
            return .text(convert(bytes, charset: name, source: .specified, path: path))
        }
        if let bom = Self.byteOrderMark(bytes) {
            return .text(convert(bytes, charset: bom, source: .byteOrderMark, path: path))
        }
        if let binary = Self.binaryEvidence(bytes, path: path) {
            return .skipped(binary)
        }
        guard let utf8 = ICU.convertToUTF16(bytes, charset: "UTF-8") else {
            return .text(DecodedText(text: SourceText(utf16: []), encoding: TextEncoding(name: "UTF-8", source: .validUTF8),
                                     diagnostics: [Diagnostic(.error, "ICU could not decode this file", path: path)]))
        }
        // Valid multi-byte UTF-8 hardly happens by chance: when it outnumbers the invalid
        // runs three to one, this is UTF-8 with damage, not another encoding.
        let validNonASCII = Self.nonASCIICount(utf8.units) - utf8.errorCount
        let runs = Self.runs(utf8.errors).count + max(0, utf8.errorCount - utf8.errors.count)
        if utf8.errorCount == 0 || validNonASCII >= 3 * runs {
            return .text(finish(utf8, bytes: bytes, encoding: TextEncoding(name: "UTF-8", source: .validUTF8), path: path))
        }
        let sample = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 1 << 16)])
        if let guess = ICU.detectCharset(of: sample), guess.confidence >= 10, Self.plausible.contains(guess.name) {
            return .text(convert(bytes, charset: guess.name, source: .detected(confidence: guess.confidence), path: path))
        }
        // Too short or too odd for the detector: GB18030 if it reads as Chinese, else UTF-8.
        let gb = convert(bytes, charset: "GB18030", source: .detected(confidence: 0), path: path)
        if Self.looksChinese(gb.text.utf16) { return .text(gb) }
        return .text(finish(utf8, bytes: bytes, encoding: TextEncoding(name: "UTF-8", source: .validUTF8), path: path))
    }

    /// A skip warning when `bytes` look binary: control bytes that text does not have (NUL,
    /// C0 controls other than tab, line ends, form feed and escape) in more than 1 byte in 50,
    /// and more than one. No byte of a multi-byte character in UTF-8, GB18030 or Big5 is such a
    /// control, so text has them only as damage; compressed data, images and UTF-16 have them
    /// in about one byte in ten. The warning sits at the first NUL (or control) byte and names
    /// the UTF-16 byte order under which the bytes read as text (``utf16ByteOrder(_:)``).
    static func binaryEvidence(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic? {
        var controls = 0
        var first: Int? = nil, firstNUL: Int? = nil
        for (i, b) in bytes.enumerated() where b < 0x20 && !(0x09...0x0D).contains(b) && b != 0x1B {
            controls += 1
            if first == nil { first = i }
            if b == 0, firstNUL == nil { firstNUL = i }
        }
        guard controls > 1, controls * 50 > bytes.count else { return nil }
        let order = utf16ByteOrder(bytes) ?? "UTF-16LE or UTF-16BE"
        let what = firstNUL != nil ? "NUL and control bytes" : "control bytes"
        return Diagnostic(
            .warning, "looks binary (\(what)) and was skipped; if it is UTF-16 text without a BOM, name it with --encoding \(order)",
            path: path, byteOffset: firstNUL ?? first)
    }

    /// The UTF-16 byte order under which `bytes` read as text, or nil when neither clearly does.
    ///
    /// Each order is scored by its code units that are common in this tool's texts: ASCII
    /// letters, digits, punctuation and line ends, CJK ideographs, CJK punctuation and
    /// full-width forms. The order scoring higher by at least a tenth of the units wins. The
    /// parity of the NUL bytes cannot tell: ASCII has its NUL in the high byte (`A` is 00 41 in
    /// UTF-16BE) but a Chinese text in the low one (`一` U+4E00 is 4E 00 in UTF-16BE), so a
    /// Chinese UTF-16BE file looked like UTF-16LE. Read swapped, ASCII letters become CJK
    /// ideographs (0x6100) but spaces and line ends do not; Chinese ideographs mostly leave the
    /// range and its punctuation (。 U+3002 → U+0230) always does.
    /// 例：the UTF-16BE bytes of “青川湾县推进一降一补。” → `"UTF-16BE"`.
    /// - Complexity: O(n).
    static func utf16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func common(_ u: UInt16) -> Bool {
            switch u {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return true
            default: return false
            }
        }
        var big = 0, little = 0
        var i = 0
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            if common(a << 8 | b) { big += 1 }
            if common(b << 8 | a) { little += 1 }
            i += 2
        }
        let margin = max(1, bytes.count / 2 / 10)
        return big >= little + margin ? "UTF-16BE" : little >= big + margin ? "UTF-16LE" : nil
    }

    /// Detector answers kouhao accepts (UTF-16/32 without a BOM would have NUL bytes).
    private static let plausible: Set<String> = [
        "GB18030", "Big5", "EUC-JP", "EUC-KR", "Shift_JIS", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR",
        "ISO-8859-1", "ISO-8859-2", "windows-1252", "windows-1250", "KOI8-R", "windows-1251",
    ]

    /// Most non-ASCII characters are common CJK ideographs or CJK punctuation.
    private static func looksChinese(_ units: [UInt16]) -> Bool {
        var cjk = 0, other = 0
        for u in units where u >= 0x80 {
            if (0x4E00...0x9FFF).contains(u) || (0x3000...0x303F).contains(u) || (0xFF00...0xFFEF).contains(u) {
                cjk += 1
            } else {
                other += 1
            }
        }
        return cjk > 0 && cjk >= 4 * other
    }

    private func convert(_ bytes: UnsafeBufferPointer<UInt8>, charset: String,
                         source: TextEncoding.Source, path: String) -> DecodedText {
        let encoding = TextEncoding(name: charset, source: source)
        guard let result = ICU.convertToUTF16(bytes, charset: charset) else {
            return DecodedText(text: SourceText(utf16: []), encoding: encoding,
                               diagnostics: [Diagnostic(.error, "ICU could not decode this file as \(charset): name another encoding with --encoding", path: path)])
        }
        return finish(result, bytes: bytes, encoding: encoding, path: path)
    }

    /// Builds the text (without a leading BOM), one warning per run of undecodable bytes, and
    /// one per run of NUL bytes (U+0000 becomes U+FFFD, except in UTF-16 and UTF-32).
    private func finish(_ result: (units: [UInt16], errors: [Range<Int>], errorCount: Int), bytes: UnsafeBufferPointer<UInt8>,
                        encoding: TextEncoding, path: String) -> DecodedText {
        var diagnostics: [Diagnostic] = []
        let runs = Self.runs(result.errors)
        let limit = configuration.maxWarningsPerFile
        for run in runs.prefix(limit) {
            diagnostics.append(Diagnostic(
                .warning, "bytes not valid \(encoding.name) replaced by U+FFFD; if the file is in another encoding, name it with --encoding",
                path: path, byteOffset: run.start))
        }
        let unlisted = result.errorCount - runs.prefix(limit).reduce(0) { $0 + $1.count }
        if unlisted > 0 {
            diagnostics.append(Diagnostic(
                .warning, "\(unlisted) more undecodable byte sequences replaced by U+FFFD", path: path))
        }
        var units = result.units.first == 0xFEFF ? Array(result.units.dropFirst()) : result.units
        let wide = encoding.name.uppercased().hasPrefix("UTF-16") || encoding.name.uppercased().hasPrefix("UTF-32")
        if !wide, units.contains(0) {
            // In an ASCII-compatible encoding each NUL byte is one U+0000: same length, same offsets.
            for i in units.indices where units[i] == 0 { units[i] = 0xFFFD }
            var starts: [Int] = []
            var count = 0
            for (i, b) in bytes.enumerated() where b == 0 {
                if i == 0 || bytes[i - 1] != 0 { starts.append(i) }
                count += 1
            }
            let room = max(0, limit - diagnostics.count)
            for start in starts.prefix(room) {
                diagnostics.append(Diagnostic(.warning, "NUL byte replaced by U+FFFD (a few NUL bytes are damage; text with many is skipped as binary)",
                                              path: path, byteOffset: start))
            }
            if starts.count > room {
                let listed = starts.prefix(room).count
                diagnostics.append(Diagnostic(.warning, "\(starts.count - listed) more runs of NUL bytes replaced by U+FFFD (\(count) NUL bytes in all)", path: path))
            }
            diagnostics.sort { ($0.byteOffset ?? .max) < ($1.byteOffset ?? .max) }
        }
        return DecodedText(text: SourceText(utf16: units), encoding: encoding, diagnostics: diagnostics)
    }

    /// Adjacent undecodable sequences form one run, reported once.
    private static func runs(_ errors: [Range<Int>]) -> [(start: Int, end: Int, count: Int)] {
        var runs: [(start: Int, end: Int, count: Int)] = []
        for error in errors {
            if let last = runs.last, error.lowerBound <= last.end {
                runs[runs.count - 1].end = max(last.end, error.upperBound)
                runs[runs.count - 1].count += 1
            } else {
                runs.append((error.lowerBound, error.upperBound, 1))
            }
        }
        return runs
    }

    private static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return "UTF-8" }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return "UTF-16LE" }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return "UTF-16BE" }
        return nil
    }

    private static func nonASCIICount(_ units: [UInt16]) -> Int {
        var n = 0
        for u in units where u >= 0x80 { n += 1 }
        return n
    }
}
