import Foundation
import KouhaoKit

/// Reports on a run, on the main thread: diagnostics to stderr, a progress bar when stderr
/// is a terminal, and the final summary and exit status.
///
/// The bar appears only once a run has taken half a second (short runs show none) and while
/// inputs remain (a single document shows none), redraws at most ten times a second, and is
/// cleared before anything else reaches the terminal (``StandardStreams``).
final class Reporter {
    /// How long a run goes before the bar appears.
    static let progressDelay: TimeInterval = 0.5
    private let quiet: Bool
    private let showProgress: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private(set) var documents = 0
    private(set) var failed = 0
    private(set) var skipped = 0
    private(set) var bytes = 0
    private var empty = 0
    private var encodings: [String: Int] = [:]
    private var passedOver = 0
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
            StandardStreams.printError("kouhao: \(d)")
        }
    }

    /// Records one loaded (or failed, or skipped) input.
    func record(_ result: LoadResult) {
        report(result.diagnostics)
        bytes += result.byteCount
        if result.failed {
            failed += 1
        } else if let document = result.document {
            documents += 1
            if document.byteCount == 0 { empty += 1 }
            encodings[document.decoded.encoding.name, default: 0] += 1
        } else {
            skipped += 1
        }
        drawProgress()
    }

    /// Records what listing the inputs found: paths that do not exist or cannot be opened
    /// count as failures; hidden files, symbolic link loops, broken links and special files
    /// as passed over.
    func recordListing(_ diagnostics: [Diagnostic]) {
        report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        failed += errors
        passedOver += diagnostics.count - errors
    }

    private func drawProgress() {
        guard showProgress else { return }
        let now = Date()
        let done = documents + failed + skipped
        // Nothing to show before half a second, nor once every input is in (a single document).
        guard done < totalItems, now.timeIntervalSince(started) >= Self.progressDelay,
              now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let line = ProgressLine(files: done, totalFiles: totalItems, bytes: bytes,
                                totalBytes: totalBytes, elapsed: now.timeIntervalSince(started))
        StandardStreams.drawProgress("\(line)")
    }

    /// What the run did, in one line:
    /// `4 documents processed (1 empty; 3 UTF-8, 1 GB18030), 1 skipped, 2 failed; 3 paths passed over while listing`.
    var summary: String {
        var line = "\(documents) document\(documents == 1 ? "" : "s") processed"
        var details: [String] = []
        if empty > 0 { details.append("\(empty) empty") }
        if encodings.count > 1 || (encodings.count == 1 && encodings["UTF-8"] == nil) {
            details.append(encodings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        if !details.isEmpty { line += " (\(details.joined(separator: "; ")))" }
        if skipped > 0 { line += ", \(skipped) skipped" }
        if failed > 0 { line += ", \(failed) failed" }
        if passedOver > 0 { line += "; \(passedOver) path\(passedOver == 1 ? "" : "s") passed over while listing" }
        return line
    }

    /// Clears the progress line, prints the summary — always when something failed, else
    /// unless quiet when there was more than one input or something to note — and returns
    /// the exit status: 0, or 1 when an input failed.
    func finish() -> Int32 {
        StandardStreams.clearProgress()
        if failed > 0 {
            StandardStreams.printError("kouhao: \(summary) (see the messages above)")
            return 1
        }
        if !quiet, documents + skipped > 1 || skipped + passedOver + empty > 0 {
            StandardStreams.printError("kouhao: \(summary)")
        }
        return 0
    }
}
