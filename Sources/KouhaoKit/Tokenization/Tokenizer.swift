/// Splits normalized text into tokens with ICU's word break iterator and its CJK dictionary.
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

    /// Opens ICU's word break iterator (locale `zh`).
    /// 例：`let tokenizer = try Tokenizer()`, made once and shared by every document of a run.
    /// - Throws: ``KouhaoError/icuUnavailable(_:)`` when ICU's break data is missing.
    public init() throws {
        guard let breaker = ICU.WordBreaker(locale: "zh") else {
            throw KouhaoError.icuUnavailable("cannot open the word break iterator")
        }
        template = BreakerTemplate(breaker: breaker)
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
            try breaker.forEachBatch(over: units) { ends, statuses in
                for k in 0..<ends.count {
                    let end = Int(ends[k])
                    let normalized = start..<end
                    start = end
                    let kind = Self.kind(of: units, normalized, ruleStatus: statuses[k])
                    let token = Token(kind: kind, range: text.sourceRange(of: normalized), normalizedRange: normalized)
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
