import Testing

@testable import DescentEngine

/// The plain gradient-descent loop (``RunLoop/runPlainDescent(maximizing:)``) against the general
/// loop on the same runs, bit for bit: everything a run reports, trace included.
@Suite struct PlainDescentTests {
    /// The constant rate, but not declared constant: the run takes the general loop.
    struct UndeclaredConstantRate: RateController {
        var name: String { "undeclared constant" }
        func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double { base }
    }

    struct Case: CustomStringConvertible {
        var definition: String, start: [Double], rate: Double, stop: String? = nil, maximize = false,
            recording: TraceRecording = .full, thresholds: [Double] = [], steps = 3_000
        var description: String { "\(definition) \(stop ?? "") \(maximize) \(recording)" }
    }

    static let rosenbrock = "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2"

    static let cases: [Case] = [
        Case(definition: rosenbrock, start: [-1.5, 2], rate: 1e-3, thresholds: [100, 1, 0.01]),
        Case(definition: rosenbrock, start: [-1.5, 2], rate: 1e-3, stop: "|Δθ| < 1e-3", recording: .summary),
        Case(definition: rosenbrock, start: [-1.5, 2], rate: 1e-3, stop: "Δloss < 1e-6 and |grad| < 5"),
        Case(definition: rosenbrock, start: [-1.5, 2], rate: 0.01),
        Case(definition: "f(w) = w^2", start: [1], rate: 1.5, recording: .summary),
        Case(definition: "f(w) = w", start: [1], rate: 0.1, steps: 20),
        Case(definition: "f(w) = w", start: [1], rate: 3e11, steps: 20),
        Case(definition: "f(w, v) = w*v", start: [1, 2], rate: 0.1, steps: 50),
        // ∇f's component written last is the first (∂f/∂y is a constant), or is f itself.
        Case(definition: "f(x, y) = x^2 + y", start: [2, 1], rate: 0.1, steps: 50),
        Case(definition: "f(w) = exp(w)", start: [1], rate: 0.1, steps: 50),
        Case(definition: "f(w) = (w - 2)^4", start: [0], rate: 0.01, steps: 200),
        Case(definition: "f(w) = -(w - 3)^2", start: [0], rate: 0.1, stop: "|Δw| < 1e-4", maximize: true),
        Case(
            definition: "f(a, b, c) = sin(a)*b + exp(c/4) - a*b*c", start: [0.3, -0.2, 1], rate: 0.05,
            stop: "loss < -1e3 or |grad| < 1e-6", recording: .sampled(TraceSampling(keepFirst: 10, capacity: 50))),
        Case(definition: "f(w) = sqrt(w)", start: [0], rate: 0.1, steps: 5),
        Case(definition: "f(w) = log(w)", start: [1], rate: 1, steps: 5),
        Case(definition: "f(w) = log(w)", start: [1], rate: 0.5, thresholds: [-1], steps: 5),
    ]

    /// Each case as a run that nothing watches (summary recording, no thresholds, no stopping
    /// rule): the loop specialised for it checks health and bounds together.
    static var unwatchedCases: [Case] {
        cases.map {
            var c = $0
            c.stop = nil
            c.thresholds = []
            c.recording = .summary
            return c
        }
    }

    static func run(_ c: Case, constantDeclared: Bool) throws -> RunResult {
        let objective = try Objective.parse(c.definition)
        var configuration = RunConfiguration(
            objective: try CompiledObjective(objective), start: c.start,
            optimizer: SGD(name: "gd", maximize: c.maximize), learningRate: c.rate,
            rateRule: constantDeclared ? ScheduledRate(ConstantSchedule()) : UndeclaredConstantRate(),
            maxSteps: c.steps,
            stoppingRule: try c.stop.map { try StoppingRuleParser.parse($0, parameters: objective.parameters) },
            recording: c.recording)
        configuration.lossThresholds = c.thresholds
        return try Run.execute(configuration)
    }

    @Test(arguments: cases + unwatchedCases) func plainLoopReportsWhatTheGeneralLoopReports(_ c: Case) throws {
        let plain = try Self.run(c, constantDeclared: true)
        let general = try Self.run(c, constantDeclared: false)
        #expect(TraceIdentityTests.fingerprint(plain) == TraceIdentityTests.fingerprint(general))
        #expect("\(plain.outcome)" == "\(general.outcome)")
        #expect(plain.finalParameters.map(\.bitPattern) == general.finalParameters.map(\.bitPattern))
        #expect(plain.finalLoss.bitPattern == general.finalLoss.bitPattern)
        #expect(plain.firstBelow == general.firstBelow)
        #expect(plain.firstLoss.bitPattern == general.firstLoss.bitPattern)
        #expect(plain.lastFiniteLoss.bitPattern == general.lastFiniteLoss.bitPattern)
        #expect(plain.trace?.count == general.trace?.count)
    }
}
