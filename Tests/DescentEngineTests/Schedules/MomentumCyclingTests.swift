import Testing

@testable import DescentEngine

/// torch's `cycle_momentum` in CyclicLR and OneCycleLR, and OneCycleLR's end at `total_steps`.
@Suite struct MomentumCyclingTests {
    private func schedule(_ name: String, _ arguments: [Argument]) throws -> any RateController {
        try RateRuleRegistry.make(name, arguments: arguments)
    }

    private func rate(_ rule: any RateController, at t: Int) -> Double {
        var rule = rule
        return rule.rate(at: t, base: 0, loss: 0, gradient: [])
    }

    @Test func cyclicMomentumIsOnByDefaultAndMovesAgainstTheRate() throws {
        let cyclic = try schedule(
            "cyclic",
            [Argument("base_lr", .number(0.1)), Argument("max_lr", .number(1)), Argument("step_size_up", .number(2))])
        #expect(close((0..<5).map { cyclic.momentum(at: $0)! }, [0.9, 0.85, 0.8, 0.85, 0.9]))
        let plain = try schedule(
            "cyclic", [Argument("max_lr", .number(1)), Argument("cycle_momentum", .bool(false))])
        #expect(plain.momentum(at: 3) == nil)
        #expect(!plain.cyclesMomentum)
    }

    @Test func oneCycleMomentumFallsWhileTheRateRisesThenRisesAgain() throws {
        let oneCycle = try schedule(
            "one_cycle", [Argument("max_lr", .number(1)), Argument("total_steps", .number(10))])
        #expect(close(oneCycle.momentum(at: 0)!, 0.95))
        #expect(close(oneCycle.momentum(at: 2)!, 0.85))
        #expect(close(oneCycle.momentum(at: 9)!, 0.95))
        let threePhase = try schedule(
            "one_cycle",
            [
                Argument("max_lr", .number(1)), Argument("total_steps", .number(20)),
                Argument("three_phase", .bool(true)),
                Argument("base_momentum", .number(0.5)), Argument("max_momentum", .number(0.7)),
            ])
        #expect(close(threePhase.momentum(at: 5)!, 0.5))
        #expect(close(threePhase.momentum(at: 10)!, 0.7))
        #expect(close(threePhase.momentum(at: 15)!, 0.7))
    }

    @Test func cyclingTurnsPlainGradientDescentIntoMomentumAsTorchDoes() throws {
        let oneCycle = try schedule(
            "one_cycle", [Argument("max_lr", .number(0.1)), Argument("total_steps", .number(10))])
        let run = try runTrace("f(w) = w^2", start: [1], optimizer: SGD(), rate: 0.1, steps: 3, rule: oneCycle)
        // Step 0 uses momentum 0.95, so the buffer starts as the gradient; step 1 (halfway up
        // the cosine from 0.95 to 0.85) keeps 0.9 of it.
        #expect(close(oneCycle.momentum(at: 1)!, 0.9))
        let (r0, r1) = (rate(oneCycle, at: 0), rate(oneCycle, at: 1))
        let w1 = 1 - r0 * 2
        let buffer = 0.9 * 2 + 2 * w1
        #expect(close(proposals(run)[0], w1))
        #expect(close(proposals(run)[1], w1 - r1 * buffer))
    }

    @Test func cyclingSetsAdamsFirstBeta() throws {
        var adam = Adam()
        adam.setCycledMomentum(0.6)
        #expect(adam.betas == (0.6, 0.999))
        #expect(Adagrad().cycledMomentum == nil)
        #expect(RMSprop().cycledMomentum == .momentum)
        #expect(AdamW().cycledMomentum == .beta1)
    }

    @Test func anOptimizerWithoutMomentumOrBetasCannotBeCycled() throws {
        let cyclic = try schedule("cyclic", [Argument("max_lr", .number(0.1))])
        let objective = try CompiledObjective(try Objective.parse("f(w) = w^2"))
        let configuration = RunConfiguration(
            objective: objective, start: [1], optimizer: Adagrad(), learningRate: 0.01, rateRule: cyclic, maxSteps: 5)
        let error = #expect(throws: RunError.self) { try Run.execute(configuration) }
        #expect(error?.message.contains("cycle_momentum=false") == true)
        let sweep = Sweep(base: configuration)
        #expect(throws: RunError.self) { try sweep.runs() }
    }

    @Test func momentumArgumentsWithoutCyclingAreAContradiction() {
        let error = #expect(throws: ConfigurationError.self) {
            try RateRuleRegistry.make(
                "one_cycle",
                arguments: [
                    Argument("max_lr", .number(1)), Argument("total_steps", .number(10)),
                    Argument("cycle_momentum", .bool(false)), Argument("max_momentum", .number(0.9)),
                ])
        }
        #expect(error?.argument == "max_momentum")
    }

    @Test func oneCycleExtrapolatesAtTotalStepsAndRefusesALongerBudget() throws {
        let oneCycle = try schedule(
            "one_cycle",
            [
                Argument("max_lr", .number(1)), Argument("total_steps", .number(10)),
                Argument("anneal_strategy", .word("linear")),
            ])
        // The last phase runs from step 2 to 9, 1 → 4e-6; step 10 lies one step beyond, as in torch.
        let last = rate(oneCycle, at: 9)
        let slope = (last - 1) / 7
        #expect(close(rate(oneCycle, at: 10), last + slope))
        let objective = try CompiledObjective(try Objective.parse("f(w) = w^2"))
        var configuration = RunConfiguration(
            objective: objective, start: [1], optimizer: SGD(), rateRule: oneCycle, maxSteps: 10)
        #expect(throws: Never.self) { try Run.execute(configuration) }
        configuration.maxSteps = 11
        let error = #expect(throws: RunError.self) { try Run.execute(configuration) }
        #expect(error?.message.contains("total_steps=10") == true)
        #expect(error?.message.contains("11") == true)
    }

    @Test func reportsSayTheCycledHyperparameterHasNoSingleValue() throws {
        let objective = try CompiledObjective(try Objective.parse("f(w) = w^2"))
        let oneCycle = try schedule(
            "one_cycle", [Argument("max_lr", .number(1)), Argument("total_steps", .number(10))])
        let sgd = RunConfiguration(objective: objective, start: [1], optimizer: SGD(), rateRule: oneCycle)
        #expect(sgd.reportedHyperparameters.first { $0.name == "momentum" }?.value == "cycled")
        let adam = RunConfiguration(objective: objective, start: [1], optimizer: Adam(), rateRule: oneCycle)
        #expect(adam.reportedHyperparameters.first { $0.name == "betas" }?.value == "(cycled, 0.999)")
        let plain = RunConfiguration(objective: objective, start: [1], optimizer: SGD())
        #expect(plain.reportedHyperparameters.first { $0.name == "momentum" }?.value == "0")
    }
}
