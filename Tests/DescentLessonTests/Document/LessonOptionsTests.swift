import Testing
@testable import DescentLesson

@Suite struct LessonOptionsTests {
    @Test func rawHTMLNeedsTheDirectiveOnItsOwnLine() {
        #expect(LessonOptions(scanning: "# A\n\n<!-- descent: raw-html -->\n").allowsRawHTML)
        #expect(LessonOptions(scanning: "  <!-- descent: raw-html -->  \r\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "text <!-- descent: raw-html --> inline\n").allowsRawHTML)
        #expect(!LessonOptions(scanning: "# A\n").allowsRawHTML)
    }
}
