import ArgumentParser

/// `--excel`: CSV that Microsoft Excel opens with its Chinese intact. Excel reads a CSV file
/// without a byte order mark in the local code page, so UTF-8 Chinese turns into mojibake; a
/// UTF-8 BOM at the start makes it read UTF-8. Shared by every command that writes CSV.
struct ExcelOption: ParsableArguments {
    @Flag(help: "CSV for Excel: --format csv (implied) starting with a UTF-8 byte order mark, so that Excel shows the Chinese correctly.")
    var excel = false

    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// What goes before the output: the BOM with `--excel`, else nothing.
    var prefix: [UInt8] { excel ? Self.byteOrderMark : [] }

    /// Refuses `--excel` with a format other than CSV.
    func check<Format: RawRepresentable>(_ format: Format?) throws where Format.RawValue == String {
        if excel, let format, !format.rawValue.hasSuffix("csv") {
            throw ValidationError("--excel writes CSV: leave out --format \(format.rawValue), or use --format csv.")
        }
    }

    /// The format to use: the one given; CSV with `--excel`; else the command's default.
    func format<Format>(_ given: Format?, csv: Format, default fallback: Format) -> Format {
        given ?? (excel ? csv : fallback)
    }
}
