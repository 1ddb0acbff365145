import DescentEngine
import DescentText

/// The sweep benchmark: Adam on Rosenbrock from (−1.5, 2), `runs` learning rates spaced
/// logarithmically from 1e-4 to 1e-1, `steps` steps each, float64, summary recording — the
/// sweep `scripts/bench-sweep-numpy.py` runs in NumPy, vectorised by hand.
///
/// Measured three ways in the same process: lockstep on one thread, lockstep on every core,
/// and one run at a time on every core (the scalar path); each figure is the median of
/// `repeats` sweeps.
public enum SweepBenchmark {
    /// Learning rates in the full-size benchmark.
    public static let runs = 1_000
    /// Steps per run.
    public static let steps = 10_000

    /// The i-th of `runs` rates: 1e-4 · 1000^(i / (runs − 1)).
    public static func learningRates(runs: Int) -> [Double] {
        (0..<runs).map { 1e-4 * pow(1e3, Double($0) / Double(Swift.max(1, runs - 1))) }
    }

    /// One timed way of running the sweep: its median times and the final loss of every run.
    public struct Measurement: Sendable {
        /// Wall-clock seconds.
        public var seconds: Double
        /// CPU seconds of the process, all threads together.
        public var cpuSeconds: Double
        public var finalLosses: [Double]
    }

    /// Runs the sweep `repeats` times on `threads` threads; nil if a run failed.
    public static func measure(runs: Int, steps: Int, threads: Int, lockstep: Bool, repeats: Int) -> Measurement? {
        guard let objective = try? CompiledObjective(Objective.parse(EngineBenchmark.rosenbrock)) else { return nil }
        let sweep = Sweep(
            base: RunConfiguration(
                objective: objective, start: [-1.5, 2], optimizer: Adam(), maxSteps: steps, recording: .summary),
            learningRates: learningRates(runs: runs))
        var losses: [Double] = []
        let (seconds, cpu) = Repeated.median(repeats) {
            let results = (try? sweep.run(threads: threads, lockstep: lockstep)) ?? []
            losses = results.compactMap { try? $0.outcome.get().finalLoss }
        }
        return losses.count == runs ? Measurement(seconds: seconds, cpuSeconds: cpu, finalLosses: losses) : nil
    }

    /// The three measurements as figures (seconds and steps per second).
    public static func figures(scale: Double, repeats: Int) -> [BenchmarkFigure] {
        let runs = Swift.max(10, Int(Double(Self.runs) * scale))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let ways: [(String, Int, Bool)] = [
            ("lockstep, 1 thread", 1, true), ("lockstep, \(cores) threads", cores, true),
            ("one run at a time, \(cores) threads", cores, false),
        ]
        var figures: [BenchmarkFigure] = []
        for (label, threads, lockstep) in ways {
            let seconds =
                measure(runs: runs, steps: steps, threads: threads, lockstep: lockstep, repeats: repeats)?.seconds
                ?? .nan
            figures.append(
                BenchmarkFigure(name: "sweep adam rosenbrock \(runs)×\(steps), \(label)", value: seconds, unit: "s"))
            figures.append(
                BenchmarkFigure(
                    name: "  throughput, \(label)", value: Double(runs * steps) / seconds, unit: "steps/s"))
        }
        return figures
    }

    /// A JSON object for `scripts/bench-sweep-numpy.py`: the full-size sweep's median times
    /// (lockstep on 1 thread and on every core, one run at a time on every core; wall-clock and
    /// process CPU seconds) and the final losses of the lockstep runs, each written so that it
    /// reads back to the same `Double`.
    public static func report(repeats: Int) -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let single = measure(runs: runs, steps: steps, threads: 1, lockstep: true, repeats: repeats)
        let all = measure(runs: runs, steps: steps, threads: cores, lockstep: true, repeats: repeats)
        let scalar = measure(runs: runs, steps: steps, threads: cores, lockstep: false, repeats: repeats)
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "null" }
            return "\(value)"
        }
        let losses = (all?.finalLosses ?? []).map(number).joined(separator: ", ")
        return """
            {"runs": \(runs), "steps": \(steps), "threads": \(cores), "repeats": \(repeats), \
            "lockstep_1_thread_seconds": \(number(single?.seconds)), \
            "lockstep_1_thread_cpu_seconds": \(number(single?.cpuSeconds)), \
            "lockstep_all_threads_seconds": \(number(all?.seconds)), \
            "lockstep_all_threads_cpu_seconds": \(number(all?.cpuSeconds)), \
            "scalar_all_threads_seconds": \(number(scalar?.seconds)), \
            "scalar_all_threads_cpu_seconds": \(number(scalar?.cpuSeconds)), \
            "final_losses": [\(losses)]}
            """
    }
}
