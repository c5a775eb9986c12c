/// Splits normalized text into tokens: ICU's word break iterator, with a word lexicon laid
/// over it in runs of Chinese characters.
///
/// With a lexicon (the default, ``Lexicon/builtIn``) each run of Han characters is segmented
/// by maximum probability over the lexicon's words, ICU's dictionary cutting only the
/// stretches the lexicon does not know; numbers keep their date and magnitude units (2020年,
/// 3.5亿, 25%), and everything else — punctuation, digits, Latin — is cut by ICU's rules (see
/// ``LexiconSegmenter``). Without one (`Tokenizer(lexicon: nil)`, `--no-lexicon`) it is ICU's
/// word break iterator as it is. 例：`从严治党，招商引资` → 从严治党 | ， | 招商引资 with the
/// lexicon, 从|严|治|党 | ， | 招|商|引|资 with ICU alone.
///
/// The tokenizer never filters: every character belongs to exactly one token, and tokens
/// made only of Chinese numerals are marked `.number` so that the slogan engine and the
/// numeral parser can find them. 例：`四不四争四先锋` → 四 | 不 | 四 | 争 | 四 | 先锋, with the
/// three 四 as `.number`.
///
/// A `Tokenizer` is cheap to copy and safe to share between threads: each call works on
/// its own clone of one ICU iterator opened at initialisation.
public struct Tokenizer: Sendable {
    private let template: BreakerTemplate
    /// The lexicon laid over ICU in Han runs, or nil for ICU alone.
    /// 例：`try Tokenizer().lexicon?.contains("互联网")` → true.
    public let lexicon: Lexicon?

    /// Opens ICU's word break iterator (locale `zh`), with `lexicon` over it (nil: ICU alone).
    /// 例：`let tokenizer = try Tokenizer()`, made once and shared by every document of a run;
    /// `try Tokenizer(lexicon: nil)` for ICU's segmentation as it is.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)`` when ICU's break data is missing.
    public init(lexicon: Lexicon? = .builtIn) throws {
        guard let breaker = ICU.WordBreaker(locale: "zh") else {
            throw KouhaoError.icuUnavailable("cannot open the word break iterator")
        }
        template = BreakerTemplate(breaker: breaker)
        self.lexicon = lexicon
    }

    /// Calls `body` with every token of `text`, in order, without building an array.
    ///
    /// Where normalization expanded one character into several (`℃` → `°C`, `…` → `...`)
    /// and ICU broke inside the expansion, the pieces are merged back into one token, so
    /// that tokens never share a character of the text as read.
    /// 例：`tokenizer.forEachToken(in: text) { if $0.kind == .number { n += 1 } }` counts 3 for
    /// 四不四争四先锋; for `㈠四风` the first token is ㈠ (normalized `(一)`), one token.
    /// - Complexity: O(n) in the length of the text.
    public func forEachToken(in text: NormalizedText, _ body: (Token) throws -> Void) rethrows {
        guard let breaker = template.clone() else { return }
        let identity = text.map.isIdentity && text.reading.isIdentity
        try text.units.withUnsafeBufferPointer { units in
            var start = 0
            var pending: Token? = nil
            /// Delivers the token ending at `end`, merging pieces of one character as read.
            func deliver(_ end: Int, _ kind: TokenKind, _ wordClass: UInt8 = 0) throws {
                let normalized = start..<end
                start = end
                var token = Token(kind: kind, range: text.sourceRange(of: normalized), normalizedRange: normalized)
                token.wordClass = wordClass
                if identity {
                    try body(token)
                } else if var merged = pending, token.range.lowerBound < merged.range.upperBound {
                    merged.normalizedRange = merged.normalizedRange.lowerBound..<end
                    merged.range = merged.range.lowerBound..<max(merged.range.upperBound, token.range.upperBound)
                    if !merged.isWordLike, token.isWordLike { merged.kind = token.kind }
                    pending = merged
                } else {
                    if let p = pending { try body(p) }
                    pending = token
                }
            }
            if let lexicon {
                let segmenter = LexiconSegmenter(trie: lexicon.trie, breaker: breaker, units: units)
                while segmenter.nextBatch() {
                    for k in 0..<segmenter.ends.count { try deliver(Int(segmenter.ends[k]), segmenter.kinds[k], segmenter.classes[k]) }
                }
            } else {
                try breaker.forEachBatch(over: units) { ends, statuses in
                    for k in 0..<ends.count {
                        let end = Int(ends[k])
                        try deliver(end, Self.kind(of: units, start..<end, ruleStatus: statuses[k]))
                    }
                }
            }
            if let p = pending { try body(p) }
        }
    }

    /// A fresh clone of the word breaker, for callers that segment pieces of text themselves.
    func makeBreaker() -> ICU.WordBreaker? { template.clone() }

    /// All tokens of `text`. 例：`tokenizer.tokens(in: Normalizer().normalize(SourceText("两学一做")))`.
    /// - Complexity: O(n).
    public func tokens(in text: NormalizedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.units.count / 2)
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// The kind of a token from ICU's rule status and its characters.
    @inline(__always)
    static func kind(of units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, ruleStatus: Int32) -> TokenKind {
        switch ruleStatus {
        case 100..<200:
            return .number
        case 200..<400:
            return .letter
        case 400..<500:
            for i in range where !ChineseNumeral.isNumeral(units[i]) { return .ideographic }
            return .number
        default:
            for i in range where !Self.isSpace(units[i]) { return .punctuation }
            return .space
        }
    }

    @inline(__always)
    static func isSpace(_ u: UInt16) -> Bool {
        switch u {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}

/// The ICU iterator a ``Tokenizer`` clones from; never iterated itself.
private final class BreakerTemplate: @unchecked Sendable {
    // Immutable after init: only `clone()` (thread-safe in ICU) is ever called on it.
    private let breaker: ICU.WordBreaker

    init(breaker: ICU.WordBreaker) { self.breaker = breaker }

    func clone() -> ICU.WordBreaker? { breaker.clone() }
}
