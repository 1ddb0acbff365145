import Testing

@testable import DescentLesson

@Suite struct LessonOptionsTests {
    @Test func rawHTMLNeedsTheDirectiveOnItsOwnLine() {
        #expect(LessonOptions(scanning: "# A\n\n<!-- descent: raw-html -->\n").allowsRawHTML)
        #expect(LessonOptions(scanning: "  <!-- descent: raw-html -->  \r\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "text <!-- descent: raw-html --> inline\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "# A\n").allowsRawHTML)
    }

    /// Shown rather than used, the directive turns nothing on: in fenced or indented code, in a
    /// code span, or inside another HTML block.
    @Test func rawHTMLDirectiveInCodeIsText() {
        #expect(!LessonOptions(scanning: "```markdown\n<!-- descent: raw-html -->\n```\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "Para.\n\n    <!-- descent: raw-html -->\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "`<!-- descent: raw-html -->`\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "<pre>\n<!-- descent: raw-html -->\n</pre>\n").allowsRawHTML)
        #expect(LessonOptions(scanning: "> quoted\n\n<!-- descent: raw-html -->\n").allowsRawHTML)
    }
}
