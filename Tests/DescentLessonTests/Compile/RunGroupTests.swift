import Testing

@testable import DescentLesson

/// How optimizers with their own run settings expand into runs, and how those runs are named.
@Suite struct RunGroupTests {
    static let bowl = """
        f(x, y) = 0.1*x^2 + 2*y^2
        start: x = -8, y = 1
        steps: 1000
        stop: |grad| < 1e-6

        """

    func runs(_ body: String) throws -> [PlannedRun] {
        try render("# T\n\n" + block("race", body)).run.results[0].experiment.runs
    }

    @Test func eachOptimizerRunsAtItsOwnRates() throws {
        let planned = try runs(
            Self.bowl + "optimizer: gd(lr=0.45), momentum(momentum=0.4, lr=0.6), adam(lr=(0.1, 0.3))\n")
        #expect(planned.map(\.facets.optimizerName) == ["gd", "momentum", "adam", "adam"])
        #expect(planned.map(\.facets.learningRate) == [0.45, 0.6, 0.1, 0.3])
        #expect(planned.map(\.configuration.learningRate) == [0.45, 0.6, 0.1, 0.3])
        #expect(
            planned.map(\.label) == [
                "GD with η = 0.45", "Momentum 0.4 with η = 0.6", "Adam with η = 0.1", "Adam with η = 0.3",
            ])
    }

    @Test func aThreeRunComparisonBuildsWithItsClaimsAndReferences() throws {
        let body =
            Self.bowl + """
                optimizer: gd(lr=0.45), momentum(momentum=0.4, lr=0.6), adam(lr=0.3)
                show: summary, plot loss log
                expect: momentum lr=0.6 reaches loss < 1e-6 before gd lr=0.45
                expect: gd lr=0.45 converges faster than adam lr=0.3

                """
        let lesson = "# T\n\n" + block("race", body) + "\nAdam ran at {{race[adam].lr}}; {{race[gd].label}} won.\n"
        let (run, output) = try render(lesson)
        #expect(run.results[0].pairs.count == 3)
        #expect(output.lessonText.contains("| Momentum 0.4 with η = 0.6 | converged at iteration 49 |"))
        #expect(output.siteMarkdown.contains("Adam ran at\u{A0}0.3;\u{A0}GD with η = 0.45 won."))
    }

    @Test func optimizersWithoutARateTakeTheBlockList() throws {
        let planned = try runs(Self.bowl + "optimizer: gd, adam(lr=0.1)\nlr: 0.3, 0.45\n")
        #expect(planned.map(\.facets.optimizerName) == ["gd", "gd", "adam"])
        #expect(planned.map(\.facets.learningRate) == [0.3, 0.45, 0.1])
    }

    @Test func withoutAnyRateAnOptimizerUsesItsPyTorchDefault() throws {
        let planned = try runs(Self.bowl + "optimizer: gd(lr=0.3), adam\n")
        #expect(planned.map(\.facets.learningRate) == [0.3, 1e-3])
    }

    @Test func anOptimizerScheduleReplacesTheBlockSchedule() throws {
        let planned = try runs(
            Self.bowl + "optimizer: gd(schedule=cosine(T_max=50)), adam\nschedule: constant\nlr: 0.3\n")
        #expect(planned.map(\.facets.schedule) == ["cosine(T_max=50)", "constant"])
    }

    @Test func batchesStayTheOutermostLoop() throws {
        let body = """
            f(w, b) = mean((w*x + b - y)^2)
            data: generate(n=8, x=(0, 10), y=2*x + 1, noise=1, seed=7)
            epochs: 2
            lr: 0.1
            optimizer: gd, sgd(batch=(1, 4)), adam(lr=0.01)

            """
        let planned = try runs(body)
        #expect(planned.map(\.facets.optimizerName) == ["gd", "adam", "sgd", "sgd"])
        #expect(planned.map(\.facets.batch) == [nil, nil, 1, 4])
        #expect(planned.map(\.configuration.maxSteps) == [2, 2, 16, 4])
    }
}
