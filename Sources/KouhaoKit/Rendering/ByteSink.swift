/// A growable UTF-8 byte buffer that renderers write into.
///
/// Renderers append text piece by piece without building intermediate strings; the CLI
/// flushes the bytes to a file or standard output. 例：
/// `var out = ByteSink(); out.append("四风"); out.appendJSONString("“两学一做”")` holds `四风"“两学一做”"`.
public struct ByteSink: Sendable {
    /// The bytes written so far. 例：`[0xE5, 0x9B, 0x9B]` after `append("四")`.
    public var bytes: [UInt8] = []

    /// An empty buffer. 例：`var sink = ByteSink()`.
    public init() {}

    /// Number of bytes written. 例：6 after `append("三农")`.
    public var count: Int { bytes.count }

    /// Forgets the bytes (after they were flushed), keeping the capacity.
    /// 例：after writing 四抓.txt's JSON to standard output, `sink.removeAll()` leaves `count == 0`.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends a string's UTF-8. 例：`sink.append("三农\n")`.
    @inline(__always)
    public mutating func append(_ string: String) {
        var s = string
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte. 例：`sink.append(byte: 0x0A)` for a line end.
    @inline(__always)
    public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends UTF-16 units as UTF-8 (lone surrogates become U+FFFD).
    /// 例：`sink.append(utf16: Array("两学一做".utf16)[0..<2])` appends `两学`.
    /// - Complexity: O(n).
    public mutating func append(utf16 units: ArraySlice<UInt16>) {
        units.withUnsafeBufferPointer { append(utf16: $0) }
    }

    /// Appends UTF-16 units as UTF-8 (lone surrogates become U+FFFD).
    /// 例：`Array("四风".utf16).withUnsafeBufferPointer { sink.append(utf16: $0) }` appends `四风`; a lone
    /// 0xD800 appends `EF BF BD`.
    /// - Complexity: O(n).
    public mutating func append(utf16 units: UnsafeBufferPointer<UInt16>) {
        // Encode in pieces through a stack buffer: one append per piece, not per byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var n = 0
            var i = 0
            let end = units.count
            while i < end {
                if n > 252 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
                    n = 0
                }
                let u = units[i]
                i += 1
                if u < 0x80 {
                    buffer[n] = UInt8(u); n += 1
                } else if u < 0x800 {
                    buffer[n] = UInt8(0xC0 | (u >> 6))
                    buffer[n + 1] = UInt8(0x80 | (u & 0x3F))
                    n += 2
                } else if u & 0xF800 != 0xD800 {
                    buffer[n] = UInt8(0xE0 | (u >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((u >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (u & 0x3F))
                    n += 3
                } else if u < 0xDC00, i < end, units[i] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                    buffer[n] = UInt8(0xF0 | (scalar >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (scalar & 0x3F))
                    n += 4
                } else {
                    buffer[n] = 0xEF; buffer[n + 1] = 0xBF; buffer[n + 2] = 0xBD
                    n += 3
                }
            }
            if n > 0 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n])) }
        }
    }

    /// Appends a JSON string literal (quoted and escaped). 例：`appendJSONString("a\"b")` → `"a\"b"`.
    public mutating func appendJSONString(_ string: String) {
        bytes.append(0x22)
        var s = string
        s.withUTF8 { appendJSONEscaped($0) }
        bytes.append(0x22)
    }

    /// Appends UTF-16 units as a JSON string literal.
    /// 例：the units of `“四风”` and a line end append `"“四风”\n"`, the line end escaped.
    public mutating func appendJSONString(utf16 units: ArraySlice<UInt16>) {
        var tmp = ByteSink()
        tmp.append(utf16: units)
        bytes.append(0x22)
        tmp.bytes.withUnsafeBufferPointer { appendJSONEscaped($0) }
        bytes.append(0x22)
    }

    private mutating func appendJSONEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in utf8 {
            switch b {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
    }
}
