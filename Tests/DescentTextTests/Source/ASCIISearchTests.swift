import DescentText
import Testing

@Suite struct ASCIISearchTests {
    static let marks: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "[")]

    /// The byte search finds what the search by `Character` finds, on hard cases too.
    @Test(arguments: [
        "walk.final.w", "lr-sweep[lr=1.1].outcome", "walk", "", ".", "[", "θ.x", "a\u{301}.b",
        "a.\u{301}b", ".\u{301}[x", "é[1].x", "\r\n.x", "x\u{200D}.y", "🇫🇷.flag", "a\u{0600}.b",
    ])
    func findsWhatTheCharacterSearchFinds(_ text: String) {
        let expected = text.firstIndex { $0 == "." || $0 == "[" }
        #expect(text.firstIndex(ofASCII: Self.marks) == expected)
    }

    @Test func aMarkCombinedWithTheNextScalarIsNoMark() {
        let text = "a.\u{301}b.c"
        #expect(text.firstIndex(ofASCII: Self.marks).map { text.distance(from: text.startIndex, to: $0) } == 3)
    }
}
