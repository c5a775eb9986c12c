import Foundation
import KouhaoKit

/// The lines of one input read as a stream of documents (`--documents jsonl`): standard
/// input or a file, read in blocks, handed out one line at a time, so memory holds the
/// lines in flight, not the stream.
///
/// 例：`seq`-like producers, `jq -c '{path, text}' crawl.jsonl | kouhao glossary --documents jsonl`.
final class DocumentStream {
    /// The longest line taken: a document of the largest size, in Base64, with room to spare.
    static let maxLineBytes = 1 << 30

    /// The name of the stream in messages: `-` or the file's path.
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var ended = false
    private var lineNumber = 0
    private var skippingLongLine = false

    /// A stream over standard input. 例：`DocumentStream.standardInput()`.
    static func standardInput() -> DocumentStream {
        DocumentStream(name: "-", descriptor: 0, owns: false)
    }

    /// A stream over the file at `path`. 例：`try DocumentStream(file: "语料.jsonl")`.
    /// - Throws: ``KouhaoError/unreadable(path:reason:)`` when it cannot be opened.
    convenience init(file path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw KouhaoError.unreadable(path: path, reason: KouhaoError.systemReason(errno)) }
        self.init(name: path, descriptor: fd, owns: true)
    }

    private init(name: String, descriptor: Int32, owns: Bool) {
        self.name = name
        self.descriptor = descriptor
        ownsDescriptor = owns
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// One line of the stream: its 1-based number and bytes without the line end, or what
    /// went wrong reading it.
    enum Line {
        case line(number: Int, bytes: [UInt8])
        case failure(number: Int, message: String)
    }

    /// The next non-blank line, or nil at the end of the stream.
    /// - Complexity: amortized O(length of the line).
    func next() -> Line? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let range = start..<newline
                start = newline + 1
                scanned = start
                if skippingLongLine {
                    skippingLongLine = false
                    continue
                }
                if let line = make(range) { return line }
                continue
            }
            scanned = buffer.count
            if buffer.count - start > Self.maxLineBytes, !skippingLongLine {
                // Too long to be a document: report it once and drop bytes up to its end.
                skippingLongLine = true
                start = buffer.count
                compact()
                return .failure(number: lineNumber + 1, message: "line longer than \(Self.maxLineBytes >> 20) MB: skipped")
            }
            if skippingLongLine { start = buffer.count }
            if ended {
                guard start < buffer.count else { return nil }
                lineNumber += 1
                let range = start..<buffer.count
                start = buffer.count
                scanned = start
                if skippingLongLine { return nil }
                if let line = make(range) { return line }
                return nil
            }
            compact()
            if let failure = fill() { return failure }
        }
    }

    /// The line in `range`, or nil when it is blank.
    private func make(_ range: Range<Int>) -> Line? {
        let bytes = buffer[range]
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        return .line(number: lineNumber, bytes: Array(bytes))
    }

    /// Drops the bytes before `start` once they are the larger part of the buffer.
    private func compact() {
        guard start > 0, start * 2 >= buffer.count else { return }
        buffer.removeSubrange(0..<start)
        scanned -= start
        start = 0
    }

    /// Reads the next block; sets `ended` at the end of the stream.
    private func fill() -> Line? {
        let block = 1 << 20
        let old = buffer.count
        buffer.reserveCapacity(old + block)
        buffer.append(contentsOf: repeatElement(0, count: block))
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, block) }
            if n < 0, errno == EINTR { continue }
            if n < 0 {
                let reason = KouhaoError.systemReason(errno)
                buffer.removeSubrange(old...)
                ended = true
                return .failure(number: lineNumber + 1, message: "cannot read: \(reason)")
            }
            buffer.removeSubrange((old + n)...)
            if n == 0 { ended = true }
            return nil
        }
    }
}
