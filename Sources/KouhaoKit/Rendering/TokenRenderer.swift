/// Renders tokens: as segmented lines (the SIGHAN format) or as JSON with kinds and offsets.
///
/// 例：the line `实施“6543”工程` renders as `实施 “ 6543 ” 工程` in ``Format/lines``.
public struct TokenRenderer: Sendable {
    /// How to render.
    ///
    /// 例：`kouhao tokenize --format json` uses `.json`.
    public enum Format: String, Sendable, CaseIterable {
        /// One output line per input line, tokens separated by one space, only white
        /// space removed: what `score_segmentation.py` reads.
        /// 例：`这“四抓”工作法` → `这 “ 四 抓 ” 工作 法`.
        case lines
        /// A JSON object per document with every token's text, kind and code point offsets.
        /// 例：`{"path":"四抓.txt","encoding":"UTF-8","tokens":[{"text":"坚持","kind":"ideographic","start":0,"end":2},…]}`.
        case json
    }

    /// Streams the segmented lines of one document into `sink`, calling `flush` whenever
    /// the buffer passes `flushEvery` bytes (the text of each token is the original text).
    /// 例：`這“四抓”工作法` → `這 “ 四 抓 ” 工作 法` and a line end: Traditional kept as written.
    /// - Complexity: O(n).
    public static func renderLines(
        _ text: NormalizedText, tokenizer: Tokenizer, into sink: inout ByteSink,
        flushEvery: Int = 1 << 20, flush: (inout ByteSink) throws -> Void
    ) rethrows {
        var lineHasToken = false
        var lastWasCR = false
        var endedWithLineBreak = true
        try text.reading.text.utf16.withUnsafeBufferPointer { source in
            try tokenizer.forEachToken(in: text) { token in
                let range = text.map.sourceRange(of: token.normalizedRange)
                if token.kind == .space {
                    for u in source[range] {
                        if u == 0x0A {
                            if !lastWasCR { sink.append(byte: 0x0A) }
                            lastWasCR = false
                            lineHasToken = false
                            endedWithLineBreak = true
                        } else if u == 0x0D || u == 0x2028 || u == 0x2029 || u == 0x85 {
                            sink.append(byte: 0x0A)
                            lastWasCR = u == 0x0D
                            lineHasToken = false
                            endedWithLineBreak = true
                        } else {
                            lastWasCR = false
                        }
                    }
                    return
                }
                lastWasCR = false
                if lineHasToken { sink.append(byte: 0x20) }
                sink.append(utf16: UnsafeBufferPointer(rebasing: source[range]))
                lineHasToken = true
                endedWithLineBreak = false
                if sink.count >= flushEvery { try flush(&sink) }
            }
        }
        if !endedWithLineBreak { sink.append(byte: 0x0A) }
    }

    /// Writes one document's tokens as a JSON object:
    /// `{"path": …, "encoding": …, "tokens": [{"text", "kind", "start", "end"}, …]}`;
    /// offsets are code points of the text as read, `end` exclusive.
    /// 例：for `四抓.txt`: `{"path":"四抓.txt","encoding":"UTF-8","tokens":[{"text":"坚持",…,"start":0,"end":2},…]}`.
    public static func renderJSON(
        _ text: NormalizedText, path: String, encoding: String, tokenizer: Tokenizer, into sink: inout ByteSink,
        flushEvery: Int = 1 << 20, flush: (inout ByteSink) throws -> Void
    ) rethrows {
        sink.append("{\"path\":")
        sink.appendJSONString(path)
        sink.append(",\"encoding\":")
        sink.appendJSONString(encoding)
        sink.append(",\"tokens\":[")
        var first = true
        try tokenizer.forEachToken(in: text) { token in
            if !first { sink.append(byte: 0x2C) }
            first = false
            sink.append("{\"text\":")
            sink.appendJSONString(utf16: text.writtenUnits(token.normalizedRange))
            sink.append(",\"kind\":\"\(token.kind.rawValue)\",\"start\":\(token.range.lowerBound),\"end\":\(token.range.upperBound)}")
            if sink.count >= flushEvery { try flush(&sink) }
        }
        sink.append("]}")
    }
}
