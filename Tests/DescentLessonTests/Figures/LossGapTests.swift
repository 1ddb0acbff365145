import DescentEngine
import DescentPlot
import DescentText
import Testing

@testable import DescentLesson

/// `show: plot gap`: the loss minus the best loss (or the known minimum) on a log axis.
@Suite struct LossGapTests {
    func parse(_ show: String) -> (items: [ShowItem], problems: [String]) {
        let text = "```descent demo\nf(w) = w^2\nshow: \(show)\n```\n"
        let document = LessonDocument(SourceText(path: "l.md", text: text))
        let (spec, problems) = SpecParser.parse(document.blocks[0], source: document.source)
        return (spec.show.map(\.value), problems.map(String.init(describing:)))
    }

    @Test func gapIsAPlotKindAndLogIsRedundant() {
        #expect(parse("plot gap").items == [.plot(.gap, logScale: false)])
        #expect(parse("plot gap").problems.isEmpty)
        #expect(
            parse("plot gap log").problems == [
                "l.md:3:16: error: 'log' is redundant: plot gap always draws a log axis\n    show: plot gap log\n                   ^"
            ])
        #expect(parse("plot gap ylim=(0, 1)").problems.first?.contains("plot gap always draws") == true)
    }

    /// The lines are each loss minus the lowest loss of any run; the run that reached it drops
    /// into the floor strip.
    @Test func gapSubtractsTheBestLossAnyRunReached() throws {
        let body = "f(w) = (w - 1)^4 + 0.25\nstart: w = 0\nlr: 0.1, 0.3\nsteps: 6\nshow: plot gap\n"
        let result = try FigureFixtures.run(body)
        let lowest = result.results.flatMap { ($0.trace?.losses ?? []) + [$0.finalLoss] }.min()
        let best = try #require(lowest)  // the last loss of an exhausted run is drawn too
        let draft = LossFigure(result: result, logScale: true, measure: .gap).draft()
        #expect(draft.chart.yLabel == "loss − best" && draft.chart.y.kind == .log)
        #expect(draft.chart.floorStrip == FloorStrip(label: "0"))
        let lines = draft.chart.marks.compactMap { $0 as? LineMark }
        for (line, run) in zip(lines, result.results) {
            let losses = run.trace?.losses ?? []
            #expect(!losses.isEmpty)
            let expected = losses.map { $0 - best }
            #expect(Array(line.points.map(\.y).prefix(expected.count)) == expected)
        }
        #expect(draft.caption.contains("minus the lowest loss any run reaches, 0.25"), "\(draft.caption)")
        #expect(draft.caption.contains("reaches the best loss exactly and drops into the strip marked 0"))
    }

    /// With `minimum:` the reference is f there, not the best loss seen.
    @Test func gapSubtractsTheKnownMinimum() throws {
        let body = """
            f(x, y) = x^2 + 3*y^2 + 2
            start: x = 1, y = 1
            lr: 0.1
            steps: 5
            minimum: x = 0, y = 0
            show: plot gap

            """
        let result = try FigureFixtures.run(body)
        let draft = LossFigure(result: result, logScale: true, measure: .gap).draft()
        let losses = result.results.first?.trace?.losses ?? []
        #expect(!losses.isEmpty)
        let line = try #require(draft.chart.marks.first as? LineMark)
        #expect(Array(line.points.map(\.y).prefix(losses.count)) == losses.map { $0 - 2 })
        #expect(draft.chart.yLabel == "loss − minimum" && draft.chart.floorStrip == nil)
    }
}
