/// The charset an HTML page declares in a `<meta>` tag, found by scanning its first 1024
/// bytes as browsers do before decoding: `<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
///
/// The GB family (gb2312, gbk, x-gbk, gb18030) is read as GB18030, and a declared UTF-16 as
/// UTF-8 (a page whose bytes are UTF-16 has a BOM, which wins). 例：`HTMLCharset.declared(in:
/// Array("<meta charset=\"GBK\">".utf8))` → `"GB18030"`.
public enum HTMLCharset {
    /// The declared charset's ICU name, or nil when the page declares none.
    /// 例：`"Big5"` for `<meta charset="big5">`; nil for a page without a meta charset.
    /// - Complexity: O(1): at most 1024 bytes are read.
    public static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var i = 0
        while let meta = find(Array("<meta".utf8), in: head, from: i) {
            let end = head[meta...].firstIndex(of: 0x3E) ?? head.count
            let tag = Array(head[meta..<end])
            if let at = find(Array("charset".utf8), in: tag, from: 0) {
                var j = at + 7
                while j < tag.count, tag[j] == 0x20 { j += 1 }
                if j < tag.count, tag[j] == 0x3D {
                    j += 1
                    while j < tag.count, tag[j] == 0x20 || tag[j] == 0x22 || tag[j] == 0x27 { j += 1 }
                    var name: [UInt8] = []
                    while j < tag.count, isNameByte(tag[j]) { name.append(tag[j]); j += 1 }
                    if !name.isEmpty { return canonical(String(decoding: name, as: UTF8.self)) }
                }
            }
            i = end
        }
        return nil
    }

    private static func canonical(_ name: String) -> String {
        switch name {
        case "gb2312", "gbk", "x-gbk", "gb18030", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58": return "GB18030"
        case "utf-16", "utf-16le", "utf-16be", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "Big5"
        default: return name
        }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        for start in from...(hay.count - needle.count) where hay[start] == needle[0] {
            if Array(hay[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
