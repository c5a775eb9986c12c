/// A row of block characters ▁▂▃▅▇ for a series of shares: one character per period (or per
/// group of adjacent periods when there are more than fit), the height relative to the
/// series' own highest value, a space where the value is 0.
///
/// 例：`Sparkline.render(shares: [0, 0.1, 0.4, 0.2], documents: [10, 10, 10, 10], width: 20)` → ` ▂▇▃`.
enum Sparkline {
    /// The five levels. 例：`levels[4]` is ▇.
    static let levels: [Character] = ["▁", "▂", "▃", "▅", "▇"]

    /// How many periods go into one character so that `count` periods fit in `width`.
    /// 例：`periodsPerCharacter(72, width: 30)` → 3 (24 characters).
    static func periodsPerCharacter(_ count: Int, width: Int) -> Int {
        max(1, (count + width - 1) / width)
    }

    /// The sparkline of `hits[i]` documents out of `documents[i]` per period, at most `width` characters.
    /// 例：`render(hits: [0, 1, 4, 2], documents: [10, 10, 10, 10], width: 20)` → ` ▂▇▃`.
    static func render(hits: [Int], documents: [Int], width: Int) -> String {
        let step = periodsPerCharacter(hits.count, width: width)
        var shares: [Double] = []
        var i = 0
        while i < hits.count {
            let range = i..<min(i + step, hits.count)
            let h = range.reduce(0) { $0 + hits[$1] }, d = range.reduce(0) { $0 + documents[$1] }
            shares.append(d == 0 ? 0 : Double(h) / Double(d))
            i += step
        }
        let top = shares.max() ?? 0
        return String(shares.map { share -> Character in
            guard share > 0, top > 0 else { return " " }
            let level = Int((share / top * Double(levels.count)).rounded(.up))
            return levels[min(levels.count, max(1, level)) - 1]
        })
    }
}
