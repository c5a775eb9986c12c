/// An HTML page as a light tree of elements and text runs, built from libxml2's parse events,
/// where every character of text knows the source range it was written as (itself, an entity
/// or a character reference).
///
/// 例：for `<p>推进&ldquo;三农&rdquo;</p>` the tree is p → text `推进“三农”`, and the “ of the
/// text comes from the seven source units `&ldquo;`.
struct HTMLDocument {
    /// One element.
    struct Element {
        /// Lower-case name. 例：`"div"`.
        var name: String
        /// Attributes in source order, names lower case. 例：`[("class", "content")]`.
        var attributes: [(name: String, value: String)]
        /// The parent's index (-1 for the root).
        var parent: Int
        /// Children in order.
        var children: [Node]
        /// The source UTF-16 offset where the parser had read up to when the element opened.
        var position: Int

        /// The value of an attribute. 例：`attribute("role")` → `"main"`.
        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// A child of an element.
    enum Node {
        /// An element, by index.
        case element(Int)
        /// A text run: a range of the text pool.
        case text(Range<Int>)
    }

    /// The elements; index 0 is the root, which holds the whole page.
    private(set) var elements: [Element] = [Element(name: "#root", attributes: [], parent: -1, children: [], position: 0)]
    /// The text pool: UTF-16 units of all text runs, each with its source UTF-16 segment.
    private(set) var units: [UInt16] = []
    private(set) var starts: [Int32] = []
    private(set) var ends: [Int32] = []

    /// Parses `source` (the page as decoded) with libxml2.
    /// - Complexity: O(n).
    init(source: SourceText) {
        let (utf8, unitOf) = Self.utf8(source.utf16)
        var aligner = Aligner(bytes: utf8)
        var stack = [0]
        for event in LibXML2.parse(utf8) {
            let position = Int(unitOf[min(max(event.position, 0), utf8.count)])
            switch event.kind {
            case .start:
                let index = elements.count
                elements.append(Element(name: String(decoding: event.text, as: UTF8.self).lowercased(), attributes: [],
                                        parent: stack.last!, children: [], position: position))
                elements[stack.last!].children.append(.element(index))
                stack.append(index)
            case .attribute:
                guard stack.count > 1 else { continue }
                elements[stack.last!].attributes.append(
                    (String(decoding: event.text, as: UTF8.self).lowercased(), String(decoding: event.value, as: UTF8.self)))
            case .end:
                let name = String(decoding: event.text, as: UTF8.self).lowercased()
                if let k = stack.lastIndex(where: { $0 != 0 && elements[$0].name == name }) {
                    stack.removeSubrange(k...)
                }
            case .text:
                let first = units.count
                for (scalar, bytes) in aligner.align(event.text, endingAt: event.position) {
                    let range = Int(unitOf[bytes.lowerBound])..<Int(unitOf[bytes.upperBound])
                    for u in String(scalar).utf16 {
                        units.append(u)
                        starts.append(Int32(range.lowerBound))
                        ends.append(Int32(range.upperBound))
                    }
                }
                guard units.count > first else { continue }
                // Text events follow one another for runs and references: one run of text.
                if case .text(let previous)? = elements[stack.last!].children.last, previous.upperBound == first {
                    elements[stack.last!].children[elements[stack.last!].children.count - 1] = .text(previous.lowerBound..<units.count)
                } else {
                    elements[stack.last!].children.append(.text(first..<units.count))
                }
            case .raw, .comment:
                aligner.skip(to: event.position)
            }
        }
    }

    /// The UTF-8 bytes of UTF-16 text (a lone surrogate as U+FFFD) and, for every byte offset
    /// (and the end), the UTF-16 offset of the character it belongs to.
    private static func utf8(_ u: [UInt16]) -> ([UInt8], [Int32]) {
        var bytes: [UInt8] = []
        var unitOf: [Int32] = []
        bytes.reserveCapacity(u.count * 3)
        unitOf.reserveCapacity(u.count * 3 + 1)
        var i = 0
        while i < u.count {
            var scalar = UInt32(u[i])
            var width = 1
            if u[i] & 0xFC00 == 0xD800, i + 1 < u.count, u[i + 1] & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                width = 2
            } else if u[i] & 0xF800 == 0xD800 {
                scalar = 0xFFFD
            }
            let encoded = Array(String(Unicode.Scalar(scalar)!).utf8)
            bytes += encoded
            unitOf += repeatElement(Int32(i), count: encoded.count)
            i += width
        }
        unitOf.append(Int32(u.count))
        return (bytes, unitOf)
    }
}

/// Finds where in the source each character of a text event was written.
///
/// libxml2 reports text runs and each decoded reference as separate events, with the byte
/// position it had read up to. A run is found verbatim just before that position (carriage
/// returns that the parser turned into line feeds are skipped); a reference is the `&…`
/// just before it. 例：the event `“` reported at byte 209 after `&ldquo;` at 202..<209 maps
/// to 202..<209.
struct Aligner {
    let bytes: [UInt8]
    /// Source bytes before this offset are accounted for.
    private(set) var cursor = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Everything up to `position` is markup or skipped content.
    mutating func skip(to position: Int) { cursor = max(cursor, min(position, bytes.count)) }

    /// Each scalar of `text` with the source byte range it comes from.
    mutating func align(_ text: [UInt8], endingAt reported: Int) -> [(Unicode.Scalar, Range<Int>)] {
        let scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        let end = min(max(reported, cursor), bytes.count)
        // A lone `&`: a reference to it (`&amp;`, `&#38;`) when that is what was read, else
        // the first byte of a reference libxml2 does not know (`&colon;`), written as it is.
        if text == [0x26], cursor < bytes.count, bytes[cursor] == 0x26 {
            let read = String(decoding: bytes[cursor..<max(cursor, end)], as: UTF8.self).lowercased()
            let length = ["&amp;", "&#38;", "&#x26;", "&amp"].contains(read) ? end - cursor : 1
            cursor += length
            return [("&", (cursor - length)..<cursor)]
        }
        // Verbatim (CR LF read as LF, a lone CR as LF), aligned backwards from the position.
        if let ranges = verbatim(text, endingAt: end) ?? verbatim(text, endingAt: min(end + 1, bytes.count)) {
            cursor = max(cursor, ranges.last!.upperBound)
            return Self.group(text, ranges: ranges, scalars: scalars)
        }
        // A reference: the `&` nearest before the position.
        var amp = end - 1
        while amp >= cursor, end - amp <= 40, bytes[amp] != 0x26 { amp -= 1 }
        if amp >= cursor, amp < end, bytes[amp] == 0x26 {
            cursor = end
            return scalars.map { ($0, amp..<end) }
        }
        // Not found where expected: the first verbatim occurrence after the cursor, else the
        // whole stretch read since the last event.
        if let start = find(text, from: cursor, limit: min(bytes.count, end + text.count + 64)) {
            cursor = start + text.count
            return Self.group(text, ranges: (start..<(start + text.count)).map { $0..<($0 + 1) }, scalars: scalars)
        }
        let start = cursor
        cursor = max(cursor, end)
        return scalars.map { ($0, start..<max(start, end)) }
    }

    /// The source byte of each byte of `text`, matched backwards from `end` (nil on a mismatch).
    private func verbatim(_ text: [UInt8], endingAt end: Int) -> [Range<Int>]? {
        var ranges = [Range<Int>](repeating: 0..<0, count: text.count)
        var i = text.count, j = end
        while i > 0 {
            guard j > cursor else { return nil }
            let t = text[i - 1], s = bytes[j - 1]
            if s == t {
                // A CR LF read as LF covers both bytes.
                let lower = t == 0x0A && j >= 2 && j - 2 >= cursor && bytes[j - 2] == 0x0D ? j - 2 : j - 1
                ranges[i - 1] = lower..<j
                i -= 1
                j = lower
            } else if t == 0x0A, s == 0x0D {
                ranges[i - 1] = (j - 1)..<j
                i -= 1
                j -= 1
            } else {
                return nil
            }
        }
        return ranges
    }

    private func find(_ text: [UInt8], from: Int, limit: Int) -> Int? {
        guard !text.isEmpty, limit - text.count >= from else { return nil }
        for start in from...(limit - text.count) where bytes[start] == text[0] {
            if bytes[start..<(start + text.count)].elementsEqual(text) { return start }
        }
        return nil
    }

    /// Per-byte source ranges grouped into per-scalar ranges.
    private static func group(_ text: [UInt8], ranges: [Range<Int>], scalars: [Unicode.Scalar]) -> [(Unicode.Scalar, Range<Int>)] {
        var out: [(Unicode.Scalar, Range<Int>)] = []
        out.reserveCapacity(scalars.count)
        var b = 0
        for scalar in scalars {
            let width = UTF8.width(scalar)
            let last = min(b + width, ranges.count) - 1
            out.append((scalar, ranges[b].lowerBound..<ranges[max(b, last)].upperBound))
            b += width
        }
        return out
    }
}
