import Foundation
import Testing
@testable import KouhaoKit

@Suite struct DocumentReferenceTests {
    @Test(arguments: [
        ("Corpus/01.txt", "Corpus/02.txt", true),
        ("a/b.txt", "a.txt", true),          // the directory a is walked before the file a.txt
        ("a.txt", "a/b.txt", false),
        ("a", "a/b", true),
        ("x.txt", "x.txt", false),
    ])
    func pathOrder(a: String, b: String, precedes: Bool) {
        #expect(DocumentReference.pathPrecedes(a, b) == precedes)
    }

    @Test func pathOrderIsTheWalkOrder() throws {
        let root = NSTemporaryDirectory() + "kouhao-order-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for path in ["a.txt", "a/z.txt", "a-b/1.txt", "b/20150101.txt", "B.txt", "a/b/c.txt", "中文/文件.txt"] {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("四风".utf8).write(to: url)
        }
        let walked = CorpusReader().files(in: [root]).files.map(\.path)
        #expect(walked.sorted(by: DocumentReference.pathPrecedes) == walked)
        #expect(walked.count == 7)
    }

    @Test func dateOrderPutsUndatedLast() {
        let a = DocumentReference(path: "b/20150101.txt"), b = DocumentReference(path: "a/20160101.txt"), c = DocumentReference(path: "a/0-说明.txt")
        #expect(DocumentReference.precedes(a, b, in: .date))
        #expect(DocumentReference.precedes(b, a, in: .path))
        #expect(DocumentReference.precedes(b, c, in: .date))
        #expect(DocumentReference.precedes(c, b, in: .path))
    }
}
