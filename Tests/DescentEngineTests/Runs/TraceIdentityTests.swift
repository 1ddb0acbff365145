import Foundation
import Testing

@testable import DescentEngine

/// Guards the run loop's results bit for bit while its machinery is optimised: full traces are
/// compared with `==` (not `close`) against straightforward reference loops, and fingerprints of
/// many configurations are pinned to the values the unoptimised loop produced.
@Suite struct TraceIdentityTests {
    // MARK: - Reference loops

    /// One iteration as a plain loop would record it.
    struct Step: Equatable {
        var parameters: [Double], loss: Double, gradient: [Double], rate: Double, proposal: [Double]
    }

    /// The run loop without any of its machinery: evaluate, check, propose, record, stop, apply.
    /// `step` is the update rule written out by hand.
    static func referenceRun(
        _ definition: String, start: [Double], steps: Int, rate: Double,
        stop: ((_ current: [Double], _ proposal: [Double], _ gradient: [Double]) -> Bool)? = nil,
        step: (inout [Double], [Double], Int) -> Void
    ) throws -> (trace: [Step], final: [Double]) {
        let evaluator = ObjectiveEvaluator(try CompiledObjective(try Objective.parse(definition)))
        var theta = start
        var gradient = [Double](repeating: 0, count: start.count)
        var trace: [Step] = []
        for t in 1...steps {
            let loss = evaluator.evaluate(at: theta, gradient: &gradient)
            var proposal = theta
            step(&proposal, gradient, t)
            trace.append(Step(parameters: theta, loss: loss, gradient: gradient, rate: rate, proposal: proposal))
            if let stop, stop(theta, proposal, gradient) { break }
            theta = proposal
        }
        return (trace, theta)
    }

    static func steps(of result: RunResult) -> [Step] {
        result.trace!.entries.map {
            #expect($0.accepted)
            return Step(
                parameters: $0.parameters, loss: $0.loss, gradient: $0.gradient, rate: $0.learningRate,
                proposal: $0.proposal)
        }
    }

    @Test func plainGradientDescentOnASquareMatchesTheHandLoopExactly() throws {
        let rate = 0.1
        // w² and its derivative written out: the tape must produce exactly w·w and 2·w
        var w = 0.75
        var expected: [Step] = []
        for _ in 0..<200 {
            let next = w - rate * (2 * w)
            expected.append(Step(parameters: [w], loss: w * w, gradient: [2 * w], rate: rate, proposal: [next]))
            w = next
        }
        let result = try runTrace("f(w) = w^2", start: [0.75], optimizer: SGD(), rate: rate, steps: 200)
        #expect(Self.steps(of: result) == expected)
        #expect(result.finalParameters == [w])
    }

    @Test func sgdVariantsMatchReferenceLoopsExactly() throws {
        let rosenbrock = "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2"
        for (optimizer, momentum, nesterov) in [
            (SGD(), 0.0, false), (SGD(momentum: 0.9), 0.9, false),
            (SGD(momentum: 0.9, nesterov: true), 0.9, true),
        ] {
            var buffer: [Double] = []
            let reference = try Self.referenceRun(rosenbrock, start: [-1.5, 2], steps: 300, rate: 1e-4) { p, g, t in
                if buffer.isEmpty { buffer = [Double](repeating: 0, count: p.count) }
                for i in p.indices {
                    var d = g[i]
                    if momentum != 0 {
                        buffer[i] = t > 1 ? momentum * buffer[i] + (1 - 0) * d : d
                        d = nesterov ? d + momentum * buffer[i] : buffer[i]
                    }
                    p[i] = p[i] - 1e-4 * d
                }
            }
            let result = try runTrace(rosenbrock, start: [-1.5, 2], optimizer: optimizer, rate: 1e-4, steps: 300)
            #expect(Self.steps(of: result) == reference.trace, "\(optimizer.summary)")
            #expect(result.finalParameters == reference.final)
        }
    }

    @Test func adamMatchesTheReferenceLoopExactlyWithAStoppingRule() throws {
        for (definition, start) in [("f(w) = w^2", [1.0]), ("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2", [-1.5, 2])] {
            var m = [Double](repeating: 0, count: start.count)
            var v = m
            let (beta1, beta2) = (0.9, 0.999)
            // |Δθ| < 1e-4 and |grad| <= 0.5
            let stop: ([Double], [Double], [Double]) -> Bool = { current, proposal, gradient in
                var step = 0.0
                var norm = 0.0
                for i in current.indices {
                    let d = proposal[i] - current[i]
                    step += d * d
                }
                for g in gradient { norm += g * g }
                return step.squareRoot() < 1e-4 && norm.squareRoot() <= 0.5
            }
            let reference = try Self.referenceRun(definition, start: start, steps: 2_000, rate: 0.01, stop: stop) {
                p, g, t in
                let stepSize = 0.01 / (1 - Foundation.pow(beta1, Double(t)))
                let root = (1 - Foundation.pow(beta2, Double(t))).squareRoot()
                for i in p.indices {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                    p[i] -= stepSize * m[i] / (v[i].squareRoot() / root + 1e-8)
                }
            }
            let result = try runTrace(
                definition, start: start, optimizer: Adam(), rate: 0.01, steps: 2_000,
                stop: "|Δθ| < 1e-4 and |grad| <= 0.5")
            #expect(Self.steps(of: result) == reference.trace, "\(definition)")
            #expect(result.finalParameters == reference.final)
            if reference.trace.count < 2_000 {
                #expect(result.outcome == .converged(iteration: reference.trace.count - 1))
            }
        }
    }

    // MARK: - Pinned fingerprints

    /// FNV-1a over the bit patterns of everything a run reports.
    static func fingerprint(_ result: RunResult) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) { hash = (hash ^ value) &* 0x0000_0100_0000_01b3 }
        func mix(_ values: [Double]) { for value in values { mix(value.bitPattern) } }
        if let trace = result.trace {
            mix(UInt64(trace.count))
            for entry in trace.entries {
                mix(entry.parameters)
                mix([entry.loss])
                mix(entry.gradient)
                mix([entry.learningRate])
                mix(entry.proposal)
                mix(entry.accepted ? 1 : 0)
            }
        }
        mix("\(result.outcome)".utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        mix(result.finalParameters)
        mix([result.finalLoss])
        mix(UInt64(result.iterations))
        mix(result.epochLosses)
        return hash
    }

    struct Case: CustomStringConvertible {
        var label: String, definition: String, start: [Double], optimizer: String, rule: String = "constant",
            arguments: [Argument] = [], rate: Double, steps: Int = 400, stop: String? = nil,
            batch: BatchSize = .all, recording: TraceRecording = .full
        var description: String { label }
    }

    static let rosenbrock = "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2"
    static let line = "J(w, b) = mean((w*x + b - y)^2)"

    static let cases: [Case] = {
        var cases: [Case] = []
        for name in OptimizerRegistry.names {
            cases.append(
                Case(
                    label: "\(name) rosenbrock", definition: rosenbrock, start: [-1.5, 2], optimizer: name, rate: 1e-3))
            cases.append(
                Case(
                    label: "\(name) square summary", definition: "f(w) = w^2", start: [1], optimizer: name, rate: 0.05,
                    recording: .summary))
        }
        let rules: [(String, [Argument])] = [
            ("step", [Argument("step_size", .number(50))]),
            ("cosine", [Argument("T_max", .number(100))]),
            ("one_cycle", [Argument("max_lr", .number(0.01)), Argument("total_steps", .number(400))]),
            ("plateau", []), ("bold_driver", []), ("hypergradient", [Argument("beta", .number(1e-4))]),
            ("armijo", []), ("polyak", [Argument("f_star", .number(0))]),
        ]
        for (rule, arguments) in rules {
            cases.append(
                Case(
                    label: "gd \(rule)", definition: rosenbrock, start: [-1.5, 2], optimizer: "gd", rule: rule,
                    arguments: arguments, rate: 1e-3))
            cases.append(
                Case(
                    label: "adam \(rule)", definition: rosenbrock, start: [-1.5, 2], optimizer: "adam", rule: rule,
                    arguments: arguments, rate: 1e-2))
        }
        for stop in [
            "|Δθ| < 1e-3", "|Δx| <= 1e-4 or loss < 0.5", "Δloss < 1e-3 and |grad| < 50", "|y| < 1.2 or |grad| < 1e-9",
        ] {
            cases.append(
                Case(
                    label: "momentum stop \(stop)", definition: rosenbrock, start: [-1.5, 2], optimizer: "momentum",
                    rate: 1e-4, steps: 5_000, stop: stop))
        }
        cases.append(Case(label: "gd diverges", definition: rosenbrock, start: [-1.5, 2], optimizer: "gd", rate: 0.01))
        cases.append(
            Case(
                label: "sgd minibatch", definition: line, start: [0, 0], optimizer: "sgd", rate: 0.05,
                batch: .rows(7)))
        cases.append(
            Case(
                label: "adam minibatch summary", definition: line, start: [0, 0], optimizer: "adam", rate: 0.05,
                batch: .rows(3), recording: .summary))
        cases.append(
            Case(label: "rmsprop full data", definition: line, start: [0, 0], optimizer: "rmsprop", rate: 0.01))
        return cases
    }()

    static func run(_ c: Case) throws -> RunResult {
        let dataset = try Dataset.generate(count: 40, xRange: -2...3, formula: "1.5*x - 0.5", noise: 0.3, seed: 7)
        let objective = try Objective.parse(c.definition, columns: dataset.columns)
        let compiled = try CompiledObjective(objective, dataset: dataset)
        let stopping = try c.stop.map { try StoppingRuleParser.parse($0, parameters: objective.parameters) }
        return try Run.execute(
            RunConfiguration(
                objective: compiled, start: c.start, optimizer: try OptimizerRegistry.make(c.optimizer),
                learningRate: c.rate,
                rateRule: try RateRuleRegistry.make(c.rule, arguments: c.arguments), maxSteps: c.steps,
                stoppingRule: stopping,
                recording: c.recording, batchSize: c.batch, seed: 11))
    }

    /// Produced by the run loop before the performance work (commit b05ea48).
    static let pinned: [String: UInt64] = [
        "gd rosenbrock": 0xb4c8_a2e0_599e_87cf,
        "gd square summary": 0x532_3e64_47be_aa02,
        "sgd rosenbrock": 0xb4c8_a2e0_599e_87cf,
        "sgd square summary": 0x532_3e64_47be_aa02,
        "momentum rosenbrock": 0x99bc_3043_6301_faea,
        "momentum square summary": 0xc664_2ed5_9345_787d,
        "nesterov rosenbrock": 0x39ac_cdde_9705_597b,
        "nesterov square summary": 0xad1b_514c_db3e_342e,
        "adagrad rosenbrock": 0xfac2_e5b2_545f_9dcb,
        "adagrad square summary": 0x5c4e_455c_ed48_6afa,
        "rmsprop rosenbrock": 0x675b_7d68_86d0_e190,
        "rmsprop square summary": 0x74f0_7c01_902e_953c,
        "adam rosenbrock": 0x9e36_529a_bfd0_d5d5,
        "adam square summary": 0x930_503e_5381_d39f,
        "adamw rosenbrock": 0x2f16_045e_ad83_7782,
        "adamw square summary": 0xee87_e174_1f28_7687,
        "adadelta rosenbrock": 0x2390_6f91_6adb_cd0c,
        "adadelta square summary": 0x368f_f831_4f6e_b9e8,
        "adamax rosenbrock": 0xaf35_878b_f710_c45e,
        "adamax square summary": 0xb1b7_966b_10ae_4986,
        "nadam rosenbrock": 0xe2c4_022d_cbe5_c534,
        "nadam square summary": 0x6382_c76a_ea5a_8e4c,
        "radam rosenbrock": 0x47db_d984_7909_5080,
        "radam square summary": 0xb47f_b65e_0ec6_f395,
        "gd step": 0xb6ac_b08b_b4b9_f520,
        "adam step": 0xc57d_12af_1a10_67ae,
        "gd cosine": 0x9ebc_fe2f_bcba_bdd2,
        "adam cosine": 0xba3c_0666_702b_ace7,
        // Re-pinned when one_cycle began cycling momentum as torch does (cycle_momentum=true by
        // default) and stopped accepting a budget past total_steps (now 400, was 300; issue #16).
        "gd one_cycle": 0x9895_d83d_8c8b_755c,
        "adam one_cycle": 0x4248_d204_b9ee_91a6,
        "gd plateau": 0xb4c8_a2e0_599e_87cf,
        "adam plateau": 0x5454_54e6_cbb6_6728,
        "gd bold_driver": 0x6e96_ab13_3a80_6770,
        "adam bold_driver": 0x1e42_5160_012e_b3ad,
        "gd hypergradient": 0x9393_2fd2_393b_1c44,
        "adam hypergradient": 0xee98_7cf3_a43b_7f40,
        "gd armijo": 0xb4c8_a2e0_599e_87cf,
        "adam armijo": 0x65bb_031d_7a97_9ed9,
        "gd polyak": 0xa77f_1f15_3377_85bd,
        "adam polyak": 0xa53c_3d1d_d974_3b25,
        "momentum stop |Δθ| < 1e-3": 0xf179_2e14_c0b9_ad14,
        "momentum stop |Δx| <= 1e-4 or loss < 0.5": 0x7297_9c02_23da_c5c9,
        "momentum stop Δloss < 1e-3 and |grad| < 50": 0xa966_3556_984b_f969,
        "momentum stop |y| < 1.2 or |grad| < 1e-9": 0x3870_a4cd_c5ee_8ad5,
        "gd diverges": 0x4c17_f277_1cd2_7dd0,
        "sgd minibatch": 0x9dd0_8759_89c1_400a,
        // Re-pinned when summary runs stopped recording per-epoch losses (issue #11, memory):
        // the fingerprint mixes them in; outcome, final point and final loss are unchanged.
        "adam minibatch summary": 0x132f_7469_efcd_6d0f,
        "rmsprop full data": 0x4816_60a7_ac52_e209,
    ]

    @Test func fingerprintsMatchTheUnoptimisedLoop() throws {
        var report: [String] = []
        for c in Self.cases {
            let result = try Self.run(c)
            let value = Self.fingerprint(result)
            // the cases must exercise what their labels say: early stops and divergence included
            if c.stop != nil, case .converged = result.outcome {
            } else if c.stop != nil {
                Issue.record("\(c.label) did not stop")
            }
            if c.label.hasSuffix("diverges"), case .diverged = result.outcome {
            } else if c.label.hasSuffix("diverges") {
                Issue.record("\(c.label) did not diverge")
            }
            report.append("        \"\(c.label)\": 0x\(String(value, radix: 16)),")
            #expect(Self.pinned[c.label] == value, "\(c.label)")
        }
        if Self.pinned.isEmpty { print(report.joined(separator: "\n")) }
    }
}
