import Testing
@testable import KouhaoKit

@Suite struct KeywordExtractorTests {
    typealias T = KeywordTesting
    let extractor = KeywordExtractor(tokenizer: KeywordTesting.tokenizer)

    @Test(arguments: [
        ("01-devzone-lanxi.txt", ["开发区", "澜溪"]),
        ("02-devzone-yunshan.txt", ["高新区"]),
        ("08-rural-revitalisation-shinan.txt", ["石楠县"]),
        ("11-grassroots-governance-binhu.txt", ["网格", "网格员"]),
    ])
    func topKeywordsOfTheSampleCorpus(file: String, expected: [String]) throws {
        let keywords = extractor.keywords(in: try T.corpusText(file))
        #expect(keywords.count == 10)
        // A term may be the entry or one of its merged variants (网格 in 网格员).
        let top = keywords.prefix(5).flatMap { [$0.term] + $0.variants }
        for term in expected { #expect(top.contains(term), "\(file): \(keywords.map(\.term))") }
    }

    @Test func policyWordsStayWholeInKeywords() {
        // ICU cuts 从严治党 and 招商引资 into characters; the keywords must not start or end
        // inside them (严治党, 商引资), whatever else they choose.
        let text = T.text("""
        松岭县坚持全面从严治党，推进招商引资。青川湾县深化从严治党，狠抓招商引资。        两县从严治党成效明显，招商引资势头良好。
        """)
        let whole = ["从严治党", "招商引资"]
        for k in KeywordExtractor(configuration: .init(top: 10), tokenizer: T.tokenizer).keywords(in: text) {
            for word in whole {
                let units = Array(word.utf16), term = Array(k.term.utf16)
                // A term that overlaps the word must hold it whole.
                for cut in 1..<units.count {
                    #expect(!(term.starts(with: units[cut...]) || term.reversed().starts(with: units[..<cut].reversed())),
                            "\(k.term) cuts \(word)")
                }
            }
        }
        let terms = KeywordExtractor(configuration: .init(top: 10), tokenizer: T.tokenizer).keywords(in: text).map(\.term)
        #expect(terms.contains("从严治党") && terms.contains("招商引资"), "\(terms)")
    }

    @Test(arguments: ["01-devzone-lanxi.txt", "03-province-report-xijiang.txt", "06-xwlb-20230315.txt",
                      "09-ecology-qinglan-gb18030.txt", "13-poverty-alleviation-trad.txt"])
    func keywordsAreWholeTermsNotDigitsOrSingleCharactersOrStopWords(file: String) throws {
        let keywords = extractor.keywords(in: try T.corpusText(file))
        for k in keywords {
            #expect(k.term.count >= 2, "\(k.term)")
            let numeric = k.term.allSatisfy { $0.isNumber }
            #expect(!numeric, "\(k.term)")
            #expect(!StopWords.default.contains(k.term), "\(k.term)")
        }
    }

    @Test(arguments: ["01-devzone-lanxi.txt", "04-city-report-lujiang-glossary.txt", "06-xwlb-20230315.txt", "12-business-environment-shinan.txt"])
    func pruningKeepsExactlyTheTopKeywords(file: String) throws {
        // The one-document path prunes runs too rare to matter; scoring every candidate
        // with the same table must give the same keywords and scores.
        let text = try T.corpusText(file)
        for top in [1, 3, 10] {
            let pruned = KeywordExtractor(configuration: .init(top: top), tokenizer: T.tokenizer).keywords(in: text)
            let full = KeywordExtractor(configuration: .init(top: top, idf: .table), tokenizer: T.tokenizer)
            var df = DocumentFrequencies()
            let registered = df.add(full.candidates(in: text))
            let reference = full.keywords(for: registered, in: df)
            #expect(pruned.map(\.term) == reference.map(\.term), "\(file) top \(top)")
            #expect(zip(pruned, reference).allSatisfy { abs($0.score - $1.score) < 1e-9 })
        }
    }

    @Test func slogansCountAsUnitsAndWeighMore() throws {
        let s = "开发区实施“五化并举”，开发区推进项目建设。开发区做强产业。"
        let text = T.text(s)
        let start = Array(text.units).firstIndex(of: UInt16(UnicodeScalar("五").value))!
        let span = TermSpan(range: start..<(start + 4), label: "五化并举")
        let keywords = extractor.keywords(in: text, spans: [span])
        let slogan = try #require(keywords.first { $0.term == "五化并举" })
        #expect(slogan.isSlogan && slogan.count == 1)
        // Without the span the characters are ordinary tokens and no term 五化并举 exists.
        #expect(!extractor.keywords(in: text).contains { $0.term == "五化并举" })
        // A span of weight 2 (a mention with its expansion) scores as two occurrences (2^0.7
        // times one: the term frequency is sublinear).
        let defined = extractor.keywords(in: text, spans: [TermSpan(range: span.range, label: "五化并举", weight: 2)])
        let twice = try #require(defined.first { $0.term == "五化并举" })
        let w = KeywordConfiguration.Weights.default
        #expect(twice.count == 1 && abs(twice.score - w.termFrequency(2) * slogan.score) < 1e-9)
    }

    @Test func corpusIDFRanksWhatIsSpecificToEachDocument() {
        let documents = [
            "开发区招商引资，开发区项目建设，招商引资见效。",
            "开发区营商环境，开发区人才引进，营商环境优化。",
            "乡村振兴见成效，乡村旅游火起来，开发区带动乡村治理，开发区很忙。",
        ]
        var df = DocumentFrequencies()
        let registered = documents.map { df.add(extractor.candidates(in: T.text($0))) }
        // 开发区 is in every document of this corpus: with the corpus alone (no prior), 乡村
        // is what the third one is about and 开发区 scores nothing.
        let corpusOnly = try! KeywordExtractor(configuration: .init(priorDocuments: 0)).keywords(for: registered[2], in: df)
        #expect(corpusOnly.first?.term == "乡村", "\(corpusOnly)")
        #expect(!corpusOnly.contains { $0.term == "开发区" && $0.score > 0 })
        // Three documents are little evidence: the default prior (the table, worth 100
        // documents) keeps 开发区 a keyword.
        let withPrior = extractor.keywords(for: registered[2], in: df).map(\.term)
        #expect(withPrior.contains("开发区") && withPrior.contains("乡村"))
    }

    @Test func analyzerFillsKeywordsWhenAsked() {
        let on = try! Analyzer(configuration: .init(keywords: .extract(.init(top: 2))))
        let analysis = on.analyze("开发区招商引资，开发区项目建设，招商引资带动产业升级。")
        #expect(analysis.keywords.map(\.term) == ["招商引资", "开发区"])
        let off = try! Analyzer()
        #expect(off.analyze("开发区招商引资，开发区项目建设。").keywords.isEmpty)
    }
}
