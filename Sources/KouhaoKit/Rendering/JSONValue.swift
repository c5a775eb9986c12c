/// A JSON value with ordered object members, written in one stable layout.
///
/// Objects keep their members in the order given, so a schema reads top-down; an object or
/// array of at most ``inlineLimit`` members, all scalars, stays on one line; others put one
/// member per line.
/// 例：`.object([("path", .string("a.txt")), ("date", .null)])` → `{"path": "a.txt", "date": null}`.
enum JSONValue {
    case string(String)
    case int(Int)
    case null
    /// A number written as given (already formatted). 例：`.number("0.1644")`.
    case number(String)
    indirect case array([JSONValue])
    indirect case object([(String, JSONValue)])

    /// The most members a container may have and stay on one line.
    static let inlineLimit = 12

    /// A string, or null. 例：`.optional(date?.description)`.
    static func optional(_ string: String?) -> JSONValue { string.map(JSONValue.string) ?? .null }

    /// A fraction with `places` decimals (0 ≤ value), as `0.1644`; the same value always gives the same text.
    /// 例：`.fraction(60.0 / 365, places: 4)` → `0.1644`.
    static func fraction(_ value: Double, places: Int = 4) -> JSONValue { .number(decimal(value, places: places)) }

    /// `value` with `places` decimals, rounded half away from zero: `decimal(0.16438, places: 4)` → `0.1644`.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale), part = scaled % Int(scale)
        var digits = String(part)
        while digits.count < places { digits = "0" + digits }
        return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + digits : "")
    }

    /// Writes the value at nesting depth `depth` (two spaces per level).
    func write(into sink: inout ByteSink, depth: Int = 0) {
        switch self {
        case .string(let s): sink.appendJSONString(s)
        case .int(let n): sink.append(String(n))
        case .null: sink.append("null")
        case .number(let text): sink.append(text)
        case .array(let values):
            writeContainer(open: "[", close: "]", count: values.count, depth: depth, into: &sink) { i, sink in
                values[i].write(into: &sink, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, depth: depth, into: &sink) { i, sink in
                sink.appendJSONString(members[i].0)
                sink.append(": ")
                members[i].1.write(into: &sink, depth: depth + 1)
            }
        }
    }

    private var isScalar: Bool {
        switch self {
        case .string, .int, .null, .number: return true
        case .array, .object: return false
        }
    }

    private var children: [JSONValue] {
        switch self {
        case .array(let values): return values
        case .object(let members): return members.map(\.1)
        default: return []
        }
    }

    private func writeContainer(open: String, close: String, count: Int, depth: Int, into sink: inout ByteSink,
                                element: (Int, inout ByteSink) -> Void) {
        sink.append(open)
        defer { sink.append(close) }
        guard count > 0 else { return }
        if count <= Self.inlineLimit, children.allSatisfy(\.isScalar) {
            for i in 0..<count {
                if i > 0 { sink.append(", ") }
                element(i, &sink)
            }
            return
        }
        let indent = String(repeating: "  ", count: depth + 1)
        for i in 0..<count {
            sink.append(i == 0 ? "\n" : ",\n")
            sink.append(indent)
            element(i, &sink)
        }
        sink.append("\n" + String(repeating: "  ", count: depth))
    }
}
