import Foundation

extension CorpusReader {
    /// The most bytes one document may have: the largest text the decoder takes in one piece.
    /// 例：536,870,911; a longer 全年汇编.txt, or `/dev/zero`, fails with ``KouhaoError/tooLarge(path:bytes:limit:)``.
    public static let maxDocumentBytes = TextDecoder.maxBytes

    /// Reads a file found by ``files(in:)``, going down from the named path one component at a
    /// time, so that a path longer than `PATH_MAX` is read too; unless the configuration follows
    /// links, a component that became a symbolic link since the listing is refused.
    /// 例：`try reader.read(reader.files(in: ["材料"]).files[0])` gives the bytes of `材料/2021/20210315.txt`.
    /// - Throws: ``KouhaoError/unreadable(path:reason:)``, ``KouhaoError/notFound(path:)`` or
    ///   ``KouhaoError/tooLarge(path:bytes:limit:)``.
    public func read(_ file: File, maxBytes: Int = CorpusReader.maxDocumentBytes) throws -> [UInt8] {
        if file.components.isEmpty { return try read(file.path, maxBytes: maxBytes) }
        var fd = open(file.root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let noFollow = configuration.followLinks ? 0 : O_NOFOLLOW
        for (i, name) in file.components.enumerated() {
            guard fd >= 0 else { break }
            // The last component is opened without blocking (it may have become a FIFO since the
            // listing); reading then checks that it is a regular file.
            let flags = i == file.components.count - 1 ? O_RDONLY | O_NONBLOCK : O_RDONLY | O_DIRECTORY
            let next = openat(fd, name, flags | O_CLOEXEC | noFollow)
            let code = errno
            close(fd)
            fd = next
            errno = code
        }
        guard fd >= 0 else { throw Self.openFailure(file.path, errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            throw KouhaoError.unreadable(path: file.path, reason: "no longer a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return try Self.read(descriptor: fd, path: file.path, maxBytes: maxBytes)
    }

    /// Reads a whole file named by path (a file named on the command line, a table, a list),
    /// up to `maxBytes`: devices and pipes are read too, and stopped at the limit.
    /// 例：`try CorpusReader().read("Corpus/01-devzone-lanxi.txt")`; `try CorpusReader().read("/dev/zero")`
    /// throws `.tooLarge(path: "/dev/zero", bytes: nil, limit: 536870911)` after reading that much.
    /// - Throws: ``KouhaoError/unreadable(path:reason:)``, ``KouhaoError/notFound(path:)`` or
    ///   ``KouhaoError/tooLarge(path:bytes:limit:)``.
    public func read(_ path: String, maxBytes: Int = CorpusReader.maxDocumentBytes) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.openFailure(path, errno) }
        defer { close(fd) }
        return try Self.read(descriptor: fd, path: path, maxBytes: maxBytes)
    }

    /// Reads everything from an open descriptor — a file, a pipe, a device, standard input —
    /// keeping at most `maxBytes`: the one capped read behind every input kouhao takes.
    ///
    /// A regular file larger than the limit is refused before reading; any other source is
    /// read until the limit and refused when more follows, so an endless source (`/dev/zero`,
    /// `yes |`) costs at most the limit in memory and never runs the process out of it.
    /// 例：`try CorpusReader.read(descriptor: 0, path: "-", maxBytes: 1 << 20)` reads standard input,
    /// up to 1 MiB.
    /// - Throws: ``KouhaoError/tooLarge(path:bytes:limit:)`` (`bytes` nil when the source has no
    ///   size) or ``KouhaoError/unreadable(path:reason:)``.
    /// - Complexity: O(n), n ≤ `maxBytes`.
    public static func read(descriptor fd: Int32, path: String, maxBytes: Int) throws -> [UInt8] {
        var st = stat()
        var expected = 0
        if fstat(fd, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                throw KouhaoError.unreadable(path: path, reason: "is a directory")
            case S_IFREG:
                if Int(st.st_size) > maxBytes {
                    throw KouhaoError.tooLarge(path: path, bytes: Int(st.st_size), limit: maxBytes)
                }
                expected = Int(st.st_size)
            default:
                break
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, maxBytes) + 1)
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            // One byte past the limit tells a source that ends exactly at it from a longer one.
            let wanted = min(chunkSize, maxBytes + 1 - bytes.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if n < 0 {
                if errno == EINTR { continue }
                throw KouhaoError.unreadable(path: path, reason: KouhaoError.systemReason(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes {
                let known = st.st_mode & S_IFMT == S_IFREG ? Int(st.st_size) : nil
                throw KouhaoError.tooLarge(path: path, bytes: known.flatMap { $0 > maxBytes ? $0 : nil }, limit: maxBytes)
            }
        }
        return bytes
    }

    private static func openFailure(_ path: String, _ code: Int32) -> KouhaoError {
        if code == ENOENT { return .notFound(path: path) }
        if code == ELOOP { return .unreadable(path: path, reason: "a symbolic link loop, or a link where none was listed") }
        return .unreadable(path: path, reason: KouhaoError.systemReason(code))
    }
}
