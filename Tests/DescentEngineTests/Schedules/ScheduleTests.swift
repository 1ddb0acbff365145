import Foundation
import Testing

@testable import DescentEngine

@Suite struct ScheduleTests {
    private func rates(_ name: String, _ arguments: [Argument], count: Int, base: Double = 1) throws -> [Double] {
        var controller = try RateRuleRegistry.make(name, arguments: arguments)
        return (0..<count).map { controller.rate(at: $0, base: base, loss: 1, gradient: [1]) }
    }

    @Test func stepDecay() throws {
        let values = try rates("step", [Argument("step_size", .number(2)), Argument("gamma", .number(0.5))], count: 5)
        #expect(close(values, [1, 1, 0.5, 0.5, 0.25]))
    }

    @Test func multiStepExponentialInverse() throws {
        #expect(
            close(try rates("multistep", [Argument("milestones", .numbers([1, 3]))], count: 4), [1, 0.1, 0.1, 0.01]))
        #expect(close(try rates("exponential", [Argument("gamma", .number(0.5))], count: 3), [1, 0.5, 0.25]))
        #expect(close(try rates("inverse", [Argument("k", .number(1))], count: 3), [1, 0.5, 1.0 / 3]))
    }

    @Test func polynomialAndLinearWarmup() throws {
        #expect(
            close(
                try rates(
                    "polynomial", [Argument("total_iters", .number(4)), Argument("power", .number(2))], count: 6),
                [1, 0.5625, 0.25, 0.0625, 0, 0]))
        #expect(
            close(
                try rates("linear", [], count: 7),
                [
                    1.0 / 3, 1.0 / 3 + 2.0 / 15, 1.0 / 3 + 4.0 / 15, 1.0 / 3 + 6.0 / 15,
                    1.0 / 3 + 8.0 / 15, 1, 1,
                ]))
    }

    @Test func cosineRisesAgainAfterTMax() throws {
        #expect(
            close(
                try rates("cosine", [Argument("T_max", .number(4))], count: 9),
                [
                    1, (1 + cos(Double.pi / 4)) / 2, 0.5, (1 + cos(3 * Double.pi / 4)) / 2, 0,
                    (1 + cos(5 * Double.pi / 4)) / 2, 0.5, (1 + cos(7 * Double.pi / 4)) / 2, 1,
                ]))
    }

    @Test func warmRestartsGrowTheirPeriod() throws {
        let values = try rates(
            "warm_restarts", [Argument("T_0", .number(2)), Argument("T_mult", .number(2))], count: 7)
        #expect(close(values, [1, 0.5, 1, (1 + cos(Double.pi / 4)) / 2, 0.5, (1 + cos(3 * Double.pi / 4)) / 2, 1]))
    }

    @Test func cyclicModes() throws {
        let base = [
            Argument("base_lr", .number(0.1)), Argument("max_lr", .number(1)), Argument("step_size_up", .number(2)),
        ]
        #expect(close(try rates("cyclic", base, count: 5), [0.1, 0.55, 1, 0.55, 0.1]))
        let halved = try rates("cyclic", base + [Argument("mode", .word("triangular2"))], count: 7)
        #expect(close(halved[6], 0.55))
        #expect(close(halved[5], 0.1 + 0.45 / 2))
    }

    @Test func oneCycleWarmsUpThenAnneals() throws {
        let values = try rates(
            "one_cycle", [Argument("max_lr", .number(1)), Argument("total_steps", .number(10))], count: 10)
        #expect(close(values[0], 0.04))
        #expect(close(values[1], 1 + (0.04 - 1) / 2 * (cos(Double.pi * 0.5) + 1)))
        #expect(close(values[2], 1))
        #expect(close(values[9], 0.04 / 1e4))
    }

    @Test func unknownScheduleAndArgumentsSuggest() {
        let error = #expect(throws: ConfigurationError.self) { try RateRuleRegistry.make("cosin") }
        #expect(error?.suggestion == "did you mean 'cosine'?")
        let missing = #expect(throws: ConfigurationError.self) { try RateRuleRegistry.make("step") }
        #expect(missing?.argument == "step_size")
        let mode = #expect(throws: ConfigurationError.self) {
            try RateRuleRegistry.make(
                "cyclic", arguments: [Argument("max_lr", .number(1)), Argument("mode", .word("triangulr"))])
        }
        #expect(mode?.suggestion == "did you mean 'triangular'?")
    }
}
