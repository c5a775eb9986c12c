import CHTMLShim

/// The Swift face of the HTML shim: every call into libxml2 goes through here.
///
/// Nothing outside this file sees libxml2; the rest of KouhaoKit gets plain events with
/// byte positions. 例：`LibXML2.parse(Array("<p>三农</p>".utf8))` → start p, text 三农 (position 12), end p.
enum LibXML2 {
    /// What an event reports (see `chtml.h`).
    enum Kind: Int32 {
        case start = 1, attribute, end, text, raw, comment
    }

    /// One parse event: an element opens or closes, an attribute, text, raw text, a comment.
    struct Event {
        var kind: Kind
        /// The element or attribute name, or the text (references decoded), as UTF-8.
        var text: [UInt8]
        /// The attribute value, as UTF-8.
        var value: [UInt8]
        /// The byte offset up to which the parser had read when it reported the event.
        var position: Int
    }

    /// The libxml2 version, e.g. "20914".
    static var version: String { String(cString: kh_libxml2_version()) }

    /// Parses UTF-8 HTML with libxml2's HTML parser (recovering from any error) and returns
    /// its events in order; empty when the parser could not be created.
    /// - Complexity: O(n).
    static func parse(_ utf8: [UInt8]) -> [Event] {
        final class Sink {
            var events: [Event] = []
        }
        let sink = Sink()
        let callback: kh_html_callback = { context, kind, text, length, value, valueLength, position in
            guard let context, let kind = Kind(rawValue: kind) else { return }
            let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
            func bytes(_ p: UnsafePointer<CChar>?, _ n: Int32) -> [UInt8] {
                guard let p, n > 0 else { return [] }
                return p.withMemoryRebound(to: UInt8.self, capacity: Int(n)) { Array(UnsafeBufferPointer(start: $0, count: Int(n))) }
            }
            sink.events.append(Event(kind: kind, text: bytes(text, length), value: bytes(value, valueLength), position: Int(position)))
        }
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let status = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                kh_html_parse(chars.baseAddress, Int32(chars.count), callback, context)
            }
        }
        return withExtendedLifetime(sink) { status == 0 ? sink.events : [] }
    }
}
