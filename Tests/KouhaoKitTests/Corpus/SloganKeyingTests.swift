import Testing
@testable import KouhaoKit

@Suite struct SloganKeyingTests {
    let keying = SloganKeying()

    @Test(arguments: [
        ("「四個全面」", "四全面"),
        ("“６５４３”工程", "6543工程"),
        ("六个稳", "六稳"),
        ("六個穩", "六稳"),
        ("六稳", "六稳"),
        ("双随机、一公开", "双随机一公开"),
        ("双随机，一公开", "双随机一公开"),
        ("三个代表", "三代表"),
        ("3个70%", "3个70%"),
        ("两个", "两个"),
        ("『兩學一做』", "两学一做"),
    ])
    func keys(label: String, key: String) {
        #expect(keying.key(label) == key)
    }

    @Test(arguments: [
        ("「四個全面」", "四个全面"),
        ("“６５４３”工程", "6543工程"),
        ("六个稳", "六个稳"),
        ("双随机、一公开", "双随机、一公开"),
        ("五 通", "五通"),
    ])
    func plainForms(label: String, plain: String) {
        #expect(keying.plainForm(label) == plain)
    }

    @Test func keyIsIdempotent() {
        for label in ["「四個全面」", "六个稳", "双随机、一公开", "“６５４３”工程"] {
            #expect(keying.key(keying.key(label)) == keying.key(label))
        }
    }
}
