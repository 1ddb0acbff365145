import DescentPlot
import Testing

@testable import DescentLesson

/// Runs that differ only in one numeric setting are coloured along a sequential palette keyed
/// to the value; unordered series (optimizers) keep the categorical palette.
@Suite struct SeriesKindTests {
    private func runs(_ settings: String) throws -> [PlannedRun] {
        try FigureFixtures.run("f(w) = w^2\nstart: w = -3\n\(settings)\nsteps: 5\nshow: plot loss\n").experiment.runs
    }

    @Test func learningRateSweepOverDecadesIsOrderedOnLogValues() throws {
        let kind = SeriesKind.of(try runs("lr: 0.001, 0.01, 0.1"))
        #expect(kind == .ordered(positions: [0, 0.5, 1], logarithmic: true))
    }

    @Test func narrowLearningRateSweepIsOrderedOnLinearValues() throws {
        let kind = SeriesKind.of(try runs("lr: 0.2, 0.3, 0.6"))
        guard case .ordered(let positions, let logarithmic) = kind else {
            Issue.record("expected an ordered sweep, got \(kind)")
            return
        }
        #expect(!logarithmic)
        #expect(abs(positions[1] - (0.25 + 0.5) / 2) < 1e-12)
    }

    /// Close values keep apart in colour: each position is half value, half rank.
    @Test func closeValuesStayApartInColour() throws {
        let kind = SeriesKind.of(try runs("lr: 0.1, 0.5, 0.8, 1, 1.05"))
        guard case .ordered(let positions, _) = kind else {
            Issue.record("expected an ordered sweep, got \(kind)")
            return
        }
        #expect(positions == positions.sorted())
        #expect(positions[4] - positions[3] > 0.1)
        #expect(positions.first == 0 && positions.last == 1)
    }

    @Test func optimizerComparisonIsCategorical() throws {
        #expect(SeriesKind.of(try runs("optimizer: gd, momentum(momentum=0.9), adam\nlr: 0.1")) == .categorical)
    }

    @Test func rateAndOptimizerVaryingTogetherIsCategorical() throws {
        #expect(SeriesKind.of(try runs("optimizer: gd, adam\nlr: 0.01, 0.1, 0.3")) == .categorical)
    }

    @Test func twoRatesAreTooFewForAnOrder() throws {
        #expect(SeriesKind.of(try runs("lr: 0.1, 0.3")) == .categorical)
    }

    @Test func lossFigureOfASweepCarriesSequentialColours() throws {
        let result = try FigureFixtures.run(
            "f(w) = w^2\nstart: w = -3\nlr: 0.001, 0.01, 0.1\nsteps: 5\nshow: plot loss\n")
        let svg = try #require(FigureBuilder(result: result).figures().first).svg
        let first = SequentialPalette.lightColor(at: 0).hexString
        let last = SequentialPalette.lightColor(at: 1).hexString
        #expect(svg.contains("--c0:\(first)") && svg.contains("--c2:\(last)"))
        #expect(!svg.contains("--c3:"))
    }
}
