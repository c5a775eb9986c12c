import KouhaoKit

/// Hands out the items of a run one at a time, in order: the listed files and standard
/// input as they are, or (with `--documents jsonl`) the lines of each of them, read as the
/// run goes, so that a stream of any length runs in bounded memory.
///
/// Only called from ``OrderedPipeline``'s `produce`, which is serialised.
/// 例：`kouhao glossary --documents jsonl 一月.jsonl 二月.jsonl` hands out 一月's lines, then 二月's.
final class InputProducer: @unchecked Sendable {
    private var items: IndexingIterator<[InputItem]>
    private let packing: DocumentPacking
    private var stream: DocumentStream?

    init(_ items: [InputItem], packing: DocumentPacking) {
        self.items = items.makeIterator()
        self.packing = packing
    }

    /// The next item, or nil when every input is done.
    func next() -> InputItem? {
        guard packing == .jsonl else { return items.next() }
        while true {
            if let stream {
                switch stream.next() {
                case .line(let number, let bytes)?: return .line(stream: stream.name, number: number, bytes: bytes)
                case .failure(let number, let message)?: return .unreadable(stream: stream.name, number: number, message: message)
                case nil: self.stream = nil
                }
            }
            switch items.next() {
            case nil: return nil
            case .standardInput?: stream = DocumentStream.standardInput()
            case .file(let file)?:
                do { stream = try DocumentStream(file: file.path) } catch {
                    return .unreadable(stream: file.path, number: nil, message: "\(error)")
                }
            case let other?: return other
            }
        }
    }
}
