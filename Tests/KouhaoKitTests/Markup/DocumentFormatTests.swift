import Testing
@testable import KouhaoKit

@Suite struct DocumentFormatTests {
    @Test(arguments: [
        ("%PDF-1.7\n…", "报告", DocumentFormat.pdf),
        ("<!DOCTYPE html>\n<html>", "通知", .html),
        ("\u{FEFF}  <html lang=\"zh\">", "-", .html),
        ("<!-- 保存自政府网站 -->\n<HTML><BODY>", "-", .html),
        ("推进“三农”工作", "通知.htm", .html),
        ("推进“三农”工作", "通知.txt", .text),
        ("<p>推进“三农”工作</p>", "-", .text),
    ])
    func detects(start: String, path: String, format: DocumentFormat) {
        #expect(DocumentFormat(bytes: Array(start.utf8), path: path) == format)
    }

    @Test(arguments: [
        ("<meta charset=\"gbk\">", "GB18030"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">", "GB18030"),
        ("<meta charset='big5'>", "Big5"),
        ("<meta charset=utf-8>", "utf-8"),
        ("<meta name=\"keywords\" content=\"三农\">", nil),
    ] as [(String, String?)])
    func declaredCharsets(head: String, charset: String?) {
        #expect(HTMLCharset.declared(in: Array("<html><head>\(head)</head>".utf8)) == charset)
    }
}
