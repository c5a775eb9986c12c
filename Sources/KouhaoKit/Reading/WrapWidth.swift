/// The width at which a text was hard-wrapped, if it was: what tells a soft line break (at
/// the end of a full line) from a real one (after a short line: a heading, a paragraph's end).
///
/// A hard-wrapped text has many lines of about the same length — the wrap width — and hardly
/// any longer line; most of them end in the middle of a sentence. Lengths are measured two
/// ways, and the one that fits better wins: in characters (text wrapped by a tool at N
/// characters) and in display columns, two per Chinese character and one per half-width one
/// (text extracted from a PDF, where digits and Latin letters are narrower).
///
/// Detection needs evidence: at least three lines within the band of full lines (from 85% of
/// the width to a little over it), a quarter of all lines or more in that band, at most a tenth
/// of the lines longer than it, and at least half of the full lines ending without a sentence
/// end. A text written one paragraph per line has no such band, so it has no wrap width and
/// none of its line breaks is ever joined.
/// 例：a report wrapped at 28 characters per line has `WrapWidth(measure: .characters, width: 28)`;
/// a 新闻联播 transcript, one paragraph per line, has none.
struct WrapWidth: Equatable {
    /// How line lengths are measured.
    enum Measure: Equatable {
        /// Unicode code points. 例：`2020年的“三农”` is 10.
        case characters
        /// Display columns: 2 for Chinese characters and full-width forms, 1 for the rest.
        /// 例：`2020年的“三农”` is 4 + 2 × 6 = 16.
        case columns
    }

    /// How lengths are measured. 例：`.columns` for text from pdftotext.
    var measure: Measure
    /// The length of a full line. 例：28 for 公文 set at 28 characters per line.
    var width: Int

    /// The shortest length a line may have and still count as full: 85% of the width.
    /// 例：24 for a width of 28.
    var fullLength: Int { width - width * 15 / 100 }
    /// The longest length still in the band of full lines. 例：30 for a width of 28.
    var bandEnd: Int { width + max(2, width / 10) }

    /// The length of `units[a..<b]` in `measure`.
    static func length(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, measure: Measure) -> Int {
        var n = 0
        var i = a
        while i < b {
            let c = u[i]
            if c & 0xFC00 == 0xD800, i + 1 < b {
                n += measure == .columns ? 2 : 1
                i += 2
                continue
            }
            n += measure == .columns && isWide(c) ? 2 : 1
            i += 1
        }
        return n
    }

    /// Whether a BMP unit takes two columns: CJK, Hangul, full-width forms, and the quotes,
    /// dashes and ellipsis that Chinese fonts set full width.
    @inline(__always)
    static func isWide(_ c: UInt16) -> Bool {
        switch c {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x2018...0x201D, 0x2014, 0x2015, 0x2026, 0x00B7, 0x2460...0x24FF:
            return true
        default:
            return false
        }
    }

    /// The wrap width of a text, from its content lines (each given as `start..<end` and
    /// whether it ends with a sentence end), or nil when the text is not hard-wrapped.
    /// - Complexity: O(n + L log L) for n units in L lines.
    static func detect(_ u: UnsafeBufferPointer<UInt16>, lines: [(range: Range<Int>, endsSentence: Bool)]) -> WrapWidth? {
        guard lines.count >= 3 else { return nil }
        var best: (wrap: WrapWidth, band: Int)? = nil
        for measure in [Measure.characters, .columns] {
            let lengths = lines.map { length(u, $0.range.lowerBound, $0.range.upperBound, measure: measure) }
            let sorted = lengths.sorted()
            let minimum = measure == .characters ? 10 : 20
            var candidate: (wrap: WrapWidth, band: Int)? = nil
            var previous = -1
            for w in sorted where w >= minimum && w != previous {
                previous = w
                let wrap = WrapWidth(measure: measure, width: w)
                let band = upperBound(sorted, wrap.bandEnd) - lowerBound(sorted, wrap.fullLength)
                if band >= (candidate?.band ?? 0) { candidate = (wrap, band) }
            }
            guard let found = candidate else { continue }
            let wrap = found.wrap
            let over = sorted.count - upperBound(sorted, wrap.bandEnd)
            var full = 0, running = 0
            for (line, length) in zip(lines, lengths) where length >= wrap.fullLength && length <= wrap.bandEnd {
                full += 1
                if !line.endsSentence { running += 1 }
            }
            let evident = found.band >= 3 && 4 * found.band >= lines.count && 10 * over <= lines.count && 2 * running >= full
            if evident, found.band >= (best?.band ?? 0) { best = found }
        }
        return best?.wrap
    }

    private static func lowerBound(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) >> 1; if a[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    private static func upperBound(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) >> 1; if a[mid] <= x { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
