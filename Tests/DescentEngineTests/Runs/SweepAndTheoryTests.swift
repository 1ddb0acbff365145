import Foundation
import Testing

@testable import DescentEngine

@Suite struct SweepAndTheoryTests {
    @Test func sweepOrderIsOptimizerThenRateThenStart() throws {
        let objective = try CompiledObjective(Objective.parse("f(w) = w^2"))
        let sweep = Sweep(
            base: RunConfiguration(objective: objective, start: [1], optimizer: SGD(), maxSteps: 1),
            optimizers: [SGD(), Adam()], learningRates: [0.1, 0.2], starts: [[1], [2]])
        let runs = try sweep.run(threads: 2)
        let results = try runs.map { try $0.outcome.get() }
        let firstSteps = results.map { $0.trace![0].proposal[0] }
        #expect(close(Array(firstSteps[0..<4]), [0.8, 1.6, 0.6, 1.2]))
        #expect(results.count == 8)
        #expect(try sweep.run(threads: 1).map { try $0.outcome.get() } == results)
        #expect(
            runs.map(\.tag)
                == (0..<2).flatMap { o in
                    (0..<2).flatMap { l in
                        (0..<2).map { s in SweepPosition(optimizer: o, rateRule: 0, learningRate: l, start: s) }
                    }
                })
        #expect(runs.map(\.configuration.effectiveLearningRate) == [0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.2, 0.2])
    }

    @Test func tagsTravelWithTheirRunsAndAFailedRunIsReportedAsThatRun() throws {
        let objective = try CompiledObjective(Objective.parse("f(w) = w^2"))
        let sweep = Sweep(
            base: RunConfiguration(objective: objective, start: [1], optimizer: SGD(), maxSteps: 3),
            learningRates: [0.1, 0.2], starts: [[1], [.infinity]],
            tag: { "lr #\($0.learningRate), start #\($0.start)" })
        let runs = try sweep.run(threads: 2)
        #expect(runs.map(\.tag) == ["lr #0, start #0", "lr #0, start #1", "lr #1, start #0", "lr #1, start #1"])
        let failed = runs.filter { if case .failure = $0.outcome { true } else { false } }
        #expect(failed.map(\.tag) == ["lr #0, start #1", "lr #1, start #1"])
        #expect(failed.allSatisfy { $0.configuration.start == [.infinity] })
        if case .failure(let error) = failed[0].outcome { #expect(error.message == "the start point must be finite") }
        #expect(try abs(runs[2].outcome.get().finalParameters[0] - 0.216) < 1e-12)
    }

    @Test func sweepCapIsAnError() throws {
        let objective = try CompiledObjective(Objective.parse("f(w) = w^2"))
        let sweep = Sweep(
            base: RunConfiguration(objective: objective, start: [1], optimizer: SGD()),
            learningRates: Array(repeating: 0.1, count: 10_001))
        #expect(throws: RunError.self) { try sweep.run() }
    }

    @Test func quadraticIsRecognised() throws {
        let theory = try #require(QuadraticTheory(Objective.parse("f(w) = 3*(w - 1)^2 + 2")))
        #expect(theory.a == 3 && theory.center == 1 && theory.minimum == 2)
        #expect(QuadraticTheory(try Objective.parse("f(w) = w^4")) == nil)
        #expect(QuadraticTheory(try Objective.parse("f(x, y) = x^2 + y^2")) == nil)
    }

    @Test func regimesFollowTheContractionFactor() throws {
        let theory = try #require(QuadraticTheory(Objective.parse("f(w) = w^2")))
        #expect(theory.regime(learningRate: 0.25) == .monotone)
        #expect(theory.regime(learningRate: 0.5) == .oneStep)
        #expect(theory.regime(learningRate: 0.75) == .oscillating)
        #expect(theory.regime(learningRate: 1) == .cycling)
        #expect(theory.regime(learningRate: 1.5) == .diverging)
        #expect(theory.regime(learningRate: 0) == .noProgress)
    }

    @Test func predictedIterationsMatchRuns() throws {
        let theory = try #require(QuadraticTheory(Objective.parse("f(w) = w^2")))
        #expect(theory.predictedIterations(start: -3, learningRate: 0.3, epsilon: 1e-3) == 9)
        for rate in [0.05, 0.1, 0.3, 0.45, 0.5, 0.7, 0.9] {
            let result = try runTrace(
                "f(w) = w^2", start: [-3], optimizer: SGD(), rate: rate, steps: 10_000, stop: "|w| < 0.001")
            let predicted = theory.predictedIterations(start: -3, learningRate: rate, epsilon: 1e-3)
            #expect(result.outcome == .converged(iteration: predicted ?? -1), "lr \(rate)")
        }
    }
}
