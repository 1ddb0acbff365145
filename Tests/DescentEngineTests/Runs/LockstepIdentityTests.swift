import Foundation
import Testing

@testable import DescentEngine

/// Lockstep sweeps (several runs per SIMD register) must give every run exactly the numbers it
/// gets alone: every recorded value is compared bit for bit with the scalar path.
@Suite struct LockstepIdentityTests {
    static let square = "f(w) = w^2"
    static let rosenbrock = "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2"
    /// Every opcode the tape has, with ties, signed zeros and overflow within reach.
    static let everything =
        "f(x, y) = sin(x)*cos(y) + tan(x/4) + exp(-x^2) + log(1 + y^2) + sqrt(x^2 + 1) + abs(x - y)"
        + " + tanh(y) + sigmoid(x) + sign(x)*step(y) + min(x, y) - max(x, 0) + x^5 + y^(-3) + (x^2)^1.5 + -y/7"

    /// Every number a result holds, as bit patterns, and its outcome and counts as text.
    static func bits(_ result: RunResult) -> [String] {
        func hex(_ values: [Double]) -> String {
            values.map { String($0.bitPattern, radix: 16) }.joined(separator: ",")
        }
        var lines = [
            "\(result.outcome)", "final \(hex(result.finalParameters)) \(hex([result.finalLoss]))",
            "iterations \(result.iterations) first \(hex([result.firstLoss])) last \(hex([result.lastFiniteLoss]))",
            "below \(result.firstBelow) epochs \(hex(result.epochLosses))",
        ]
        if let trace = result.trace {
            lines.append("trace \(trace.count) \(trace.iterations) varies \(trace.rateVaries)")
            for entry in trace.entries {
                lines.append(
                    "\(entry.iteration): \(hex(entry.parameters)) \(hex([entry.loss])) \(hex(entry.gradient)) "
                        + "\(hex([entry.learningRate])) \(hex(entry.proposal)) \(entry.accepted)")
            }
        }
        return lines
    }

    struct Case: CustomStringConvertible {
        var label: String
        var definition: String
        var starts: [[Double]]
        var optimizers: [any Optimizer]
        var rates: [Double]
        var stop: String? = nil
        var recording: TraceRecording = .summary
        var bound: Double = 1e12
        var thresholds: [Double] = []
        var description: String { label }
    }

    static func optimizers() throws -> [any Optimizer] {
        [
            try OptimizerRegistry.make("gd"), try OptimizerRegistry.make("momentum"),
            try OptimizerRegistry.make("nesterov"),
            SGD(momentum: 0.5, dampening: 0.25, weightDecay: 0.01, maximize: false),
            SGD(maximize: true), SGD(momentum: 0.5, weightDecay: 0.01, maximize: true),
            try OptimizerRegistry.make("adam"),
            Adam(betas: (0.8, 0.99), epsilon: 1e-6, weightDecay: 0.1, amsgrad: true),
            Adam(maximize: true), Adam(weightDecay: 0.1, maximize: true), try OptimizerRegistry.make("adamw"),
        ]
    }

    static func cases() throws -> [Case] {
        let rates = [1e-4, 1e-3, 0.01, 0.05, 0.1, 0.3, 0.5, 0.9, 1.0, 1.2, 3.0, 40.0, 1e308]
        return [
            Case(
                label: "square summary", definition: square, starts: [[1], [-3], [0.25]], optimizers: try optimizers(),
                rates: rates, thresholds: [1e-2, 1e-9]),
            Case(
                label: "square stop", definition: square, starts: [[1], [-2]], optimizers: try optimizers(),
                rates: rates, stop: "|Δθ| < 1e-6 or loss < 1e-10", recording: .full),
            Case(
                label: "rosenbrock sampled", definition: rosenbrock, starts: [[-1.5, 2], [0, 0], [1.2, 1.2]],
                optimizers: try optimizers(), rates: rates, recording: .sampled(.init(keepFirst: 4, capacity: 24)),
                thresholds: [1]),
            Case(
                label: "rosenbrock stop", definition: rosenbrock, starts: [[-1.5, 2], [2, -1]],
                optimizers: try optimizers(), rates: rates,
                stop: "Δloss < 1e-7 and |grad| < 1e-2 or |Δx| <= 1e-9 or |y| < 1e-3", bound: 1e5),
            Case(
                label: "square unbounded", definition: square, starts: [[1], [-3]], optimizers: try optimizers(),
                rates: rates, bound: .infinity),
            Case(
                label: "a cusp", definition: "f(w) = sqrt(abs(w)) + w^2", starts: [[0], [1], [-2]],
                optimizers: try optimizers(), rates: rates, recording: .sampled(.init(keepFirst: 2, capacity: 10))),
            Case(
                label: "every opcode", definition: everything, starts: [[0.5, 1.5], [-0.7, 2], [3, -1]],
                optimizers: try optimizers(), rates: rates, stop: "|grad| < 1e-4", recording: .full, bound: 1e8),
        ]
    }

    /// The sweep's runs, each with its own step budget (so lanes stop at different steps).
    static func runs(_ c: Case) throws -> [SweepRun<Int>] {
        let objective = try Objective.parse(c.definition)
        let compiled = try CompiledObjective(objective)
        let stop = try c.stop.map { try StoppingRuleParser.parse($0, parameters: objective.parameters) }
        var base = RunConfiguration(
            objective: compiled, start: c.starts[0], optimizer: SGD(), maxSteps: 1, stoppingRule: stop,
            recording: c.recording, divergenceBound: c.bound)
        base.lossThresholds = c.thresholds
        let sweep = Sweep(base: base, optimizers: c.optimizers, learningRates: c.rates, starts: c.starts) { _ in 0 }
        return try sweep.runs().enumerated().map { index, run in
            var configuration = run.configuration
            configuration.maxSteps = [400, 60, 257, 1, 399][index % 5]
            return SweepRun(tag: index, configuration: configuration)
        }
    }

    @Test(arguments: try cases())
    func lockstepSweepsMatchTheScalarPathBitForBit(_ c: Case) throws {
        let runs = try Self.runs(c)
        let work = LockstepPlan.work(for: runs.map(\.configuration))
        let locked = work.reduce(0) { count, item in if case .lockstep(let r) = item { count + r.count } else { count }
        }
        #expect(locked == runs.count, "every run of \(c.label) qualifies for lockstep")
        let alone = SweepRun.execute(runs, threads: 2, lockstep: false)
        let together = SweepRun.execute(runs, threads: 2, lockstep: true)
        var outcomes: Set<String> = []
        for (a, b) in zip(alone, together) {
            let expected = Self.bits(try a.outcome.get())
            let actual = Self.bits(try b.outcome.get())
            #expect(actual == expected, "\(c.label) run \(a.tag)")
            if let line = zip(expected, actual).first(where: { $0 != $1 }) {
                Issue.record("first difference: \(line.0) ≠ \(line.1)")
            }
            outcomes.insert(String("\(try a.outcome.get().outcome)".prefix(while: { $0 != "(" })))
        }
        // the sweeps must exercise what lockstep has to get right: stops at different steps
        #expect(outcomes.isSuperset(of: ["exhausted", "diverged"]), "\(c.label): \(outcomes)")
        if c.stop != nil { #expect(outcomes.contains("converged"), "\(c.label)") }
    }

    @Test func sweepsCoverEveryReasonToDivergeAndManyStoppingSteps() throws {
        var reasons: Set<String> = []
        var stops: Set<Int> = []
        for c in try Self.cases() {
            for run in SweepRun.execute(try Self.runs(c), threads: 2) {
                switch try run.outcome.get().outcome {
                case .diverged(_, let reason): reasons.insert(reason)
                case .converged(let i): stops.insert(i)
                case .exhausted: break
                }
            }
        }
        #expect(
            reasons.isSuperset(of: [
                "the loss exceeds 100000", "a parameter exceeds 100000", "a parameter is not finite",
                "the loss is not finite", "the gradient is not finite",
            ]), "\(reasons)")
        #expect(stops.count > 20)
    }

    @Test func lanesEvaluateExactlyAsOneRunDoes() throws {
        var generator = RandomFormulas(seed: 12)
        let parameters = ["w", "x", "x_1", "alpha", "lr2"]
        let specials: [Double] = [
            0, -0.0, 1, -1, 0.5, -2.5, 3, 1e-310, -1e300, .infinity, -.infinity, .nan, .pi, 7e-3, 40, -0.3,
        ]
        var compared = 0
        for _ in 0..<300 {
            let formula = generator.formula(depth: 4)
            let objective = Objective(parameters: parameters, body: formula)
            guard objective.columns.isEmpty, let program = try? CompiledObjective(objective),
                LaneEvaluator.canEvaluate(program)
            else { continue }
            let lanes = 12
            let points = LaneColumns(rows: parameters.count, chunks: 3)
            for lane in 0..<lanes {
                for j in parameters.indices {
                    points[row: j, lane: lane] = specials[(lane * 5 + j * 3) % specials.count]
                }
            }
            let evaluator = LaneEvaluator(program, chunks: 3)
            evaluator.evaluate(at: points, chunks: 0..<3)
            let scalar = ObjectiveEvaluator(program)
            for lane in 0..<lanes {
                let point = parameters.indices.map { points[row: $0, lane: lane] }
                var gradient = [Double](repeating: 0, count: parameters.count)
                let value = scalar.evaluate(at: point, gradient: &gradient)
                let laneValue = evaluator.valueRow[lane >> 2][lane & 3]
                let laneGradient = evaluator.gradientRows.map { $0[lane >> 2][lane & 3] }
                #expect(value.bitPattern == laneValue.bitPattern, "\(formula) at \(point)")
                #expect(gradient.map(\.bitPattern) == laneGradient.map(\.bitPattern), "\(formula) at \(point)")
            }
            compared += 1
        }
        #expect(compared > 100)
    }

    @Test func onlyCompatibleRunsShareABlock() throws {
        let square = try CompiledObjective(Objective.parse(Self.square))
        let base = RunConfiguration(objective: square, start: [1], optimizer: Adam(), recording: .summary)
        func with(_ change: (inout RunConfiguration) -> Void) -> RunConfiguration {
            var configuration = base
            change(&configuration)
            return configuration
        }
        let dataset = try Dataset.generate(count: 10, xRange: 0...1, formula: "x", noise: 0, seed: 1)
        let line = try CompiledObjective(
            Objective.parse("J(w) = mean((w*x - y)^2)", columns: dataset.columns), dataset: dataset)
        let configurations = [
            base, with { $0.learningRate = 0.1 }, with { $0.start = [-4] }, with { $0.maxSteps = 7 },  // one block
            with { $0.optimizer = Adam(amsgrad: true) }, with { $0.optimizer = Adam(amsgrad: true) },  // another
            with { $0.optimizer = NAdam() }, with { $0.optimizer = NAdam() },  // no lane version: alone
            with { $0.objective = line }, with { $0.objective = line },  // data: alone
            with { $0.rateRule = ScheduledRate(StepDecaySchedule(stepSize: 3, gamma: 0.5)) },  // a schedule: alone
            with { $0.recording = .full },  // a different recording, and no partner: alone
            with { $0.start = [.nan] }, base,  // invalid: alone; then a lone run
        ]
        #expect(
            LockstepPlan.work(for: configurations) == [
                .lockstep(0..<4), .lockstep(4..<6), .alone(6), .alone(7), .alone(8), .alone(9), .alone(10), .alone(11),
                .alone(12), .alone(13),
            ])
        #expect(
            LockstepPlan.work(for: Array(repeating: base, count: 10), maximumLanes: 4) == [
                .lockstep(0..<4), .lockstep(4..<8), .lockstep(8..<10),
            ])
        // A group too small for a block per core is split evenly over the cores.
        let nine = Array(repeating: base, count: 9)
        #expect(LockstepPlan.work(for: nine, cores: 2) == [.lockstep(0..<5), .lockstep(5..<9)])
        #expect(LockstepPlan.work(for: nine, cores: 3) == [.lockstep(0..<5), .lockstep(5..<9)], "4 runs a block")
        #expect(LockstepPlan.work(for: nine, cores: 1) == [.lockstep(0..<9)])
        #expect(LockstepPlan.work(for: Array(nine.prefix(7)), cores: 2) == [.lockstep(0..<7)])
        #expect(
            LockstepPlan.work(for: configurations + nine, cores: 2).suffix(2) == [
                .lockstep(13..<18), .lockstep(18..<23),
            ], "the lone run at the end joins the nine")
        #expect(LockstepPlan.blockSizes(200, maximumLanes: 64, cores: 2) == [64, 64, 64, 8])
        #expect(LockstepPlan.blockSizes(65, maximumLanes: 64, cores: 1) == [64, 1])
        #expect(LockstepPlan.blockSizes(100, maximumLanes: 64, cores: 4) == [25, 25, 25, 25])
        #expect(LockstepPlan.blockSizes(100, maximumLanes: 64, cores: 2) == [64, 36])
        var used = Adam()
        var point = [1.0]
        used.step(&point, gradient: [1], learningRate: 0.1)
        #expect(
            !LockstepPlan.canShare(with { $0.optimizer = used }, with { $0.optimizer = used }), "state is not fresh")
    }
}
