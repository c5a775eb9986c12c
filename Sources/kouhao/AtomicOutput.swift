import Foundation
import KouhaoKit

/// Where a command's output goes (`-o FILE`): standard output, a device or FIFO written as it
/// is, or a regular file replaced atomically.
///
/// - Standard output: no path, `-`, or a path that is the same file as standard output
///   (`-o /dev/stdout`, or the file stdout is redirected to).
/// - An existing target that is not a regular file (`/dev/null`, a FIFO, a terminal) is written
///   directly: no temporary file, no rename, so a device node is never replaced by a file.
/// - A regular file (or a new one) is written to a temporary file beside it, `.NAME.kouhao-XXXXXX`,
///   and renamed over it only once complete: a failed or interrupted run never leaves a
///   truncated file nor destroys the old one. The new file keeps the old one's permissions.
///   Through a symbolic link, the file the link points to is replaced and the link stays. A
///   read-only file (no write permission for you, or for anybody) is refused, not replaced.
///   Temporary files of this pattern left beside the target by a killed run (`kill -9`) are
///   removed on the next write: each is locked while its run lives, so only orphans go.
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
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT {
                var lst = stat()
                if lstat(path, &lst) == 0 {
                    throw KouhaoError.cannotWrite(path: path, reason: "a broken symbolic link: point it at a file, or remove it")
                }
                return try Self.replace(path, with: bytes)
            }
            throw KouhaoError.cannotWrite(path: path, reason: Self.advice(errno))
        }
        var out = stat()
        if fstat(1, &out) == 0, out.st_dev == st.st_dev, out.st_ino == st.st_ino {
            StandardStreams.write(bytes)
            return
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            throw KouhaoError.cannotWrite(path: path, reason: "it is a directory: name a file (-o \(path.hasSuffix("/") ? path : path + "/")glossary.md)")
        case S_IFREG:
            guard access(path, W_OK) == 0, st.st_mode & 0o222 != 0 else {
                throw KouhaoError.cannotWrite(path: path, reason: "it is read-only: make it writable (chmod u+w) or write to another file")
            }
            var target = path
            var lst = stat()
            if lstat(path, &lst) == 0, lst.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            try Self.replace(target, with: bytes, shownAs: path)
        default:
            try Self.writeDirectly(path, bytes)
        }
    }

    /// Writes into an existing device, FIFO or other special file as it is.
    private static func writeDirectly(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw KouhaoError.cannotWrite(path: path, reason: advice(errno)) }
        defer { close(fd) }
        if let code = writeAll(fd, bytes) {
            throw KouhaoError.cannotWrite(path: path, reason: "write failed: \(advice(code))")
        }
    }

    /// Writes all of `bytes`; returns errno on failure.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        return bytes.withUnsafeBytes { raw -> Int32? in
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// The system's reason with what to do about it.
    private static func advice(_ code: Int32) -> String {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT: return "\(reason): check that the directory exists"
        case EACCES, EPERM: return "\(reason): check the permissions of the file and its directory"
        case EROFS: return "\(reason): write to another file system"
        case ENOSPC, EDQUOT: return "\(reason): free some space"
        case ENXIO: return "\(reason): nothing reads from it (a socket or a FIFO without a reader)"
        default: return reason
        }
    }

    /// The directory part of `path` (with its slash) and the file name.
    private static func split(_ path: String) -> (directory: String, name: String) {
        let slash = path.lastIndex(of: "/")
        return (slash.map { String(path[...$0]) } ?? "", slash.map { String(path[path.index(after: $0)...]) } ?? path)
    }

    private static func replace(_ path: String, with bytes: [UInt8], shownAs shown: String? = nil) throws {
        func failure(_ what: String, _ code: Int32 = errno) -> KouhaoError {
            .cannotWrite(path: shown ?? path, reason: "\(what): \(advice(code))")
        }
        let (directory, name) = split(path)
        removeStaleTemporaries(in: directory, of: name)
        var template = Array("\(directory).\(name).kouhao-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw failure("cannot create a temporary file beside it") }
        // Held until the rename: a later run sees the file locked and leaves it alone.
        _ = flock(fd, LOCK_EX | LOCK_NB)
        defer { close(fd) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        // Interrupted (Ctrl-C, kill) while the temporary file exists: remove it, then die of the signal.
        let previous = AtomicOutput.removeOnSignal(template)
        defer {
            if !renamed { unlink(temporary) }
            AtomicOutput.restoreSignals(previous)
        }
        if let code = writeAll(fd, bytes) { throw failure("write failed", code) }
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
        guard rename(temporary, path) == 0 else { throw failure("cannot replace it") }
        renamed = true
    }

    /// Removes `.NAME.kouhao-XXXXXX` files in `directory` that no live run holds: a run killed
    /// with SIGKILL cannot remove its own. A file is an orphan when its lock is free and it was
    /// last written more than a second ago (a run locks its file right after creating it).
    static func removeStaleTemporaries(in directory: String, of name: String) {
        let prefix = ".\(name).kouhao-"
        guard let dir = opendir(directory.isEmpty ? "." : directory) else { return }
        defer { closedir(dir) }
        let dfd = dirfd(dir)
        var candidates: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if entryName.hasPrefix(prefix), entryName.utf8.count == prefix.utf8.count + 6 { candidates.append(entryName) }
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        for candidate in candidates {
            let fd = openat(dfd, candidate, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
            // The age to the nanosecond (whole seconds kept a file written 1.9 s ago).
            let age = Double(now.tv_sec - st.st_mtim.tv_sec) + Double(now.tv_nsec - st.st_mtim.tv_nsec) / 1e9
            guard age > 1, flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            unlinkat(dfd, candidate, 0)
        }
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
