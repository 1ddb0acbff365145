import DescentPlot
import Testing

@testable import DescentLesson

/// The iteration axis of loss figures turns symmetric-log when runs end far apart.
@Suite struct IterationAxisTests {
    @Test func halfTheRunsEndingBeforeFifteenPercentOfTheLongestStretchTheAxis() {
        // lr-sweep of lesson 03: six of ten runs end before 250 of 5000 iterations.
        #expect(IterationAxis.crowds([4346, 1446, 431, 141, 39, 10, 1, 39, 5000, 70]))
        #expect(IterationAxis.crowds([5, 1000]))
        #expect(IterationAxis.crowds([100, 100, 3000]))
        // adapt-bowl of lesson 07: three methods within 300 iterations, Adagrad at 2,700.
        #expect(IterationAxis.crowds([40, 230, 280, 2700]))
        #expect(IterationAxis.crowds([200, 300, 3000]))
        #expect(!IterationAxis.crowds([500, 600, 3000]))
        #expect(!IterationAxis.crowds([150, 3000, 3000]))
        #expect(!IterationAxis.crowds([3]))
        #expect(!IterationAxis.crowds([60, 60, 60]))
        #expect(IterationAxis.scale(ends: [5, 1000], last: 1000).kind == .symlog(constant: 1))
        #expect(IterationAxis.scale(ends: [900, 1000], last: 1000) == .linear(0...1000))
    }

    @Test func aSweepWithOneLongRunGetsTheStretchedAxisAndSaysSo() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.01, 0.3, 0.5, 1
            steps: 2000
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: plot loss log

            """
        let draft = LossFigure(result: try FigureFixtures.run(body), logScale: true).draft()
        #expect(draft.chart.x.kind == .symlog(constant: 1))
        #expect(draft.caption.contains("The iteration axis is logarithmic beyond 1"))
        let even = LossFigure(result: try FigureFixtures.run(FigureFixtures.sweepBody), logScale: true).draft()
        #expect(even.chart.x.kind == .linear && !even.caption.contains("axis is logarithmic"))
    }
}

/// Loss figures of more than six runs are small multiples, of six or fewer one chart.
@Suite struct LossSmallMultiplesTests {
    func chart(rates: String) throws -> Chart {
        let body = "f(w) = w^2\nstart: w = -3\nlr: \(rates)\nsteps: 30\nshow: plot loss log\n"
        return LossFigure(result: try FigureFixtures.run(body), logScale: true).draft().chart
    }

    @Test func sevenRunsArePanelsAndSixAreOneChart() throws {
        let seven = try chart(rates: "0.01, 0.03, 0.1, 0.2, 0.3, 0.4, 0.6")
        #expect(
            seven.facets.map(\.title) == [
                "η = 0.01", "η = 0.03", "η = 0.1", "η = 0.2", "η = 0.3", "η = 0.4", "η = 0.6",
            ])
        #expect(seven.marks.allSatisfy { ($0 as? LineMark)?.isContext == true } && seven.marks.count == 7)
        #expect(seven.height == FacetGrid.chartHeight(count: 7, width: seven.width))
        let six = try chart(rates: "0.01, 0.03, 0.1, 0.2, 0.3, 0.4")
        #expect(six.facets.isEmpty && six.marks.count == 6)
    }

    @Test func sweepsPastTwentyFourRunsStayOneChart() throws {
        let rate = { (count: Int) in (1...count).map { String(Double($0) / 200) }.joined(separator: ", ") }
        let most = try chart(rates: rate(24))
        #expect(most.facets.count == 24)
        let more = try chart(rates: rate(25))
        #expect(more.facets.isEmpty && more.marks.count == 25)
        #expect(more.marks.allSatisfy { ($0 as? LineMark)?.isContext == false })
    }
}
