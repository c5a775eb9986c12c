import Foundation

/// Finds the documents of a corpus and reads their bytes: files and directories
/// (recursively, in a stable order), with include/exclude globs.
///
/// Paths named by the caller are taken as they are (a symbolic link named on the command
/// line is followed). Within a walk, as `find` and ripgrep do, symbolic links are passed over
/// with a note unless ``Configuration/followLinks`` is set; hidden files and directories
/// (name starting with `.`) are skipped with a note; a directory reached twice (a loop) is
/// reported and not entered again. The walk and the reads go down from the named directory
/// one component at a time (`openat`), so files whose path is longer than `PATH_MAX` are read
/// too, and a component that became a symbolic link after listing is refused. Everything
/// else about a document (decoding, analysis) happens elsewhere.
/// 例：`CorpusReader().files(in: ["Corpus"])` lists `Corpus/01-….txt`, … in name order.
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
        /// Whether symbolic links met in a walk are followed (`kouhao -L`); off by default, so a
        /// link planted in a corpus (to `/etc/passwd`, `/proc/self/environ`) cannot pull outside
        /// files into the output. Paths named by the caller are followed either way.
        /// 例：with false, `材料/附件.txt -> /etc/passwd` gives `材料/附件.txt: note: symbolic link: skipped …`.
        public var followLinks: Bool

        /// All non-hidden files; symbolic links found in a walk are not followed.
        /// 例：`CorpusReader(configuration: .default).files(in: ["材料"])` takes `材料/附件.docx` too.
        public static let `default` = Configuration()

        /// A configuration. 例：`Configuration(include: ["*.txt"], followLinks: true)`.
        public init(include: [String] = [], exclude: [String] = [], includeHidden: Bool = false, followLinks: Bool = false) {
            self.include = include
            self.exclude = exclude
            self.includeHidden = includeHidden
            self.followLinks = followLinks
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
        /// The path the caller named (a file, or the directory walked).
        var root: String
        /// The names below `root`, in order (empty for a file named directly).
        var components: [String]

        init(path: String, size: Int, root: String, components: [String] = []) {
            self.path = path
            self.size = size
            self.root = root
            self.components = components
        }
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
    /// - Complexity: O(entries) plus sorting each directory's names; one open directory per
    ///   level of depth.
    public func files(in paths: [String]) -> Listing {
        var listing = Listing(files: [], diagnostics: [])
        var visited = Set<DirectoryID>()
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                listing.diagnostics.append(Diagnostic(.error, Self.statFailure(errno, lstatPath: path), path: path))
                continue
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else {
                    listing.diagnostics.append(Diagnostic(.error, "cannot open directory: \(KouhaoError.systemReason(errno))", path: path))
                    continue
                }
                walk(fd, path: path, root: path, components: [], stat: st, visited: &visited, into: &listing)
            } else {
                listing.files.append(File(path: path, size: Int(st.st_size), root: path))
            }
        }
        return listing
    }

    private struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Why `stat` failed, for a message: a broken link, a link loop, or the system's reason.
    private static func statFailure(_ code: Int32, lstatPath: String? = nil, at directory: Int32 = AT_FDCWD, name: String? = nil) -> String {
        var lst = stat()
        let isLink = lstatat(directory, name ?? lstatPath ?? "", &lst) && lst.st_mode & S_IFMT == S_IFLNK
        switch code {
        case ENOENT where isLink:
            return "broken symbolic link (its target does not exist)"
        case ENOENT:
            return "no such file or directory: check the path"
        case ELOOP:
            return "symbolic link loop (the link points to itself, or links point round in a circle)"
        default:
            return "cannot read: \(KouhaoError.systemReason(code))"
        }
    }

    private static func lstatat(_ directory: Int32, _ name: String, _ st: inout stat) -> Bool {
        fstatat(directory, name, &st, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// Walks the directory open as `fd` (taken over and closed), named `path`.
    private func walk(_ fd: Int32, path directory: String, root: String, components: [String], stat dirStat: stat,
                      visited: inout Set<DirectoryID>, into listing: inout Listing) {
        let id = DirectoryID(device: UInt64(dirStat.st_dev), inode: UInt64(dirStat.st_ino))
        guard visited.insert(id).inserted else {
            close(fd)
            listing.diagnostics.append(Diagnostic(.warning, "directory already visited (symbolic link loop?): skipped", path: directory))
            return
        }
        guard let dir = fdopendir(fd) else {
            close(fd)
            listing.diagnostics.append(Diagnostic(.error, "cannot open directory: \(KouhaoError.systemReason(errno))", path: directory))
            return
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let dfd = dirfd(dir)
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let follow = configuration.followLinks
        for name in names {
            let path = base + name
            if name.hasPrefix("."), !configuration.includeHidden {
                listing.diagnostics.append(Diagnostic(.note, "hidden: skipped", path: path))
                continue
            }
            var st = stat()
            guard fstatat(dfd, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else {
                let reason = Self.statFailure(errno, at: dfd, name: name)
                listing.diagnostics.append(Diagnostic(.warning, "\(reason): skipped", path: path))
                continue
            }
            let below = components + [name]
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let child = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW))
                guard child >= 0 else {
                    listing.diagnostics.append(Diagnostic(.error, "cannot open directory: \(KouhaoError.systemReason(errno))", path: path))
                    continue
                }
                walk(child, path: path, root: root, components: below, stat: st, visited: &visited, into: &listing)
            case S_IFREG:
                if accepts(relativePath: below.joined(separator: "/"), name: name) {
                    listing.files.append(File(path: path, size: Int(st.st_size), root: root, components: below))
                }
            case S_IFLNK:
                listing.diagnostics.append(Diagnostic(
                    .note, "symbolic link: skipped (links found in a directory are not followed; -L/--follow follows them)", path: path))
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
}
