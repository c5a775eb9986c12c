/// Normalizes text for matching: NFKC (full-width digits, letters and punctuation) and
/// Traditional → Simplified characters, keeping a map back to the original offsets.
///
/// 例：`“６５４３”工程` → `“6543”工程`; `四個全面` → `四个全面`; `（一）` → `(一)`.
/// Traditional→Simplified is ICU's `Traditional-Simplified` transliterator, applied
/// character by character (ICU's mapping is itself character by character).
/// - Complexity: O(n): a table lookup per character, ICU only for rare composite segments.
public struct Normalizer: Sendable {
    /// Which foldings to apply.
    ///
    /// 例：`Normalizer.Configuration(script: .asWritten)` keeps Traditional characters.
    public struct Configuration: Hashable, Sendable {
        /// Which script to fold Chinese characters to.
        ///
        /// 例：`.simplified` turns `兩學一做` into `两学一做`.
        public enum Script: Hashable, Sendable {
            /// Traditional characters become Simplified. 例：`兩學一做` → `两学一做`.
            case simplified
            /// Characters are kept as written. 例：`兩學一做` stays `兩學一做`.
            case asWritten
        }

        /// Compatibility folding (NFKC): `ＡＢＣ１２３` → `ABC123`, `，` → `,`.
        /// 例：with it `“６５４３”工程` reads `“6543”工程`; without it the full-width digits stay.
        public var compatibility: Bool
        /// Script folding. 例：`.asWritten` leaves `四個全面` as `四個全面`.
        public var script: Script

        /// NFKC and Simplified. 例：folds `「四個全面」２０２３` to `「四个全面」2023`.
        public static let `default` = Configuration(compatibility: true, script: .simplified)

        /// A configuration. 例：`Configuration(compatibility: true, script: .simplified)`.
        public init(compatibility: Bool = true, script: Script = .simplified) {
            self.compatibility = compatibility
            self.script = script
        }
    }

    /// The configuration in use. 例：`Normalizer().configuration == .default`.
    public var configuration: Configuration

    /// A normalizer. 例：`Normalizer().normalize(SourceText("兩學一做"))`.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Normalizes `source`.
    /// 例：`Normalizer().normalize(SourceText("落實“６５４３”工程")).string` → `落实“6543”工程`.
    /// - Complexity: O(n).
    public func normalize(_ source: SourceText) -> NormalizedText {
        normalize(ReadingText(source))
    }

    /// Normalizes the text of a reading; offsets go back through the reading to its source.
    /// 例：`Normalizer().normalize(LineJoiner().join(SourceText(wrapped)))` for hard-wrapped text.
    /// - Complexity: O(n).
    public func normalize(_ reading: ReadingText) -> NormalizedText {
        let source = reading.text
        let tables = FoldingTables.shared
        let fold = configuration.compatibility
            ? (configuration.script == .simplified ? tables.foldAll : tables.foldCompatibility)
            : (configuration.script == .simplified ? tables.foldScript : nil)
        guard let fold else {
            return NormalizedText(reading: reading, units: source.utf16, map: OffsetMap(starts: nil, sourceCount: source.utf16.count))
        }
        let n = source.utf16.count
        var out: [UInt16] = []
        out.reserveCapacity(n)
        var starts: [Int32]? = nil
        source.utf16.withUnsafeBufferPointer { u in
            fold.withUnsafeBufferPointer { fold in
                tables.flags.withUnsafeBufferPointer { flags in
                    var i = 0
                    while i < n {
                        let c = u[i]
                        // Fast path: a unit whose folding is one unit, before an NFKC boundary.
                        if flags[Int(c)] & 1 != 0, i + 1 == n || flags[Int(u[i + 1])] & 2 != 0 || !configuration.compatibility {
                            out.append(fold[Int(c)])
                            starts?.append(Int32(i))
                            i += 1
                            continue
                        }
                        // Slow path: the whole NFKC segment through ICU.
                        var j = i + Self.scalarLength(u, at: i)
                        while j < n, !Self.hasBoundaryBefore(u, at: j, flags: flags) { j += Self.scalarLength(u, at: j) }
                        var segment = configuration.compatibility ? ICU.nfkc(Array(u[i..<j])[...]) : Array(u[i..<j])
                        if configuration.script == .simplified {
                            for k in segment.indices { segment[k] = tables.foldScript[Int(segment[k])] }
                        }
                        if segment.count == j - i {
                            out.append(contentsOf: segment)
                            if starts != nil { for k in i..<j { starts!.append(Int32(k)) } }
                        } else {
                            if starts == nil { starts = (0..<out.count).map { Int32($0) } }
                            out.append(contentsOf: segment)
                            starts!.append(contentsOf: repeatElement(Int32(i), count: segment.count))
                        }
                        i = j
                    }
                }
            }
        }
        return NormalizedText(reading: reading, units: out, map: OffsetMap(starts: starts, sourceCount: n))
    }

    @inline(__always)
    private static func scalarLength(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        (u[i] & 0xFC00 == 0xD800 && i + 1 < u.count && u[i + 1] & 0xFC00 == 0xDC00) ? 2 : 1
    }

    private static func hasBoundaryBefore(_ u: UnsafeBufferPointer<UInt16>, at i: Int, flags: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = u[i]
        if c & 0xF800 != 0xD800 { return flags[Int(c)] & 2 != 0 }
        guard scalarLength(u, at: i) == 2 else { return true }
        let scalar = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
        return ICU.nfkcHasBoundaryBefore(scalar)
    }
}

/// The per-character tables behind ``Normalizer``, built once from ICU (about 30 ms).
struct FoldingTables: Sendable {
    /// NFKC single-unit mapping, then Traditional→Simplified.
    let foldAll: [UInt16]
    /// NFKC single-unit mapping only.
    let foldCompatibility: [UInt16]
    /// Traditional→Simplified only.
    let foldScript: [UInt16]
    /// Bit 0: NFKC maps the unit to one unit; bit 1: NFKC boundary before it.
    let flags: [UInt8]

    static let shared = FoldingTables()

    private init() {
        let nfkc = ICU.nfkcTables()
        let script = ICU.traditionalToSimplifiedTable()
        foldCompatibility = nfkc.single
        foldScript = script
        foldAll = nfkc.single.map { script[Int($0)] }
        flags = nfkc.flags
    }
}
