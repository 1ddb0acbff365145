import DescentText
import Testing

@Suite struct CharacterTextTests {
    /// Texts whose characters are not one byte each: combining marks after ASCII, CRLF and a
    /// lone CR, a combining mark after a line break, emoji sequences, flags, a prepended
    /// Arabic sign before a digit, Hangul jamo, and text that is ASCII only.
    static let texts = [
        "", "a", "plain ASCII text\nover two lines\n", "e\u{301}t\u{E9} caf\u{E9}\u{301}",
        "a\r\nb\rc\n", "\r\n", "\r", "\n\u{301}x", "x\r\n\u{301}", "η = 0.1 · ∇f(w) — ≤ 10⁻⁶",
        "👩‍👩‍👧 family, 🇫🇷🇩🇪 flags, 👍🏽", "\u{600}1 prepended", "\u{1100}\u{1161}\u{11A8}ab",
        "`code` and $x^2$ \u{300}", "trailing combining\u{301}", "a\u{200D}b", "`\u{301}x` <!\u{301}-- -->",
    ]

    @Test(arguments: texts) func charactersAreTheStringsCharacters(_ text: String) {
        let scanned = CharacterText(text)
        #expect(scanned.characters == Array(text))
        #expect(scanned.string(0..<scanned.characters.count) == text)
    }

    /// A character's code is its byte only when it is one ASCII scalar: "\r\n" and an ASCII
    /// letter or backtick carrying a combining mark are not what a scanner's marker is.
    @Test(arguments: texts) func asciiCodesAreTheSingleASCIIScalars(_ text: String) {
        let expected = Array(text).map { character -> UInt8 in
            let scalars = character.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first, scalar.isASCII else { return CharacterText.notASCII }
            return UInt8(scalar.value)
        }
        #expect(CharacterText(text).asciiCodes == expected)
    }

    @Test(arguments: texts) func linesStartAfterEveryLineBreak(_ text: String) {
        let characters = Array(text)
        var starts = [0]
        for (index, character) in characters.enumerated() where CharacterText.isLineBreak(character) {
            starts.append(index + 1)
        }
        #expect(CharacterText(text).lineStarts == starts)
    }

    @Test func rangesCopyTheirBytes() {
        let text = CharacterText("é\r\nab\u{301}c")
        #expect(text.characters.count == 5)
        #expect(text.string(1..<3) == "\r\na")
        #expect(text.string(3..<5) == "b\u{301}c")
        #expect(text.line(1) == ["a", "b\u{301}", "c"])
    }
}
