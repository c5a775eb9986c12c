/// The HTML5 named character references that libxml2's HTML parser does not decode (it knows
/// the HTML 4 set: `&ldquo;`, `&nbsp;`, `&hellip;` …), decoded by kouhao after it.
///
/// 例：`HTMLEntities.value(of: "colon")` → `":"`; `HTMLEntities.value(of: "NewLine")` → `"\n"`.
enum HTMLEntities {
    /// The UTF-16 units a name (without `&` and `;`) stands for, or nil.
    /// 例：`value(of: "lbrack")` → `[0x5B]`.
    static func value(of name: String) -> [UInt16]? { names[name] }

    /// The table, parsed once.
    private static let names: [String: [UInt16]] = {
        var names: [String: [UInt16]] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            var units: [UInt16] = []
            for hex in parts[1].split(separator: " ") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
                units += String(scalar).utf16
            }
            names[String(parts[0])] = units
        }
        return names
    }()
}
