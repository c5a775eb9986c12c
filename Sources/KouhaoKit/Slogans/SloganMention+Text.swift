extension SloganMention {
    /// Where the mention stands in `text`, the string it was found in, as string indices: its
    /// ``range`` counts Unicode code points, which a `String` does not index by.
    ///
    /// 例：`let s = "启动“5321”工程，即…"` → `s[m.range(in: s)]` is `5321”工程` (the inner ” is part of
    /// the span, the outer “ is not); it works the same after characters outside the BMP (𠀀).
    /// - Precondition: `text` is the string the mention was found in (at least `range.upperBound`
    ///   code points long).
    /// - Complexity: O(`range.upperBound`).
    public func range(in text: String) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex),
              let end = scalars.index(start, offsetBy: range.count, limitedBy: scalars.endIndex) else {
            preconditionFailure("the mention \(label) (\(range)) lies outside a text of \(scalars.count) code points: pass the text it was found in")
        }
        return start..<end
    }

    /// The mention as written in `text`, the string it was found in (quotes inside the label
    /// included, Traditional characters and full-width digits as they are).
    ///
    /// 例：for `落实「兩個清單」制度`, the mention of 两个清单 gives `兩個清單`; for `启动“5321”工程`,
    /// `5321”工程`. ``label`` is the same without quotation marks.
    /// - Complexity: O(`range.upperBound`).
    public func text(in text: String) -> Substring {
        text[range(in: text)]
    }

    /// The mention as written in a decoded document's text (``DecodedText/text``).
    ///
    /// 例：`m.text(in: decoded.text)` → `四個全面` for `堅持「四個全面」` decoded from Big5.
    /// - Complexity: O(1) past the text's surrogate pairs before the mention.
    public func text(in source: SourceText) -> String {
        source.text(in: range)
    }
}
