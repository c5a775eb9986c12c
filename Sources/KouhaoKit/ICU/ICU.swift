import CICUShim

/// The Swift face of the C shim: every call into ICU goes through here.
///
/// Nothing outside this file sees ICU; the rest of KouhaoKit works with `[UInt16]`,
/// offsets and plain Swift values. 例：`ICU.detectCharset(of: gbBytes)` → `("GB18030", 100)`.
enum ICU {
    /// ICU's convention: a status above zero is a failure; zero or below (warnings) is success.
    static func failed(_ status: Int32) -> Bool { status > 0 }

    /// The ICU library version in use, e.g. "72.1".
    static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        kh_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: Charsets

    /// ICU's best guess at the charset of `bytes` and its confidence (0–100), or nil.
    static func detectCharset(of bytes: UnsafeBufferPointer<UInt8>) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let found = bytes.withMemoryRebound(to: CChar.self) { raw in
            kh_detect_charset(raw.baseAddress, Int32(raw.count), &name, Int32(name.count), &confidence, &status)
        }
        guard found == 1, !failed(status) else { return nil }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (text, Int(confidence))
    }

    /// Whether ICU has a converter for `charset` (e.g. "GBK", "Big5", "windows-1252").
    static func charsetExists(_ charset: String) -> Bool {
        kh_charset_exists(charset) == 1
    }

    /// Converts `bytes` in `charset` to UTF-16; undecodable sequences become U+FFFD and their
    /// byte ranges are returned (the first `maxErrors`, plus the total count).
    static func convertToUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, charset: String, maxErrors: Int = 1024
    ) -> (units: [UInt16], errors: [Range<Int>], errorCount: Int)? {
        let capacity = bytes.count + 2
        var offsets = [Int32](repeating: 0, count: maxErrors)
        var lengths = [Int32](repeating: 0, count: maxErrors)
        var errorCount: Int32 = 0
        var status: Int32 = 0
        var written: Int32 = 0
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { out, count in
            written = bytes.withMemoryRebound(to: CChar.self) { raw in
                kh_convert_to_utf16(
                    charset, raw.baseAddress, Int32(raw.count), out.baseAddress, Int32(capacity),
                    &offsets, &lengths, Int32(maxErrors), &errorCount, &status)
            }
            count = failed(status) ? 0 : Int(written)
        }
        guard !failed(status) else { return nil }
        let recorded = min(Int(errorCount), maxErrors)
        let errors = (0..<recorded).map { Int(offsets[$0])..<Int(offsets[$0] + max(lengths[$0], 1)) }
        return (units, errors, Int(errorCount))
    }

    // MARK: Normalization

    /// NFKC of one short segment of UTF-16 (the normalizer's slow path).
    static func nfkc(_ segment: ArraySlice<UInt16>) -> [UInt16] {
        segment.withUnsafeBufferPointer { src in
            var capacity = src.count * 4 + 8
            while true {
                var status: Int32 = 0
                var length: Int32 = 0
                let out = [UInt16](unsafeUninitializedCapacity: capacity) { dst, count in
                    length = kh_nfkc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                    count = failed(status) ? 0 : Int(length)
                }
                if !failed(status) { return out }
                if Int(length) > capacity { capacity = Int(length); continue }
                return Array(segment)  // ICU refused: keep the text as it is.
            }
        }
    }

    /// Per-BMP-unit NFKC tables: the single-unit mapping, and flags (bit 0: the mapping is
    /// a single unit; bit 1: NFKC has a boundary before the unit).
    static func nfkcTables() -> (single: [UInt16], flags: [UInt8]) {
        var status: Int32 = 0
        var flags = [UInt8](repeating: 0, count: 0x10000)
        let single = [UInt16](unsafeUninitializedCapacity: 0x10000) { table, count in
            flags.withUnsafeMutableBufferPointer { f in
                kh_fill_nfkc_tables(table.baseAddress, f.baseAddress, &status)
            }
            count = 0x10000
        }
        return (single, flags)
    }

    /// Whether NFKC has a boundary before `scalar`.
    static func nfkcHasBoundaryBefore(_ scalar: UInt32) -> Bool {
        kh_nfkc_has_boundary_before(scalar) == 1
    }

    /// The BMP Traditional→Simplified table (65,536 entries; identity where ICU maps nothing
    /// or maps to more than one unit).
    static func traditionalToSimplifiedTable() -> [UInt16] {
        var status: Int32 = 0
        return [UInt16](unsafeUninitializedCapacity: 0x10000) { table, count in
            kh_fill_traditional_to_simplified(table.baseAddress, &status)
            count = 0x10000
        }
    }

    // MARK: Word breaking

    /// An ICU word break iterator. Not thread-safe: clone one per task.
    final class WordBreaker {
        private let handle: OpaquePointer

        /// Opens a word breaker with ICU's CJK dictionary; nil when ICU's data is missing.
        init?(locale: String = "zh") {
            var status: Int32 = 0
            guard let h = kh_breaker_open(locale, &status), !ICU.failed(status) else { return nil }
            handle = h
        }

        private init(handle: OpaquePointer) { self.handle = handle }

        /// An independent copy, safe to use on another thread.
        func clone() -> WordBreaker? {
            var status: Int32 = 0
            guard let h = kh_breaker_clone(handle, &status), !ICU.failed(status) else { return nil }
            return WordBreaker(handle: h)
        }

        deinit { kh_breaker_close(handle) }

        /// Calls `body` with batches of word ends and rule statuses over `text`.
        /// - Complexity: O(n) in the length of `text`.
        func forEachBatch(
            over text: UnsafeBufferPointer<UInt16>,
            _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> Void
        ) rethrows {
            guard !text.isEmpty else { return }
            var status: Int32 = 0
            kh_breaker_set_text(handle, text.baseAddress, Int32(text.count), &status)
            let capacity = 4096
            let ends = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
            let statuses = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
            defer { ends.deallocate(); statuses.deallocate() }
            while true {
                let n = Int(kh_breaker_next_batch(handle, ends.baseAddress, statuses.baseAddress, Int32(capacity)))
                if n == 0 { break }
                try body(UnsafeBufferPointer(rebasing: ends[0..<n]), UnsafeBufferPointer(rebasing: statuses[0..<n]))
            }
            // Leave ICU pointing at nothing of ours.
            kh_breaker_set_text(handle, nil, 0, &status)
        }

        /// The word ends (offsets into `text`) and rule statuses of `text`, written into the
        /// caller's arrays (emptied first; their capacity is reused, so a caller that segments
        /// many short pieces allocates nothing per piece).
        /// - Complexity: O(n) in the length of `text`.
        func boundaries(over text: UnsafeBufferPointer<UInt16>, ends: inout [Int32], statuses: inout [Int32]) {
            ends.removeAll(keepingCapacity: true)
            statuses.removeAll(keepingCapacity: true)
            guard !text.isEmpty else { return }
            var status: Int32 = 0
            kh_breaker_set_text(handle, text.baseAddress, Int32(text.count), &status)
            var buffer: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
            var rules: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
            while true {
                let n = withUnsafeMutableBytes(of: &buffer) { b in
                    withUnsafeMutableBytes(of: &rules) { r in
                        Int(kh_breaker_next_batch(handle, b.baseAddress!.assumingMemoryBound(to: Int32.self),
                                                  r.baseAddress!.assumingMemoryBound(to: Int32.self), 8))
                    }
                }
                if n == 0 { break }
                withUnsafeBytes(of: &buffer) { b in
                    withUnsafeBytes(of: &rules) { r in
                        let bs = b.bindMemory(to: Int32.self), rs = r.bindMemory(to: Int32.self)
                        for k in 0..<n { ends.append(bs[k]); statuses.append(rs[k]) }
                    }
                }
                if n < 8 { break }
            }
            kh_breaker_set_text(handle, nil, 0, &status)
        }
    }
}
