import Foundation
import KouhaoKit

/// The text of a PDF file, extracted by poppler's `pdftotext` (Debian: poppler-utils).
///
/// The library never runs programs; the CLI does, and hands the extracted text to the
/// library as a text document whose soft line breaks and page furniture are then undone.
/// Offsets reported for a PDF refer to this extracted text.
enum PDFText {
    /// The program that extracts the text, as named in output.
    static let program = "pdftotext"

    /// Why extraction failed, as a message that says what to do.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The extracted text (UTF-8) of the PDF whose bytes are `bytes`.
    /// - Throws: ``Failure`` when pdftotext is not installed or cannot read the file.
    static func extract(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        guard let executable = locate() else {
            throw Failure(description: "\(path): a PDF file: its text is extracted with pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils), or extract the text yourself (pdftotext \(path) -)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", "-q", "-", "-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(description: "\(path): cannot run pdftotext (\(error)): check the poppler-utils installation")
        }
        // Feed standard input on its own thread so that a large output cannot block it.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init)
                ?? "exit status \(process.terminationStatus)"
            throw Failure(description: "\(path): pdftotext could not read this PDF (\(reason)): check that it opens in a PDF viewer and is not encrypted")
        }
        return [UInt8](text)
    }

    /// The path of pdftotext on `PATH`, if any.
    private static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
