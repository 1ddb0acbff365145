import Testing

@testable import DescentText

@Suite struct DiagnosticTests {
    @Test func rendersLocationMessageLineAndCaret() {
        let source = SourceText(path: "lessons/a.md", text: "# A\r\noptimizer: adma\n")
        let diagnostic = source.error(line: 2, column: 12, "unknown optimizer 'adma'; did you mean 'adam'?")
        #expect(
            diagnostic.description == "lessons/a.md:2:12: error: unknown optimizer 'adma'; did you mean 'adam'?\n"
                + "    optimizer: adma\n"
                + "               ^")
    }

    @Test func keepsTabsSoTheCaretLinesUp() {
        let source = SourceText(path: "a.md", text: "\tlr: x\n")
        #expect(source.warning(line: 1, column: 6, "m").description == "a.md:1:6: warning: m\n    \tlr: x\n    \t    ^")
    }

    @Test func fileLevelProblemsHaveNoLineOrCaret() {
        #expect(Diagnostic(path: "lessons", line: 0, column: 0, message: "gone").description == "lessons: error: gone")
        let list = DiagnosticList([Diagnostic(.warning, path: "a", line: 1, column: 0, message: "w")])
        #expect(!list.hasErrors)
        #expect(list.description == "a:1: warning: w")
    }
}
