import Testing
@testable import KouhaoKit

@Suite struct CueTests {
    func cue(_ s: String) -> (kind: Cue.Kind, start: Int, strong: Bool)? {
        Cue.after(at: 0, in: documentIndex(s))
    }

    @Test(arguments: ["，即清垃圾", "即：清垃圾", "：清垃圾", "：即清垃圾", "，也就是清垃圾", "是指清垃圾", "，包括清垃圾", "：也就是清垃圾"])
    func listStartsAfterTheCue(text: String) throws {
        let c = try #require(cue(text))
        let index = documentIndex(text)
        #expect(index.string(c.start..<index.count) == "清垃圾")
    }

    @Test(arguments: ["即将收官", "指导工作", "即使如此"])
    func wordsThatAreNotCues(text: String) {
        #expect(cue(text) == nil)
    }

    @Test func bracketsAndEnumerators() throws {
        #expect(try #require(cue("（清垃圾、清沟渠）")).kind == .bracket)
        #expect(try #require(cue("：一是加强领导")).kind == .enumeration)
    }
}
