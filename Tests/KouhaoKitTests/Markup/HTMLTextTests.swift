import Testing
@testable import KouhaoKit

@Suite struct HTMLTextTests {
    private func read(_ page: String, _ content: HTMLText.Configuration.Content = .page) -> ReadingText {
        HTMLText.read(SourceText(page), configuration: .init(content: content))
    }

    @Test(arguments: [
        // character references, named and numeric
        ("<p>推进&ldquo;三农&rdquo;工作&#12289;&#x300C;四风&#x300D;&amp;&lt;&nbsp;&hellip;</p>", "推进“三农”工作、「四风」&<\u{A0}…\n"),
        // HTML5 names libxml2 does not know are decoded after it; an escaped one is not
        ("<p>松岭县&colon;“三农”&lbrack;一&rbrack;&amp;colon;&unknownname;</p>", "松岭县:“三农”[一]&colon;&unknownname;\n"),
        // script, style, template, comments, head and hidden elements are not text
        ("<head><title>“两学一做”</title><style>p{}</style></head><body><script>var a='“四风”';</script><template>“三农”</template><!-- “八项规定” --><p hidden>“三严三实”</p><div style='display: none'>“两个维护”</div><p>松岭县</p></body>", "松岭县\n"),
        // block elements are paragraphs, <br> a line break, inline elements run on
        ("<div><div><h1>青川湾县</h1><p>实施<b>“4321”</b><span>工程</span></p></div><ul><li>一</li><li>二</li></ul>甲<br>乙</div>", "青川湾县\n实施“4321”工程\n一\n二\n甲\n乙\n"),
        // source line ends between Chinese characters vanish, other white space is one space
        ("<p>建设四大产业\n      集群，引进  Green   Tech\n 公司</p>", "建设四大产业集群，引进 Green Tech公司\n"),
        // <pre> keeps its lines
        ("<pre>第一行\n第二行</pre>", "第一行\n第二行\n"),
    ])
    func visibleText(page: String, text: String) {
        #expect(read(page).text.string == text)
    }

    @Test func offsetsPointIntoThePageSource() {
        let page = "<p>实施&ldquo;4321&rdquo;工程，\r\n 即建设四大产业集群</p>"
        let reading = read(page)
        let text = Array(reading.text.string.utf16)
        func source(of needle: String) -> String {
            let n = Array(needle.utf16)
            let start = (0...(text.count - n.count)).first { Array(text[$0..<($0 + n.count)]) == n }!
            return reading.source.text(utf16: reading.sourceRange(utf16: start..<(start + n.count)))
        }
        #expect(source(of: "4321”工程") == "4321&rdquo;工程")
        #expect(source(of: "“") == "&ldquo;")
        #expect(source(of: "即建设") == "即建设")
        #expect(source(of: "，即") == "，\r\n 即")
    }

    @Test func anHTML5ReferenceMapsToItsWholeSource() {
        let reading = read("<p>甲&colon;乙&amp;colon;</p>")
        #expect(reading.text.string == "甲:乙&colon;\n")
        #expect(reading.source.text(utf16: reading.sourceRange(utf16: 1..<2)) == "&colon;")
        #expect(reading.source.text(utf16: reading.sourceRange(utf16: 3..<4)) == "&amp;")
    }

    @Test func theMainContentIsTheMainElementOrArticleOrTheDensestBlock() {
        let furniture = "<nav><a href='/'>首页</a><a href='/a'>“两学一做”专题</a></nav>"
        let footer = "<footer>版权所有 践行“两个维护”</footer>"
        let body = "<p>松岭县今年持续推进农村人居环境整治，全面完成旱厕改造任务。</p><p>群众满意度明显提升，村容村貌焕然一新，乡村旅游红红火火。</p>"
        #expect(read(furniture + "<main>" + body + "</main>" + footer, .main).text.string.hasPrefix("松岭县"))
        #expect(!read(furniture + "<article>" + body + "</article>" + footer, .main).text.string.contains("两个维护"))
        let divs = furniture + "<div class='menu'><a href='/1'>新闻动态</a><a href='/2'>政策文件</a></div><div class='main'><div class='text'>" + body + "</div></div>" + footer
        let main = read(divs, .main).text.string
        #expect(main == "松岭县今年持续推进农村人居环境整治，全面完成旱厕改造任务。\n群众满意度明显提升，村容村貌焕然一新，乡村旅游红红火火。\n")
        #expect(read(divs).text.string.contains("两学一做"))   // the whole page keeps them
    }

    @Test func aPageIsAnalysedWithOffsetsIntoItsSource() throws {
        let page = "<!DOCTYPE html><html><body><p>园区大力推进网格化&#12289;专业化&#12289;信息化&ldquo;三化&rdquo;建设。</p></body></html>"
        let analysis = try Analyzer().analyze(page, path: "园区.html")
        let mention = try #require(analysis.slogans.first)
        #expect(mention.label == "三化")
        #expect(SourceText(page).text(in: mention.range) == "三化")
        #expect(mention.expansion?.itemTexts == ["网格化", "专业化", "信息化"])
        #expect(mention.sentence == "园区大力推进网格化、专业化、信息化“三化”建设。")
    }
}
