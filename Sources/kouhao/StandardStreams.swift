import Foundation
import KouhaoKit

/// Standard output and standard error for the CLI: buffered bytes out, diagnostics and the
/// progress line to stderr, all with write(2).
///
/// Used from the main thread only (the pipeline consumes results there).
enum StandardStreams {
    /// Whether the progress line is on the terminal now (it must go before other output does).
    nonisolated(unsafe) private static var progressShown = false
    /// Set once standard error fails (closed, a closed pipe): nothing more is tried there.
    nonisolated(unsafe) private static var stderrGone = false
    private static let stdoutIsTerminal = isatty(1) == 1

    /// Writes all of `bytes` to standard output, after clearing the progress line when both
    /// go to a terminal. A closed pipe (`kouhao … | head`) ends the program quietly (status 0),
    /// as other Unix tools do.
    static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if stdoutIsTerminal { clearProgress() }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { _exit(0) }
                    printError("kouhao: cannot write to standard output: \(String(cString: strerror(errno)))")
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

    /// One line on standard error (the progress line cleared first).
    static func printError(_ line: String) {
        clearProgress()
        writeError(Array((line + "\n").utf8))
    }

    /// Draws `line` as the progress line, over the previous one.
    static func drawProgress(_ line: String) {
        writeError(Array("\r\u{1B}[K\(line)".utf8))
        progressShown = !stderrGone
    }

    /// Removes the progress line, if it is shown.
    static func clearProgress() {
        guard progressShown else { return }
        progressShown = false
        writeError(Array("\r\u{1B}[K".utf8))
    }

    /// Writes to standard error with write(2). Failures — a closed pipe (`2>&1 | head -1`, where
    /// SIGPIPE is ignored and write fails with EPIPE), a closed descriptor — are ignored: the
    /// run goes on and its exit status still tells the outcome.
    private static func writeError(_ bytes: [UInt8]) {
        guard !stderrGone else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(2, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    stderrGone = true
                    return
                }
                offset += n
            }
        }
    }

    /// Whether standard error is a terminal (for the progress display).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    /// Whether standard input is a terminal (nothing piped in).
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
}
