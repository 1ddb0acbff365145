import Testing

@testable import DescentLesson

/// `plot sweep` uses log–log axes when rates and counts span a factor of 10, so N ∝ 1/η is a
/// straight line, and puts settings without a count in strips above the plot.
@Suite struct SweepFigureTests {
    @Test func countsGoOnALogAxisWhenTheySpanAFactorOfTen() {
        #expect(SweepFigure.usesLogValueAxis([5, 40, 4350], asked: false))
        #expect(!SweepFigure.usesLogValueAxis([65, 120, 220], asked: false))
        #expect(SweepFigure.usesLogValueAxis([65, 120, 220], asked: true))
        #expect(!SweepFigure.usesLogValueAxis([0, 10, 100], asked: true))
    }

    static let ladder = """
        f(w) = w^2
        start: w = -3
        lr: 0.001, 0.01, 0.1, 1, 1.1
        steps: 3000
        stop: |Δw| < 0.001 and |grad| < 0.001
        show: plot sweep

        """

    @Test func decadeSweepIsDrawnOnLogLogAxes() throws {
        let figure = try #require(FigureBuilder(result: try FigureFixtures.run(Self.ladder)).figures().first)
        #expect(figure.reference.caption.contains("against the learning rate (log axes)."))
    }

    @Test func settingsWithoutACountSitInLabelledStripsNotAtAFakeTick() throws {
        let figure = try #require(FigureBuilder(result: try FigureFixtures.run(Self.ladder)).figures().first)
        #expect(figure.svg.contains(">diverged</text>"))
        #expect(figure.svg.contains(">budget reached</text>"))
        #expect(!figure.svg.contains("class=\"rule\""))
        #expect(figure.reference.caption.contains("“budget reached” strip"))
        // The strips' markers are in the series colour, and no neutral key explains them.
        #expect(!figure.svg.contains("did not converge (at its step budget)"))
    }
}
