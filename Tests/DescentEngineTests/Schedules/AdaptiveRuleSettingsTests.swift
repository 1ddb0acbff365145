import Testing

@testable import DescentEngine

/// The settings of the adaptive rules: defaults that keep the original behaviour, the normalised
/// hypergradient, Armijo's growth factor, and errors for bad values at the argument.
@Suite struct AdaptiveRuleSettingsTests {
    private func rule(_ name: String, _ arguments: [Argument]) throws -> any RateController {
        try RateRuleRegistry.make(name, arguments: arguments)
    }

    private func bowl(_ rule: any RateController, rate: Double, steps: Int) throws -> RunResult {
        let objective = try Objective.parse("f(x, y) = 0.1*x^2 + 2*y^2")
        return try Run.execute(
            RunConfiguration(
                objective: try CompiledObjective(objective), start: [-8, 1], optimizer: SGD(),
                learningRate: rate, rateRule: rule, maxSteps: steps))
    }

    @Test func normalizedHypergradientMultipliesByTheCosineOfConsecutiveGradients() throws {
        let result = try runTrace(
            "f(x, y) = x^2 + 4*y^2", start: [1, 1], optimizer: SGD(), rate: 0.1, steps: 2,
            rule: try rule("hypergradient", [Argument("beta", .number(0.5)), Argument("normalized", .bool(true))]))
        // ∇f(1, 1) = (2, 8); θ₁ = (0.8, 0.2); ∇f(θ₁) = (1.6, 1.6): cos = 16 / (√68 · √5.12)
        let cosine = 16 / (68.0.squareRoot() * 5.12.squareRoot())
        #expect(close(result.trace!.learningRates, [0.1, 0.1 * (1 + 0.5 * cosine)]))
    }

    @Test func normalizedHypergradientKeepsTheRateWhenAGradientVanishes() throws {
        var hyper = HypergradientController(beta: 0.5, normalized: true)
        #expect(hyper.rate(at: 0, base: 0.3, loss: 1, gradient: [0, 0]) == 0.3)
        #expect(hyper.rate(at: 1, base: 0.3, loss: 1, gradient: [1, 2]) == 0.3)
        #expect(close(hyper.rate(at: 2, base: 0.3, loss: 1, gradient: [-2, -4]), 0.15))
    }

    @Test func hypergradientDefaultsToTheAdditiveRule() throws {
        let made = try #require(
            try rule("hypergradient", [Argument("beta", .number(0.01))]) as? HypergradientController)
        #expect(!made.normalized && made.beta == 0.01)
        // the additive rule's step on w²: 0.1 + 0.01·(1.6·2)
        let result = try runTrace("f(w) = w^2", start: [1], optimizer: SGD(), rate: 0.1, steps: 2, rule: made)
        #expect(close(result.trace!.learningRates, [0.1, 0.132]))
    }

    @Test func armijoWithGrowthStartsEachTrialFromThePreviousAcceptedRate() throws {
        let result = try runTrace(
            "f(w) = w^2", start: [1], optimizer: SGD(), rate: 0.1, steps: 5,
            rule: try rule("armijo", [Argument("grow", .number(2))]))
        // trials 0.1, 0.2, 0.4, 0.8 pass; the trial 1.6 overshoots and is halved back to 0.8
        #expect(close(result.trace!.learningRates, [0.1, 0.2, 0.4, 0.8, 0.8]))
    }

    @Test func armijoByDefaultRestartsFromTheRunsRate() throws {
        let made = try #require(try rule("armijo", []) as? ArmijoController)
        #expect(made.growth == nil && made.shrink == 0.5 && made.sufficientDecrease == 1e-4)
        // from a trial of 1 on the stretched bowl the search halves while y matters, then takes
        // full steps again; with grow=1 the trial never climbs back above an accepted rate
        let restarting = try bowl(made, rate: 1, steps: 100).trace!.learningRates
        let monotone = try bowl(try rule("armijo", [Argument("grow", .number(1))]), rate: 1, steps: 100)
            .trace!.learningRates
        #expect(restarting.last == 1)
        #expect(monotone.max()! <= 0.5)
        #expect(zip(monotone, monotone.dropFirst()).allSatisfy { $1 <= $0 })
    }

    @Test func boldDriverFactorsAreArgumentsWithMatlabDefaults() throws {
        let made = try #require(try rule("bold_driver", []) as? BoldDriverController)
        #expect(made.increase == 1.05 && made.decrease == 0.7 && made.maximumLossIncrease == 1.04)
        let set = try #require(
            try rule(
                "bold_driver",
                [
                    Argument("lr_inc", .number(1.1)), Argument("lr_dec", .number(0.5)),
                    Argument("max_perf_inc", .number(1)),
                ])
                as? BoldDriverController)
        #expect(set.increase == 1.1 && set.decrease == 0.5 && set.maximumLossIncrease == 1)
    }

    @Test func badSettingsAreErrorsAtTheirArgument() {
        let beta = #expect(throws: ConfigurationError.self) {
            try rule(
                "hypergradient",
                [Argument("beta", .number(1), column: 15), Argument("normalized", .bool(true), column: 23)])
        }
        #expect(beta?.argument == "beta" && beta?.column == 15)
        #expect(beta?.message == "hypergradient argument 'beta' must be in [0, 1) with normalized=true, got 1")
        let flag = #expect(throws: ConfigurationError.self) {
            try rule(
                "hypergradient", [Argument("beta", .number(0.1)), Argument("normalized", .word("yes"), column: 9)])
        }
        #expect(flag?.argument == "normalized" && flag?.column == 9)
        let grow = #expect(throws: ConfigurationError.self) {
            try rule("armijo", [Argument("grow", .number(0.5), column: 8)])
        }
        #expect(grow?.argument == "grow" && grow?.column == 8)
        #expect(grow?.message == "armijo argument 'grow' must be ≥ 1, got 0.5")
        let typo = #expect(throws: ConfigurationError.self) { try rule("armijo", [Argument("growth", .number(2))]) }
        #expect(typo?.suggestion == "did you mean 'grow'?")
    }
}
