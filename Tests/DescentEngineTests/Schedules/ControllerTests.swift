import Testing

@testable import DescentEngine

@Suite struct ControllerTests {
    @Test func plateauCutsTheRateAfterPatienceRunsOut() {
        var plateau = PlateauController(factor: 0.5, patience: 2)
        var seen: [Double] = []
        for _ in 0..<6 {
            seen.append(plateau.rate(at: 0, base: 1, loss: 1, gradient: [0]))
            plateau.finish(loss: 1, accepted: true)
        }
        // improves once (from +∞), then 3 bad iterations > patience 2 → halve
        #expect(seen == [1, 1, 1, 1, 0.5, 0.5])
    }

    @Test func boldDriverRejectsLossIncreasesAndGrowsOnDecrease() throws {
        let result = try runTrace(
            "f(w) = w^2", start: [1], optimizer: SGD(), rate: 1.5, steps: 4, rule: BoldDriverController())
        let trace = result.trace!
        // proposals −2 (loss 4) and −1.1 (1.21) exceed 1.04 → rejected with rate ×0.7; −0.47 is taken
        #expect(trace.accepted == [false, false, true, true])
        #expect(close(trace.learningRates, [1.5, 1.05, 0.735, 0.735 * 1.05]))
        #expect(close(trace[2].proposal[0], 1 - 0.735 * 2))
        #expect(trace[2].parameters == [1])
    }

    @Test func hypergradientAddsBetaTimesGradientProduct() throws {
        let result = try runTrace(
            "f(w) = w^2", start: [1], optimizer: SGD(), rate: 0.1, steps: 2,
            rule: HypergradientController(beta: 0.01))
        // α1 = 0.1 + 0.01·(1.6·2) = 0.132; w2 = 0.8 − 0.132·1.6
        #expect(close(result.trace!.learningRates, [0.1, 0.132]))
        #expect(close(proposals(result), [0.8, 0.8 - 0.132 * 1.6]))
    }

    @Test func armijoHalvesUntilSufficientDecrease() throws {
        let result = try runTrace(
            "f(w) = w^2", start: [1], optimizer: SGD(), rate: 1, steps: 1, rule: ArmijoController())
        // full step lands on −1 (f = 1 > 1 − 1e-4·4); half step lands on 0
        #expect(close(result.trace!.learningRates, [0.5]))
        #expect(close(proposals(result), [0]))
    }

    @Test func polyakStepUsesTheKnownMinimum() throws {
        let result = try runTrace(
            "f(w) = w^2 + 3", start: [1], optimizer: SGD(), rate: 99, steps: 2,
            rule: PolyakController(optimalValue: 3))
        // η = (f − f*)/|g|² = w²/(4w²) = 1/4 → halves w each step
        #expect(close(result.trace!.learningRates, [0.25, 0.25]))
        #expect(close(proposals(result), [0.5, 0.25]))
    }
}
