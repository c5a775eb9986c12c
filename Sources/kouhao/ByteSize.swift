/// Sizes as users write them on the command line: `1048576`, `500K`, `10M`, `1G` (powers of 1024).
enum ByteSize {
    /// The number of bytes `text` stands for, or nil when it is not a size.
    static func parse(_ text: String) -> Int? {
        var digits = Substring(text)
        var unit = 1
        switch digits.last.map({ Character($0.uppercased()) }) {
        case "K": unit = 1 << 10
        case "M": unit = 1 << 20
        case "G": unit = 1 << 30
        default: break
        }
        if unit > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let (bytes, overflow) = value.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }
}
