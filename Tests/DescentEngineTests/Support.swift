@testable import DescentEngine

/// Runs `definition` from `start` and returns the result with a full trace.
func runTrace(
    _ definition: String, start: [Double], optimizer: any Optimizer, rate: Double, steps: Int,
    rule: (any RateController)? = nil, stop: String? = nil
) throws -> RunResult {
    let objective = try Objective.parse(definition)
    let stopping = try stop.map { try StoppingRuleParser.parse($0, parameters: objective.parameters) }
    return try Run.execute(
        RunConfiguration(
            objective: try CompiledObjective(objective), start: start, optimizer: optimizer,
            learningRate: rate, rateRule: rule ?? ScheduledRate(ConstantSchedule()),
            maxSteps: steps, stoppingRule: stopping))
}

/// θ after each step (the proposals) of a 1-D run.
func proposals(_ result: RunResult) -> [Double] {
    result.trace!.entries.map { $0.proposal[0] }
}

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(b))
}

func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
}

/// Random formulas over every kind of node, from a fixed seed (for comparing a rewritten
/// algorithm with the one it replaces).
struct RandomFormulas {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private static let leaves: [Expression] = [
        .parameter("w"), .parameter("x"), .parameter("w"), .parameter("x_1"), .parameter("alpha"), .parameter("lr2"),
        .number(2), .number(0), .number(1), .number(-1), .number(0.5), .number(3), .number(-2.5), .number(1e-7),
        .number(3e12), .constant(.pi), .constant(.e), .column("c"),
    ]

    /// A formula at most `depth` operators deep.
    mutating func formula(depth: Int) -> Expression {
        if depth == 0 || next(4) == 0 { return Self.leaves[next(Self.leaves.count)] }
        let a = formula(depth: depth - 1)
        switch next(13) {
        case 0: return .negate(a)
        case 1: return .add(a, formula(depth: depth - 1))
        case 2: return .subtract(a, formula(depth: depth - 1))
        case 3: return .multiply(a, formula(depth: depth - 1))
        case 4: return .multiply(formula(depth: depth - 1), a)
        case 5: return .divide(a, formula(depth: depth - 1))
        case 6: return .power(a, [.number(2), .number(3), .number(0.5), .number(-1), .number(1), .number(0)][next(6)])
        case 7: return .power(a, formula(depth: depth - 1))
        case 8: return .power(.constant(.e), a)
        case 9:
            let function = BuiltinFunction.allCases[next(BuiltinFunction.allCases.count)]
            return .call(function, function.arity == 2 ? [a, formula(depth: depth - 1)] : [a])
        case 10: return .aggregate(next(2) == 0 ? .mean : .sum, a)
        default: return .multiply(a, a)
        }
    }
}
