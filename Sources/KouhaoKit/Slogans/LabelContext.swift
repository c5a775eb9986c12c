/// The words around a label that tell how the text uses it: as the object of a policy verb
/// (落实…十二条硬措施), as a name (荣获“十佳”称号, 双塔景区, “12345”热线), or before a word that
/// names a set (双控要求, “三农”工作).
///
/// 例：in `白沙河镇荣获全省双拥模范镇称号` the label 双拥 has `isName` (荣获) and
/// `hasSetFollower` (模范); in `落实“三早”巡查要求` 三早 has `hasPolicyVerb`.
/// - Complexity: O(1): a window of a few words on each side.
struct LabelContext {
    /// A policy verb stands in the clause, at most eight characters before the label.
    var hasPolicyVerb = false
    /// An award verb stands before the label, or a name head after it.
    var isName = false
    /// The word after the label names a set.
    var hasSetFollower = false

    static let window = 8

    init(index: DocumentIndex, label: Range<Int>) {
        let u = index.u
        var start = label.lowerBound
        if start > 0, CharacterClass.isOpeningQuote(u[start - 1]) || u[start - 1] == 0x22 { start -= 1 }
        var awardBefore = false
        var k = start
        while k > 0, start - k < Self.window, !Self.isClauseBoundary(u[k - 1]) {
            k -= 1
            guard CharacterClass.isHan(u[k]) else { continue }
            for length in 2...3 where k + length <= start {
                let piece = u[k..<(k + length)]
                if SloganLexicon.policyVerbs.contains(piece) { hasPolicyVerb = true }
                // An award verb right before the label (荣获“十佳”…), not before a longer
                // name that holds it (荣获全省双拥模范镇称号).
                if k + length == start, SloganLexicon.awardVerbs.contains(piece) { awardBefore = true }
            }
        }
        defer { if awardBefore && !hasSetFollower { isName = true } }
        // The words after it (after a closing quotation mark): a name head within two words
        // (“七彩云岭谷”旅游品牌), a set-naming word right after.
        var end = label.upperBound
        if end < index.count, CharacterClass.isClosingQuote(u[end]) || u[end] == 0x22 { end += 1 }
        guard end < index.count, CharacterClass.isHan(u[end]) else { return }
        let firstEnd = index.wordEnd(after: end)
        let first = index.string(end..<firstEnd)
        if SloganLexicon.nameHeads.contains(first) { isName = true }
        // A two-character name head right after, whatever the word breaks (双塔景区).
        if end + 2 <= index.count, SloganLexicon.nameHeads.contains(u[end..<(end + 2)]) { isName = true }
        if SloganLexicon.setHeads.contains(first) || SloganLexicon.attachableHeads.contains(first)
            || SloganLexicon.compactHeads.contains(first) || SloganLexicon.labelFollowers.contains(first) {
            hasSetFollower = true
        }
        if !isName, firstEnd < index.count, CharacterClass.isHan(u[firstEnd]), !SloganLexicon.breakWords.contains(first) {
            let second = index.string(firstEnd..<index.wordEnd(after: firstEnd))
            if SloganLexicon.nameHeads.contains(second), second.count >= 2 || second == "赛" || second == "奖" { isName = true }
        }
    }

    static func isClauseBoundary(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || c == 0x3001 || CharacterClass.isSentenceEnd(c) || CharacterClass.isLineEnd(c)
    }
}
