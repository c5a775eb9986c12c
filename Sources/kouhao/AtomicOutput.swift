import Foundation
import KouhaoKit

/// Where a command's output goes: standard output, or a file replaced atomically.
///
/// A file is written to a temporary file beside it and renamed over it only once complete,
/// so a failed or interrupted run never leaves a truncated file nor destroys the old one.
struct AtomicOutput {
    /// The file to write, or nil (or `-`) for standard output.
    var path: String?

    /// Writes `bytes` in full.
    /// - Throws: ``KouhaoError/cannotWrite(path:reason:)``; the old file is then untouched.
    func write(_ bytes: [UInt8]) throws {
        guard let path, path != "-" else {
            StandardStreams.write(bytes)
            return
        }
        try Self.replace(path, with: bytes)
    }

    private static func replace(_ path: String, with bytes: [UInt8]) throws {
        func failure(_ what: String) -> KouhaoError {
            .cannotWrite(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory).\(name).kouhao-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw failure("cannot create a temporary file beside it") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        // Interrupted (Ctrl-C, kill) while the temporary file exists: remove it, then die of the signal.
        let previous = AtomicOutput.removeOnSignal(template)
        defer {
            if !renamed { unlink(temporary) }
            AtomicOutput.restoreSignals(previous)
        }
        do {
            defer { close(fd) }
            var offset = 0
            try bytes.withUnsafeBytes { raw in
                while offset < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw failure("write failed")
                    }
                    offset += n
                }
            }
            // The new file gets the old one's permissions, or the usual ones (0666 less umask).
            var st = stat()
            let mode: mode_t
            if stat(path, &st) == 0 {
                mode = st.st_mode & 0o7777
            } else {
                let mask = umask(0)
                umask(mask)
                mode = 0o666 & ~mask
            }
            fchmod(fd, mode)
            guard fsync(fd) == 0 else { throw failure("fsync failed") }
        }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace it") }
        renamed = true
    }

    /// The temporary file a signal handler must remove (a C string, or nil).
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>? = nil
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs handlers that unlink `path` and re-raise the signal; returns the old handlers.
    private static func removeOnSignal(_ path: [CChar]) -> [sigaction] {
        pending = strdup(path)
        return signals.map { sig in
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                if let p = AtomicOutput.pending { unlink(p) }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            var old = sigaction()
            sigaction(sig, &action, &old)
            return old
        }
    }

    private static func restoreSignals(_ previous: [sigaction]) {
        for (sig, old) in zip(signals, previous) {
            var old = old
            sigaction(sig, &old, nil)
        }
        free(pending)
        pending = nil
    }
}
