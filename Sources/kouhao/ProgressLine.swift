import Foundation

/// The progress display of a corpus run: a bar, files, megabytes, speed and time left.
///
/// `[███████░░░░░░░░░░░░░]  812/2190 files  16.3/44.0 MB  5.4 MB/s  ETA 5s`
/// (MB = 10^6 bytes of input as read; the bar and ETA go by bytes when sizes are known).
struct ProgressLine: CustomStringConvertible {
    var files: Int
    var totalFiles: Int
    var bytes: Int
    var totalBytes: Int
    var elapsed: TimeInterval

    var description: String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(bytes) / 1_000_000 / seconds
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes)
            : totalFiles > 0 ? Double(files) / Double(totalFiles) : 0
        let width = 20
        let filled = min(width, max(0, Int((fraction * Double(width)).rounded(.down))))
        var line = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
        line += totalFiles > 0 ? "  \(files)/\(totalFiles) files" : "  \(files) documents"
        line += "  " + (totalBytes > 0 ? String(format: "%.1f/%.1f MB", Double(bytes) / 1_000_000, Double(totalBytes) / 1_000_000)
            : String(format: "%.1f MB", Double(bytes) / 1_000_000))
        line += "  " + String(format: "%.1f MB/s", rate)
        if fraction > 0, fraction < 1 {
            line += "  ETA " + Self.duration(seconds * (1 - fraction) / fraction)
        }
        return line
    }

    /// `45s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60)
    }
}
