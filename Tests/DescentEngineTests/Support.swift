@testable import DescentEngine

/// Runs `definition` from `start` and returns the result with a full trace.
func runTrace(_ definition: String, start: [Double], optimizer: any Optimizer, rate: Double, steps: Int,
              rule: (any RateController)? = nil, stop: String? = nil) throws -> RunResult {
    let objective = try Objective.parse(definition)
    let stopping = try stop.map { try StoppingRuleParser.parse($0, parameters: objective.parameters) }
    return try Run.execute(RunConfiguration(objective: try CompiledObjective(objective), start: start, optimizer: optimizer,
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
