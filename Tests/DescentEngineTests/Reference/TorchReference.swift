import Foundation
import Testing

@testable import DescentEngine

/// The reference set PyTorch wrote (scripts/torch-reference.py, Fixtures/torch-reference.json):
/// each case is an optimizer and a schedule as a lesson names them, a 2-D objective, a start,
/// a rate and a step budget, with torch's trajectory θ₀ … θ_steps in float64.
struct TorchReference: Decodable {
    /// One reference trajectory.
    struct Case: Decodable {
        var name: String
        var objective: String
        var start: [Double]
        var optimizer: String
        var optimizerArguments: [String: Value]
        var learningRate: Double
        var schedule: String?
        var scheduleArguments: [String: Value]
        var steps: Int
        var trajectory: [[Double]]
        /// For a fixed schedule, the rate torch holds after the last step: the rate at
        /// iteration `steps` (OneCycleLR's extrapolation when `steps` is `total_steps`).
        var nextRate: Double?

        enum CodingKeys: String, CodingKey {
            case name, objective, start, optimizer, schedule, steps, trajectory
            case optimizerArguments = "optimizer_args"
            case learningRate = "lr"
            case scheduleArguments = "schedule_args"
            case nextRate = "next_lr"
        }
    }

    /// A torch keyword argument's value, as a lesson argument (the names are the same).
    struct Value: Decodable {
        var argument: ArgumentValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                argument = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                argument = .number(number)
            } else if let numbers = try? container.decode([Double].self) {
                argument = .numbers(numbers)
            } else {
                argument = .word(try container.decode(String.self))
            }
        }
    }

    /// `torch.__version__` of the PyTorch that wrote the file.
    var torch: String
    var cases: [Case]

    /// Reads the bundled file.
    static func load() throws -> TorchReference {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/torch-reference.json")
        return try JSONDecoder().decode(TorchReference.self, from: Data(contentsOf: url))
    }
}

extension TorchReference.Case {
    /// The engine's trajectory for this case: θ at every iteration, then the final θ.
    func engineTrajectory() throws -> [[Double]] {
        let rule = try schedule.map { try RateRuleRegistry.make($0, arguments: Self.arguments(scheduleArguments)) }
        let optimizer = try OptimizerRegistry.make(optimizer, arguments: Self.arguments(optimizerArguments))
        let result = try runTrace(
            objective, start: start, optimizer: optimizer, rate: learningRate, steps: steps, rule: rule)
        return try #require(result.trace).entries.map(\.parameters) + [result.finalParameters]
    }

    /// The largest error of the engine's trajectory against torch's, relative to the size of
    /// torch's coordinate, or to 1 for coordinates smaller than 1 (they pass through 0);
    /// infinity when the lengths differ.
    func maximumRelativeError() throws -> Double {
        let engine = try engineTrajectory()
        guard engine.count == trajectory.count else { return .infinity }
        var worst = 0.0
        for (ours, theirs) in zip(engine, trajectory) {
            for (a, b) in zip(ours, theirs) { worst = Swift.max(worst, Swift.abs(a - b) / Swift.max(1, Swift.abs(b))) }
        }
        return worst
    }

    /// The engine's rate at iteration `steps`, for comparison with ``nextRate``.
    func engineNextRate() throws -> Double? {
        guard let schedule else { return nil }
        var rule = try RateRuleRegistry.make(schedule, arguments: Self.arguments(scheduleArguments))
        return rule.rate(at: steps, base: learningRate, loss: 0, gradient: [])
    }

    private static func arguments(_ values: [String: TorchReference.Value]) -> [Argument] {
        values.keys.sorted().map { Argument($0, values[$0]!.argument) }
    }
}
