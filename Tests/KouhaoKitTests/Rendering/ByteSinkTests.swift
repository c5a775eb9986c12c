import Testing
@testable import KouhaoKit

@Suite struct ByteSinkTests {
    @Test func utf16ToUTF8() {
        var sink = ByteSink()
        let s = "四风𠀀a\u{7FF}"
        sink.append(utf16: Array(s.utf16)[...])
        #expect(sink.bytes == Array(s.utf8))
    }

    @Test func jsonEscaping() {
        var sink = ByteSink()
        sink.appendJSONString("“两学一做”\n\"a\\b\"\u{1}")
        #expect(String(decoding: sink.bytes, as: UTF8.self) == #""“两学一做”\n\"a\\b\"\u0001""#)
    }
}
