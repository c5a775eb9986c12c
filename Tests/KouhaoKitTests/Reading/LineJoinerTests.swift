import Foundation
import Testing
@testable import KouhaoKit

/// An invented paragraph without a sentence end before its last character.
private let paragraph = "松岭县今年持续推进农村人居环境整治，全面完成旱厕改造和污水管网建设任务，群众满意度明显提升，"
    + "村容村貌焕然一新，乡村旅游接待游客十二万人次，农民人均可支配收入增长百分之八，集体经济薄弱村全部清零，"
    + "各项工作取得明显成效。"

/// Hard-wrapped invented text: the paragraph cut into lines of `width` characters (the length
/// of the probe's first line unless given), a blank line, then `probe` — whose line break is
/// the case under test.
private func document(_ probe: String, width: Int? = nil) -> String {
    let first = probe.components(separatedBy: .newlines)[0]
    let n = width ?? first.trimmingCharacters(in: .whitespaces).count
    let characters = Array(paragraph)
    var lines: [String] = []
    var i = 0
    while i < characters.count {
        lines.append(String(characters[i..<min(i + n, characters.count)]))
        i += n
    }
    return lines.joined(separator: "\n") + "\n\n" + probe + "\n"
}

/// `text` cut into lines of `n` characters.
private func wrap(_ text: String, at n: Int) -> [String] {
    let characters = Array(text)
    return stride(from: 0, to: characters.count, by: n).map { String(characters[$0..<min($0 + n, characters.count)]) }
}

/// The text read from `source`.
private func read(_ source: String, _ configuration: LineJoiner.Configuration = .default) -> String {
    LineJoiner(configuration: configuration).join(SourceText(source)).text.string
}

@Suite struct LineJoinerTests {
    /// Each joining rule: the line break in the probe (between two full lines) is joined.
    @Test(arguments: [
        // between two Chinese characters, in the middle of a label
        ("青川湾县实施“4321”工程，建设四大产业集\n群、打造三个创新平台和两张清单。", "青川湾县实施“4321”工程，建设四大产业集群、打造三个创新平台和两张清单。"),
        // after a comma or an enumeration comma
        ("青川湾县坚持抓项目、抓产业、抓民生，\n这“三抓”工作法已在全县推开了好。", "青川湾县坚持抓项目、抓产业、抓民生，这“三抓”工作法已在全县推开了好。"),
        // after an opening quotation mark
        ("松岭县把招商引资作为全县的头号工程“\n一号工程”来抓，全年引进项目十二个。", "松岭县把招商引资作为全县的头号工程“一号工程”来抓，全年引进项目十二个。"),
        // a sentence end inside a quotation that is still open
        ("县委书记说：“我们要干在先、走在前。\n不怕苦，争当扛担先锋！”全场掌声雷动。", "县委书记说：“我们要干在先、走在前。不怕苦，争当扛担先锋！”全场掌声雷动。"),
        // a number cut in two
        ("地区生产总值由六千亿元增加到九千二百1\n0亿元，年均增长百分之八点四左右吧。", "地区生产总值由六千亿元增加到九千二百10亿元，年均增长百分之八点四左右吧。"),
        // after a colon or semicolon ending a full line: the list goes on
        ("青川湾县在全市率先实施“4321”工程：\n建好四个台账，落实三项制度，用好两张清单。", "青川湾县在全市率先实施“4321”工程：建好四个台账，落实三项制度，用好两张清单。"),
        ("松岭县全年新增规模以上工业企业十二家；\n青川湾县新增高新技术企业二十三家。", "松岭县全年新增规模以上工业企业十二家；青川湾县新增高新技术企业二十三家。"),
        // trailing spaces and CRLF line ends
        ("青川湾县深入实施“三个强化”行动，即强化  \r\n规划引领、强化要素保障、强化督查考核。", "青川湾县深入实施“三个强化”行动，即强化规划引领、强化要素保障、强化督查考核。"),
    ])
    func joins(probe: String, joined: String) {
        #expect(read(document(probe)).hasSuffix("\n" + joined + "\n"))
    }

    /// Each thing that must not be joined: the line break in the probe stays.
    @Test(arguments: [
        // after a sentence end: 。！？
        "松岭县全年新增规模以上工业企业十二家。\n青川湾县新增高新技术企业二十三家好的",
        "松岭县全年新增规模以上工业企业十二家！\n青川湾县新增高新技术企业二十三家好的",
        "松岭县全年新增规模以上工业企业十二家？\n青川湾县新增高新技术企业二十三家好的",
        // before a list marker or heading number
        "松岭县今年重点抓好以下几个方面的工作，\n一、持续推进农村人居环境整治工作好的",
        "松岭县今年重点抓好以下几个方面的工作，\n（二）持续推进农村人居环境整治工作好",
        "松岭县今年重点抓好以下几个方面的工作：\n（三）持续推进农村人居环境整治工作好",
        "松岭县今年重点抓好以下几个方面的工作，\n(3)持续推进农村人居环境整治工作好的",
        "松岭县今年重点抓好以下几个方面的工作，\n4.持续推进农村人居环境整治工作好的的",
        "松岭县今年重点抓好以下几个方面的工作，\n⑤持续推进农村人居环境整治工作好的的",
        "松岭县今年重点抓好以下几个方面的工作，\n第六章　持续推进农村人居环境整治工作",
        "松岭县今年重点抓好以下几个方面的工作，\n# 持续推进农村人居环境整治工作好的的",
        // a blank line: a paragraph break
        "松岭县今年重点抓好以下几个方面的工作，\n\n持续推进农村人居环境整治工作好的的的",
        // after a short line: a heading, the end of a paragraph
        "松岭县农村人居环境整治\n持续推进农村人居环境整治工作好的",
        // before an indented line: a new paragraph
        "松岭县今年重点抓好以下几个方面的工作，\n　　持续推进农村人居环境整治工作好的",
        // between two Latin letters: words are never glued
        "松岭县今年重点引进的高新企业有 Gree\nnTech 和青川湾科技有限公司两家好",
    ])
    func keeps(probe: String) {
        #expect(read(document(probe, width: 19)).hasSuffix("\n" + probe + "\n"))
    }

    @Test func textNeverHardWrappedIsReadAsItIs() {
        let paragraphs = """
        # 青川湾县政府工作报告
        一、过去一年的工作
        过去一年，全县上下深入实施“4321”工程，即建设四大产业集群、打造三个创新平台、完善两张清单、守住一条底线，地区生产总值增长百分之七。
        园区大力推进网格化、专业化、信息化“三化”建设，三个月内新增企业十二家。
        二、今年的主要任务
        坚持“双招双引”（招商引资、招才引智），全力推进“五化并举”。
        """
        #expect(LineJoiner().join(SourceText(paragraphs)).isIdentity)
    }

    @Test func keepLinesReadsEveryLineAsItIs() {
        let wrapped = document("青川湾县实施“4321”工程，建设四大产业集\n群、打造三个创新平台和两张清单。")
        #expect(LineJoiner(configuration: .keep).join(SourceText(wrapped)).isIdentity)
        #expect(read(wrapped, .keep) == wrapped)
    }

    @Test func pageFurnitureIsDroppedAndTheBreakAcrossPagesJudgedAcrossIt() {
        // Three pages of 18-character lines, a running header, three kinds of page numbers; the
        // paragraph on page 1 goes on on page 2 in the middle of a word.
        let lines = wrap(paragraph + paragraph.replacingOccurrences(of: "松岭县", with: "青川湾"), at: 18)
        let source = "青川湾县政策文件汇编\n\n" + lines[0..<4].joined(separator: "\n") + "\n\n— 1 —\n\n\u{0C}"
            + "青川湾县政策文件汇编\n\n" + lines[4..<8].joined(separator: "\n") + "\n第2页\n\u{0C}"
            + "青川湾县政策文件汇编\n" + lines[8...].joined(separator: "\n") + "\n- 3 -\n"
        let text = read(source)
        #expect(!text.contains("政策文件汇编"))
        #expect(!text.contains("— 1 —") && !text.contains("第2页") && !text.contains("- 3 -"))
        #expect(!text.contains("\u{0C}"))
        #expect(text == paragraph + "\n" + paragraph.replacingOccurrences(of: "松岭县", with: "青川湾") + "\n")
    }

    @Test(arguments: ["— 3 —", "- 12 -", "－7－", "—1—", "第3页", "第 3 页 共 12 页", "3 / 12"])
    func pageNumbersAreFurniture(line: String) {
        let units = Array(line.utf16)
        units.withUnsafeBufferPointer { u in
            #expect(PageFurniture.isPageNumber(u, 0, u.count))
        }
    }

    @Test(arguments: ["3", "2023", "-5%", "— 第一部分 —", "第三章", "3/4 的村庄"])
    func otherLinesAreNoPageNumbers(line: String) {
        let units = Array(line.utf16)
        units.withUnsafeBufferPointer { u in
            #expect(!PageFurniture.isPageNumber(u, 0, u.count))
        }
    }

    @Test func offsetsPointAtTheTextAsReadAcrossAJoinedBreak() throws {
        let source = document(wrap("青川湾县今年深入实施“4321”工程，即建设四大产业集群、打造三个创新平台、完善两张清单、守住一条底线。", at: 17)
            .joined(separator: "\n"))
        let analysis = try Analyzer().analyze(source)
        let mention = try #require(analysis.slogans.first { $0.key == "4321工程" })
        #expect(mention.label == "4321工程")
        #expect(SourceText(source).text(in: mention.range) == "4321”工\n程")
        #expect(mention.expansion?.itemTexts == ["建设四大产业集群", "打造三个创新平台", "完善两张清单", "守住一条底线"])
        #expect(!mention.sentence.contains("\n"))
    }

    @Test func aRangeEndingBeforeAJoinedBreakDoesNotReachIntoIt() {
        let reading = LineJoiner().join(SourceText(document("松岭县今年持续推进农村人居环境整治三农\n工作，群众满意度明显提升好的的的的的。")))
        let text = reading.text.string
        let start = Array(text.utf16).count - Array("三农工作，群众满意度明显提升好的的的的的。\n".utf16).count
        let range = reading.sourceRange(utf16: start..<(start + 2))
        #expect(reading.source.text(utf16: range) == "三农")
    }
}
