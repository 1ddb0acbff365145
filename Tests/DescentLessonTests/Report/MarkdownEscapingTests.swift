import Testing

@testable import DescentLesson

@Suite struct MarkdownEscapingTests {
    @Test func escapesEveryCharacterMarkdownGivesAMeaning() {
        #expect(MarkdownEscaping.inline("a*b_c[d]<e>#f|g$h`i\\j") == "a\\*b\\_c\\[d\\]\\<e\\>\\#f\\|g\\$h\\`i\\\\j")
    }

    @Test func textWithNothingToEscapeComesBackAsIs() {
        #expect(
            MarkdownEscaping.inline("Loss of η = 0.3 after 25 steps: 1.2e-4 (−3)")
                == "Loss of η = 0.3 after 25 steps: 1.2e-4 (−3)")
    }

    @Test func aSpecialCharacterWithACombiningMarkIsAnotherCharacter() {
        #expect(MarkdownEscaping.inline("*\u{301} and *") == "*\u{301} and \\*")
    }
}
