import Testing

@testable import DescentEngine

@Suite struct RunTests {
    @Test func stopsAtIterationTenLikeTheClassroomLoop() throws {
        var w = -3.0
        var stoppedAt: Int?
        for i in 0..<25 {
            let gradient = 2 * w
            let next = w - 0.3 * gradient
            if abs(next - w) < 0.001 && abs(gradient) < 0.001 {
                stoppedAt = i
                break
            }
            w = next
        }
        let result = try runTrace(
            "f(w) = w^2", start: [-3], optimizer: SGD(), rate: 0.3, steps: 25,
            stop: "|Δw| < 0.001 and |grad| < 0.001")
        #expect(stoppedAt == 10)
        #expect(result.outcome == .converged(iteration: 10))
        #expect(result.finalParameters == [w])
        #expect(result.trace?.count == 11)
    }

    @Test func traceRecordsEachIteration() throws {
        let result = try runTrace("f(w) = w^2", start: [-3], optimizer: SGD(), rate: 0.3, steps: 2)
        let first = result.trace![0]
        #expect(first.parameters == [-3] && first.loss == 9 && first.gradient == [-6])
        #expect(first.learningRate == 0.3 && close(first.proposal[0], -1.2))
        #expect(result.outcome == .exhausted(steps: 2))
        #expect(close(result.finalParameters[0], -0.48))
    }

    @Test func divergenceIsAnOutcome() throws {
        let result = try runTrace("f(w) = w^2", start: [1], optimizer: SGD(), rate: 10, steps: 1000)
        guard case .diverged(let iteration, _) = result.outcome else {
            Issue.record("expected divergence, got \(result.outcome)")
            return
        }
        // w = (−19)^i, so the loss 361^i first exceeds 1e12 at i = 5 (361^4 ≈ 1.7e10, 361^5 ≈ 6.2e12)
        #expect(iteration == 5)
    }

    @Test func stoppingRuleParserSpellings() throws {
        let parameters = ["x", "y"]
        #expect(
            try StoppingRuleParser.parse("|dx| <= 1e-3", parameters: parameters)
                == .compare(.parameterStep(0), threshold: 1e-3, inclusive: true))
        #expect(
            try StoppingRuleParser.parse("|step| ≤ 1", parameters: parameters)
                == .compare(.stepNorm, threshold: 1, inclusive: true))
        let combined = try StoppingRuleParser.parse(
            "loss < 1e-6 or |delta θ| < 1 and dloss < 2", parameters: parameters)
        #expect(
            combined
                == .any([
                    .compare(.loss, threshold: 1e-6, inclusive: false),
                    .all([
                        .compare(.stepNorm, threshold: 1, inclusive: false),
                        .compare(.lossChange, threshold: 2, inclusive: false),
                    ]),
                ]))
        #expect(
            try StoppingRuleParser.parse("(loss < 1 or |grad| < 2) and |y| < 3", parameters: parameters)
                == .all([
                    .any([
                        .compare(.loss, threshold: 1, inclusive: false),
                        .compare(.gradientNorm, threshold: 2, inclusive: false),
                    ]),
                    .compare(.parameterValue(1), threshold: 3, inclusive: false),
                ]))
    }

    @Test func stoppingRuleErrorsHaveColumns() {
        let unknown = #expect(throws: ExpressionError.self) {
            try StoppingRuleParser.parse("|grd| < 1", parameters: ["w"])
        }
        #expect(unknown?.column == 2)
        #expect(unknown?.suggestion == "did you mean 'grad'?")
        let relation = #expect(throws: ExpressionError.self) {
            try StoppingRuleParser.parse("loss = 1", parameters: ["w"])
        }
        #expect(relation?.column == 6)
        let losss = #expect(throws: ExpressionError.self) { try StoppingRuleParser.parse("los < 1", parameters: ["w"]) }
        #expect(losss?.suggestion == "did you mean 'loss'?")
    }

    @Test func budgetCapsAreErrors() throws {
        let objective = try CompiledObjective(Objective.parse("f(w) = w^2"))
        #expect(throws: RunError.self) {
            try Run.execute(RunConfiguration(objective: objective, start: [1], optimizer: SGD(), maxSteps: 2_000_000))
        }
        #expect(throws: RunError.self) {
            try Run.execute(RunConfiguration(objective: objective, start: [1, 2], optimizer: SGD()))
        }
    }

    @Test func symbolicGradientMatchesCentralDifferences() throws {
        let evaluator = ObjectiveEvaluator(
            try CompiledObjective(Objective.parse("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2 + sin(x*y)")))
        var gradient = [0.0, 0.0]
        _ = evaluator.evaluate(at: [-1.5, 2], gradient: &gradient)
        #expect(close(evaluator.numericalGradient(at: [-1.5, 2]), gradient, 1e-7))
    }

    @Test func subgradientsAtKinks() throws {
        let evaluator = ObjectiveEvaluator(try CompiledObjective(Objective.parse("f(a, b) = abs(a) + max(a, b)")))
        var gradient = [0.0, 0.0]
        _ = evaluator.evaluate(at: [0, 0], gradient: &gradient)
        #expect(gradient == [0.5, 0.5])
    }
}
