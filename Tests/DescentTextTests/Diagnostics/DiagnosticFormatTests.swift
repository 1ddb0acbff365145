import DescentText
import Testing

@Suite struct DiagnosticFormatTests {
    let diagnostic = Diagnostic(
        path: "lessons/a, b.md", line: 3, column: 5, message: "bad \"value\" 50%\nsecond line", sourceLine: "lr:\tfast")

    @Test func gitHubEscapesDataAndProperties() {
        #expect(
            DiagnosticFormat.github.render(diagnostic)
                == "::error file=lessons/a%2C b.md,line=3,col=5,title=descent::bad \"value\" 50%25%0Asecond line")
        let unplaced = Diagnostic(path: "output", line: 0, column: 0, message: "not a directory")
        #expect(DiagnosticFormat.github.render(unplaced) == "::error file=output,title=descent::not a directory")
    }

    @Test func jsonIsOneObjectPerLine() {
        #expect(
            DiagnosticFormat.json.render(diagnostic)
                == #"{"severity":"error","path":"lessons/a, b.md","line":3,"column":5,"message":"bad \"value\" 50%\nsecond line","sourceLine":"lr:\tfast"}"#
        )
        let list = DiagnosticList([diagnostic, Diagnostic(path: "x", line: 0, column: 0, message: "y")])
        #expect(DiagnosticFormat.json.render(list).split(separator: "\n").count == 2)
    }

    @Test func textIsTheTerminalForm() {
        #expect(DiagnosticFormat.text.render(diagnostic) == diagnostic.description)
    }
}
