import DescentEngine
import Foundation

/// Measures the engine against hand-written Swift loops of the same math, and sweep
/// throughput. Returns figures; prints nothing. Meaningful only in release builds.
///
/// - `engine|hand <optimizer> <objective>`: ns per step for GD (lr 1e-7 on w², 1e-4 on
///   Rosenbrock) and Adam (lr 1e-3), from w = 1 / (x, y) = (−1.5, 2);
/// - `ratio …`: engine time / hand-written time;
/// - `sweep … threads`: 1,000·scale learning rates × 10,000 steps of Adam on Rosenbrock,
///   summary recording, on 1 thread and on all; figures in steps/s and seconds.
public enum EngineBenchmark {
    /// Runs every measurement; `scale` multiplies the step and run counts (1 = full size).
    public static func run(scale: Double = 1) -> [BenchmarkFigure] {
        let steps = Swift.max(1_000, Int(1_000_000 * scale))
        var figures: [BenchmarkFigure] = []
        for (label, engine, hand) in cases(steps: steps) {
            let engineTime = nanosecondsPerStep(steps, engine)
            let handTime = nanosecondsPerStep(steps, hand)
            figures.append(BenchmarkFigure(name: "engine \(label)", value: engineTime, unit: "ns/step"))
            figures.append(BenchmarkFigure(name: "hand-written \(label)", value: handTime, unit: "ns/step"))
            figures.append(BenchmarkFigure(name: "ratio \(label)", value: engineTime / handTime, unit: "×"))
        }
        let runs = Swift.max(10, Int(1_000 * scale))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for threads in [1, cores] {
            let seconds = sweepSeconds(runs: runs, steps: 10_000, threads: threads)
            let total = Double(runs * 10_000)
            figures.append(
                BenchmarkFigure(
                    name: "sweep adam rosenbrock \(runs)×10000, \(threads) thread\(threads == 1 ? "" : "s")",
                    value: total / seconds, unit: "steps/s"))
            figures.append(
                BenchmarkFigure(
                    name: "sweep time, \(threads) thread\(threads == 1 ? "" : "s")", value: seconds, unit: "s"))
        }
        return figures
    }

    private static func cases(steps: Int) -> [(String, () -> Double, () -> Double)] {
        [
            (
                "gd w^2", { engineRun("f(w) = w^2", [1], "gd", 1e-7, steps) },
                { HandWritten.gradientDescentSquare(steps) }
            ),
            ("adam w^2", { engineRun("f(w) = w^2", [1], "adam", 1e-3, steps) }, { HandWritten.adamSquare(steps) }),
            (
                "gd rosenbrock", { engineRun(rosenbrock, [-1.5, 2], "gd", 1e-4, steps) },
                { HandWritten.gradientDescentRosenbrock(steps) }
            ),
            (
                "adam rosenbrock", { engineRun(rosenbrock, [-1.5, 2], "adam", 1e-3, steps) },
                { HandWritten.adamRosenbrock(steps) }
            ),
        ]
    }

    static let rosenbrock = "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2"

    private static func engineRun(
        _ definition: String, _ start: [Double], _ optimizer: String, _ rate: Double, _ steps: Int
    ) -> Double {
        guard let objective = try? CompiledObjective(Objective.parse(definition)),
            let made = try? OptimizerRegistry.make(optimizer),
            let result = try? Run.execute(
                RunConfiguration(
                    objective: objective, start: start, optimizer: made,
                    learningRate: rate, maxSteps: steps, recording: .summary))
        else { return .nan }
        return result.finalLoss
    }

    private static func sweepSeconds(runs: Int, steps: Int, threads: Int) -> Double {
        guard let objective = try? CompiledObjective(Objective.parse(rosenbrock)) else { return .nan }
        let rates = (0..<runs).map { 1e-4 * Foundation.pow(1e3, Double($0) / Double(Swift.max(1, runs - 1))) }
        let sweep = Sweep(
            base: RunConfiguration(
                objective: objective, start: [-1.5, 2], optimizer: Adam(),
                maxSteps: steps, recording: .summary),
            learningRates: rates)
        var count = 0
        let elapsed = Stopwatch.seconds { count = (try? sweep.run(threads: threads))?.count ?? 0 }
        return count == runs ? elapsed : .nan
    }

    private static func nanosecondsPerStep(_ steps: Int, _ body: () -> Double) -> Double {
        var sink = 0.0
        let elapsed = Stopwatch.seconds { sink = body() }
        Sink.keep(sink)
        return elapsed * 1e9 / Double(steps)
    }
}
