/// A document's text exactly as read (after decoding), the frame of every reported offset.
///
/// Offsets that kouhao reports are Unicode code points of this text. Internally the text
/// is kept as UTF-16 (what ICU consumes); the two agree except after characters outside
/// the Basic Multilingual Plane, which this type accounts for.
/// 例：in `"𠀀四风"` the slogan 四风 starts at code point 1 (UTF-16 offset 2).
public struct SourceText: Hashable, Sendable {
    /// The text as UTF-16 code units. 例：`SourceText("四风").utf16` → `[0x56DB, 0x98CE]`.
    public let utf16: [UInt16]
    /// UTF-16 offsets of the high surrogates of supplementary characters, ascending.
    private let pairStarts: [Int32]

    /// Wraps UTF-16 code units. 例：`SourceText(utf16: Array("两学一做".utf16))`.
    /// - Complexity: O(n).
    public init(utf16: [UInt16]) {
        self.utf16 = utf16
        var pairs: [Int32] = []
        utf16.withUnsafeBufferPointer { u in
            var i = 0
            let n = u.count
            while i < n {
                if u[i] & 0xFC00 == 0xD800, i + 1 < n, u[i + 1] & 0xFC00 == 0xDC00 {
                    pairs.append(Int32(i))
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        pairStarts = pairs
    }

    /// The text of a Swift string. 例：`SourceText("实施“6543”工程")`.
    public init(_ string: String) {
        self.init(utf16: Array(string.utf16))
    }

    /// The text as a Swift string. 例：`SourceText(utf16: Array("三农".utf16)).string` → `三农`.
    public var string: String { String(decoding: utf16, as: UTF16.self) }

    /// Its length in Unicode code points. 例：`SourceText("𠀀四风").count` → 3 (4 UTF-16 units).
    public var count: Int { utf16.count - pairStarts.count }

    /// The code point offset of a UTF-16 offset (one inside a pair rounds down).
    /// 例：in `𠀀四风`, UTF-16 offset 2 (四) → 1; offset 1 (inside 𠀀) → 0.
    /// - Complexity: O(1) for BMP-only text, O(log p) with p supplementary characters.
    @inline(__always)
    public func codePointOffset(utf16 offset: Int) -> Int {
        if pairStarts.isEmpty { return offset }
        // Each pair that starts before `offset` counts one unit too many.
        var lo = 0, hi = pairStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(pairStarts[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return offset - lo
    }

    /// The UTF-16 offset of a code point offset. 例：in `𠀀四风`, code point 1 (四) → 2.
    /// - Complexity: O(1) for BMP-only text, O(log p) otherwise.
    @inline(__always)
    public func utf16Offset(codePoint offset: Int) -> Int {
        if pairStarts.isEmpty { return offset }
        // The k-th pair starts at code point pairStarts[k] - k.
        var lo = 0, hi = pairStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(pairStarts[mid]) - mid < offset { lo = mid + 1 } else { hi = mid }
        }
        return offset + lo
    }

    /// The code point range of a UTF-16 range. 例：in `𠀀四风`, `codePointRange(utf16: 2..<4)` → 1..<3.
    public func codePointRange(utf16 range: Range<Int>) -> Range<Int> {
        codePointOffset(utf16: range.lowerBound)..<codePointOffset(utf16: range.upperBound)
    }

    /// The text of a code point range. 例：`SourceText("实施“6543”工程").text(in: 3..<10)` → `6543”工程`.
    public func text(in codePoints: Range<Int>) -> String {
        let a = utf16Offset(codePoint: codePoints.lowerBound)
        let b = utf16Offset(codePoint: codePoints.upperBound)
        return Self.string(utf16[a..<b])
    }

    /// The text of a UTF-16 range. 例：`SourceText("实施“6543”工程").text(utf16: 3..<7)` → `6543`.
    /// - Complexity: O(length of the range); transcodes through UTF-8, Swift's fast path.
    public func text(utf16 range: Range<Int>) -> String {
        Self.string(utf16[range])
    }

    /// A string from UTF-16 units, fast (String(decoding:as: UTF16) takes a slow path).
    /// 例：`SourceText.string(Array("两学一做".utf16)[0..<2])` → `两学`.
    public static func string(_ units: ArraySlice<UInt16>) -> String {
        var sink = ByteSink()
        sink.bytes.reserveCapacity(units.count * 3)
        sink.append(utf16: units)
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}
