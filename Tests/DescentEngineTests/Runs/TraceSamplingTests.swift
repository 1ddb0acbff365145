import Testing

@testable import DescentEngine

/// Sampled traces: exact while short, bounded when long, head, tail and extremes kept.
@Suite struct TraceSamplingTests {
    /// A run of `steps` steps recorded `recording`; a cyclic schedule makes the rate vary and
    /// the loss wiggle, so that extremes inside buckets matter.
    private func run(_ steps: Int, _ recording: TraceRecording) throws -> RunResult {
        let objective = try CompiledObjective(try Objective.parse("f(x, y) = x^2 + 3*y^2 + sin(5*x)"))
        let schedule = try RateRuleRegistry.make(
            "cyclic", arguments: [Argument("base_lr", .number(0.001)), Argument("max_lr", .number(0.05))], column: nil)
        var configuration = RunConfiguration(
            objective: objective, start: [2, -1], optimizer: SGD(), learningRate: 0.01, rateRule: schedule,
            maxSteps: steps, recording: recording)
        configuration.lossThresholds = [1, -100]
        return try Run.execute(configuration)
    }

    @Test func aShortRunIsRecordedExactlyAsAFullTrace() throws {
        let full = try run(500, .full)
        let sampled = try run(500, .sampled(TraceSampling(keepFirst: 10, capacity: 1000)))
        #expect(sampled.trace?.isComplete == true)
        #expect(sampled.trace?.entries == full.trace?.entries)
        #expect(sampled.trace?.rateVaries == true)
    }

    @Test func aLongRunHoldsAtMostItsCapacityAndKeepsHeadTailAndExtremes() throws {
        let steps = 200_000
        let full = try #require(try run(steps, .full).trace)
        let sampling = TraceSampling(keepFirst: 20, capacity: 2000)
        let result = try run(steps, .sampled(sampling))
        let trace = try #require(result.trace)
        #expect(!trace.isComplete)
        #expect(trace.count == steps)
        #expect(trace.losses.count <= sampling.capacity)
        #expect(trace.iterations == trace.iterations.sorted())
        for i in Array(0..<20) + Array((steps - 3)..<steps) { #expect(trace.entry(atIteration: i) == full[i]) }
        #expect(trace.losses.min() == full.losses.min())
        #expect(trace.losses.max() == full.losses.max())
        #expect(trace.learningRates.min() == full.learningRates.min())
        #expect(trace.learningRates.max() == full.learningRates.max())
        #expect(trace.rateVaries == full.rateVaries)
        // Every entry held is the run's own, at its own iteration.
        for (position, iteration) in trace.iterations.enumerated() where position % 97 == 0 {
            #expect(trace.entry(atIteration: iteration) == full[iteration])
        }
    }

    @Test func summariesNoteFirstAndLastLossesAndThresholdCrossings() throws {
        let full = try run(3000, .full)
        let summary = try run(3000, .summary)
        let trace = try #require(full.trace)
        #expect(summary.trace == nil)
        #expect(summary.firstLoss == trace.losses.first)
        #expect(summary.lastFiniteLoss == trace.losses.last(where: \.isFinite))
        #expect(summary.firstBelow == [trace.losses.firstIndex { $0 < 1 }, nil])
    }
}
