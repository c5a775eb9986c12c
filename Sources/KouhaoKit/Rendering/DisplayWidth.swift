/// How many terminal columns text takes: East Asian wide and fullwidth characters take two
/// (and, to stay within a width in CJK terminals too, the ambiguous “ ” ‘ ’ … ①–⑳),
/// combining marks none, everything else one.
///
/// 例：`DisplayWidth.of("四个全面")` → 8; `DisplayWidth.of("6543工程")` → 8; `DisplayWidth.of("▁▃▇")` → 3.
enum DisplayWidth {
    /// The columns of `text`. 例：`of("「四風」")` → 8.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The columns of one scalar. 例：`of("四")` → 2.
    static func of(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0 || (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            || v == 0x2018 || v == 0x2019 || v == 0x201C || v == 0x201D || v == 0x2026 || (0x2460...0x2473).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` cut to at most `columns` columns, ending with … when cut.
    /// 例：`truncate("摸清六涉企业底数", to: 9)` → `摸清六涉…`.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var out = "", used = 0
        for c in text.unicodeScalars {
            let w = of(c)
            if used + w > columns - 1 { break }
            out.unicodeScalars.append(c)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `columns` columns (cut first when longer).
    /// 例：`pad("三农", to: 6)` → `三农  `.
    static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }
}
