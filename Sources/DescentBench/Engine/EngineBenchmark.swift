import DescentEngine

/// Measures the engine against hand-written Swift loops of the same math, and sweep
/// throughput. Returns figures; prints nothing. Meaningful only in release builds.
///
/// - `engine|hand <optimizer> <objective>`: ns per step for GD (lr 1e-7 on w², 1e-4 on
///   Rosenbrock) and Adam (lr 1e-3), from w = 1 / (x, y) = (−1.5, 2);
/// - `ratio …`: engine time / hand-written time;
/// - `sweep …`: ``SweepBenchmark`` (lockstep on 1 thread and on all, one run at a time).
///
/// Every figure is the median of `repeats` measurements.
public enum EngineBenchmark {
    /// Runs every measurement; `scale` multiplies the step and run counts (1 = full size).
    public static func run(scale: Double = 1, repeats: Int = 5) -> [BenchmarkFigure] {
        let steps = Swift.max(1_000, Int(1_000_000 * scale))
        var figures: [BenchmarkFigure] = []
        for (label, engine, hand) in cases(steps: steps) {
            let engineTime = nanosecondsPerStep(steps, repeats, engine)
            let handTime = nanosecondsPerStep(steps, repeats, hand)
            figures.append(BenchmarkFigure(name: "engine \(label)", value: engineTime, unit: "ns/step"))
            figures.append(BenchmarkFigure(name: "hand-written \(label)", value: handTime, unit: "ns/step"))
            figures.append(BenchmarkFigure(name: "ratio \(label)", value: engineTime / handTime, unit: "×"))
        }
        return figures + SweepBenchmark.figures(scale: scale, repeats: repeats)
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

    private static func nanosecondsPerStep(_ steps: Int, _ repeats: Int, _ body: () -> Double) -> Double {
        var sink = 0.0
        let elapsed = Repeated.medianSeconds(repeats) { sink += body() }
        Sink.keep(sink)
        return elapsed * 1e9 / Double(steps)
    }
}
