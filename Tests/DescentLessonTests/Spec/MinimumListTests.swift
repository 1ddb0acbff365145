import DescentText
import Testing

@testable import DescentLesson

/// `minimum:` lists points separated by `;`, each located, at most `maximumMinima` of them.
@Suite struct MinimumListTests {
    func parse(_ line: String) -> (spec: ExperimentSpec, problems: [Diagnostic]) {
        let text = "```descent demo\nf(x, y) = x^2 + y^2\n" + line + "\n```\n"
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        return SpecParser.parse(document.blocks[0], source: document.source)
    }

    @Test func readsEveryPointWithItsColumn() {
        let (spec, problems) = parse("minimum: x = 3, y = 2; x = -2.805, y = 3.131")
        #expect(problems.isEmpty)
        #expect(spec.minima.map { $0.value.map(\.value) } == [[3, 2], [-2.805, 3.131]])
        #expect(spec.minima.map(\.column) == [10, 24])
        #expect(spec.minimum?.value.map(\.value) == [3, 2])
    }

    @Test func anEmptyPointIsReportedWhereItIs() {
        let (spec, problems) = parse("minimum: x = 3, y = 2;; x = 1, y = 1")
        #expect(spec.minima.count == 2)
        #expect(problems.map(\.message) == ["expected a point such as 'x = 1, y = 1' between ';'"])
        #expect(problems.first?.line == 3)
    }

    @Test func aBadNumberInTheSecondPointIsReported() {
        let (_, problems) = parse("minimum: x = 3, y = 2; x = one, y = 1")
        #expect(problems.map(\.message) == ["expected a number for 'x', found 'one'"])
    }

    @Test func moreThanTheLimitIsAnError() {
        let points = (0...ExperimentSpec.maximumMinima).map { "x = \($0), y = 0" }.joined(separator: "; ")
        let (spec, problems) = parse("minimum: " + points)
        #expect(spec.minima.isEmpty)
        #expect(problems.map(\.message) == ["'minimum:' lists 17 points; at most 16 may be marked"])
    }
}
