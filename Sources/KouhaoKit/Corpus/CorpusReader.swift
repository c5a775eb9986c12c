import Foundation

/// Finds the documents of a corpus and reads their bytes: files and directories
/// (recursively, in a stable order), with include/exclude globs.
///
/// Hidden files and directories (name starting with `.`) are skipped with a note unless
/// named directly; directories reached twice through symbolic links (a loop) are reported
/// and not entered again. Everything else about a document (decoding, analysis) happens
/// elsewhere. 例：`CorpusReader().files(in: ["Corpus"])` lists `Corpus/01-….txt`, … in name order.
public struct CorpusReader: Sendable {
    /// Which files to take.
    ///
    /// 例：`Configuration(include: ["*.txt"], exclude: ["*草稿*"])`.
    public struct Configuration: Hashable, Sendable {
        /// Only files matching one of these globs (empty: all). A glob without `/` matches
        /// the file name, one with `/` the path below the named directory; `*` and `?` and
        /// `[…]` as in the shell, `*` also crossing `/` in path globs.
        /// 例：over `材料`, `["*.txt"]` leaves out `材料/附件.docx`; `["2021/*.txt"]` takes only
        /// `材料/2021/20210315.txt`.
        public var include: [String]
        /// Files matching one of these globs are left out (same syntax as `include`).
        /// 例：`["*草稿*"]` leaves out `材料/2022/通知草稿.txt`.
        public var exclude: [String]
        /// Whether hidden files and directories are read when met in a walk.
        /// 例：with true, `材料/.备份/20210315.txt` is listed instead of `材料/.备份: note: hidden: skipped`.
        public var includeHidden: Bool

        /// All non-hidden files.
        /// 例：`CorpusReader(configuration: .default).files(in: ["材料"])` takes `材料/附件.docx` too.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(include: ["*.txt"])`.
        public init(include: [String] = [], exclude: [String] = [], includeHidden: Bool = false) {
            self.include = include
            self.exclude = exclude
            self.includeHidden = includeHidden
        }
    }

    /// One document found in a walk.
    ///
    /// 例：`File` with `path` "Corpus/03-county-notice.txt" and `size` 4812, listed by ``CorpusReader/files(in:)``.
    public struct File: Hashable, Sendable {
        /// The path, as the user named it plus the components below it.
        /// 例：`材料/2021/20210315.txt` when `材料` was named.
        public var path: String
        /// Its size in bytes when listed.
        /// 例：154 for a UTF-8 file of 51 characters (three bytes each) and a line end.
        public var size: Int
    }

    /// What a walk found.
    ///
    /// 例：a walk of a folder with a symlink loop gives its files and one `.warning` diagnostic.
    public struct Listing: Sendable {
        /// The files, in walk order (each directory's entries sorted by name).
        /// 例：`材料/2021/20210315.txt`, `材料/2022/20220601.txt`, `材料/2023/乡镇通知.txt`.
        public var files: [File]
        /// What was skipped and why; `.error` for paths that do not exist or cannot be read.
        /// 例：`材料/.备份: note: hidden: skipped`.
        public var diagnostics: [Diagnostic]
    }

    /// The configuration in use. 例：`CorpusReader().configuration == .default`.
    public var configuration: Configuration

    /// A reader. 例：`CorpusReader(configuration: .init(include: ["*.txt"]))`.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Lists the files under `paths` (files are taken as they are, directories walked).
    /// 例：`files(in: ["材料", "补充/0701通知.txt"])` walks 材料 and takes 0701通知.txt as it is.
    /// - Complexity: O(entries) plus sorting each directory's names.
    public func files(in paths: [String]) -> Listing {
        var listing = Listing(files: [], diagnostics: [])
        var visited = Set<DirectoryID>()
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                let reason = String(cString: strerror(errno))
                listing.diagnostics.append(Diagnostic(
                    .error, errno == ENOENT ? "no such file or directory: check the path" : "cannot read: \(reason)", path: path))
                continue
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                walk(path, relative: "", stat: st, visited: &visited, into: &listing)
            } else {
                listing.files.append(File(path: path, size: Int(st.st_size)))
            }
        }
        return listing
    }

    private struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func walk(_ directory: String, relative: String, stat dirStat: stat,
                      visited: inout Set<DirectoryID>, into listing: inout Listing) {
        let id = DirectoryID(device: UInt64(dirStat.st_dev), inode: UInt64(dirStat.st_ino))
        guard visited.insert(id).inserted else {
            listing.diagnostics.append(Diagnostic(.warning, "directory already visited (symbolic link loop?): skipped", path: directory))
            return
        }
        guard let dir = opendir(directory) else {
            listing.diagnostics.append(Diagnostic(.error, "cannot open directory: \(String(cString: strerror(errno))): check its permissions", path: directory))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(dir)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names {
            let path = base + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix("."), !configuration.includeHidden {
                listing.diagnostics.append(Diagnostic(.note, "hidden: skipped", path: path))
                continue
            }
            var st = stat()
            guard stat(path, &st) == 0 else {
                var lst = stat()
                let dangling = lstat(path, &lst) == 0 && lst.st_mode & S_IFMT == S_IFLNK
                listing.diagnostics.append(Diagnostic(
                    .warning, dangling ? "broken symbolic link: skipped" : "cannot read: \(String(cString: strerror(errno))): skipped", path: path))
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: rel, stat: st, visited: &visited, into: &listing)
            case S_IFREG:
                if accepts(relativePath: rel, name: name) {
                    listing.files.append(File(path: path, size: Int(st.st_size)))
                }
            default:
                listing.diagnostics.append(Diagnostic(.note, "not a regular file: skipped", path: path))
            }
        }
    }

    /// Whether the include/exclude globs let a file through.
    func accepts(relativePath: String, name: String) -> Bool {
        func matches(_ glob: String) -> Bool {
            let subject = glob.contains("/") ? relativePath : name
            return fnmatch(glob, subject, 0) == 0
        }
        if !configuration.include.isEmpty, !configuration.include.contains(where: matches) { return false }
        return !configuration.exclude.contains(where: matches)
    }

    /// Reads a whole file, refusing one larger than `maxBytes` before reading it.
    /// 例：`try CorpusReader().read("Corpus/01-devzone-lanxi.txt", maxBytes: TextDecoder.maxBytes)`.
    /// - Throws: ``KouhaoError/unreadable(path:reason:)``, ``KouhaoError/notFound(path:)`` or
    ///   ``KouhaoError/tooLarge(path:bytes:limit:)``.
    public func read(_ path: String, maxBytes: Int = .max) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            if errno == ENOENT { throw KouhaoError.notFound(path: path) }
            throw KouhaoError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var st = stat()
        _ = fstat(fd, &st)
        if st.st_mode & S_IFMT == S_IFDIR {
            throw KouhaoError.unreadable(path: path, reason: "is a directory")
        }
        if Int(st.st_size) > maxBytes {
            throw KouhaoError.tooLarge(path: path, bytes: Int(st.st_size), limit: maxBytes)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(st.st_size), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw KouhaoError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
