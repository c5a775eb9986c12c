import Foundation
import KouhaoKit

/// Standard output and standard error for the CLI: buffered bytes out, diagnostics to stderr.
enum StandardStreams {
    /// Writes all of `bytes` to standard output. A closed pipe (`kouhao … | head`) ends
    /// the program quietly, as other Unix tools do.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    FileHandle.standardError.write(Data("kouhao: cannot write to standard output: \(String(cString: strerror(errno)))\n".utf8))
                    exit(1)
                }
                offset += n
            }
        }
    }

    /// Writes and empties `sink`.
    static func flush(_ sink: inout ByteSink) {
        write(sink.bytes)
        sink.removeAll()
    }

    /// One line on standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is a terminal (for the progress display).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    /// Whether standard input is a terminal (nothing piped in).
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
}
