import Foundation
import KouhaoKit

/// Reports on a run, on the main thread: diagnostics to stderr, a progress line when stderr
/// is a terminal, and the final summary and exit status.
final class Reporter {
    private let quiet: Bool
    private let showProgress: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var progressShown = false
    private(set) var documents = 0
    private(set) var failed = 0
    private(set) var skipped = 0
    private(set) var bytes = 0
    private var totalItems = 0
    private var totalBytes = 0

    init(quiet: Bool) {
        self.quiet = quiet
        showProgress = !quiet && StandardStreams.stderrIsTerminal
    }

    /// Sets what the progress display counts towards.
    func expect(items: Int, bytes: Int) {
        totalItems = items
        totalBytes = bytes
    }

    /// Prints diagnostics (notes only when not quiet) and counts errors as failures.
    func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            if d.severity == .note && quiet { continue }
            clearProgress()
            StandardStreams.printError("kouhao: \(d)")
        }
    }

    /// Records one loaded (or failed, or skipped) input.
    func record(_ result: LoadResult) {
        report(result.diagnostics)
        bytes += result.byteCount
        if result.failed { failed += 1 } else if result.document == nil { skipped += 1 } else { documents += 1 }
        drawProgress()
    }

    /// Counts failures found before loading (paths that do not exist).
    func recordListing(_ diagnostics: [Diagnostic]) {
        report(diagnostics)
        failed += diagnostics.filter { $0.severity == .error }.count
    }

    private func drawProgress() {
        guard showProgress else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = mb / elapsed
        var line = "\r\u{1B}[K\(documents + failed + skipped)/\(totalItems) files  \(String(format: "%.1f", mb)) MB  \(String(format: "%.1f", rate)) MB/s"
        if totalBytes > 0, rate > 0 {
            let remaining = Double(max(totalBytes - bytes, 0)) / 1_000_000 / rate
            line += "  ETA \(Int(remaining.rounded()))s"
        }
        FileHandle.standardError.write(Data(line.utf8))
        progressShown = true
    }

    private func clearProgress() {
        guard progressShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        progressShown = false
    }

    /// Clears the progress line, prints a summary when something failed, and returns the
    /// exit status: 0, or 1 when an input failed.
    func finish() -> Int32 {
        clearProgress()
        if failed > 0 {
            StandardStreams.printError("kouhao: \(failed) input(s) failed, \(documents) processed, \(skipped) skipped (see the messages above)")
            return 1
        }
        if !quiet, skipped > 0, documents + failed + skipped > 1 {
            StandardStreams.printError("kouhao: \(documents) processed, \(skipped) skipped")
        }
        return 0
    }
}
