import DescentText
import Testing

@testable import DescentLesson

@Suite struct DataFileTests {
    let regression = "f(w, b) = mean((w*x + b - y)^2)\ndata: points.csv\nlr: 0.01\nsteps: 3\n"

    @Test func quotedHeadersAndFieldsAreAccepted() throws {
        let run = try render(block("d", regression), files: ["points.csv": "\"x\",\"y\"\r\n\"1\",3\r\n2,\"5\"\r\n"]).run
        #expect(run.results.first?.experiment.objective.dataset?.values == [1, 3, 2, 5])
    }

    @Test func dataErrorsPointAtTheFieldWithACaret() {
        do {
            _ = try render(block("d", regression), files: ["points.csv": "x,y\n1,3\n\"é\", \"2\"x\n"])
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics.first?.description == """
                    points.csv:3:9: error: expected ',' or the end of the line after a quoted field, found 'x'
                        "é", "2"x
                                ^
                    """)
        }
    }
}
