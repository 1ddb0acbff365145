import ArgumentParser
import DescentBench
import DescentText

/// `descent bench`: measure the engine against hand-written Swift loops of the same math, and
/// how each stage of a build scales with the size of its input.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's speed and how builds scale with their input; prints figures, writes nothing.",
        discussion: "Build in release mode first (make) for meaningful numbers."
    )

    @Option(help: "Scale the engine figures' amount of work (1 = full benchmark; smaller for a quick look).")
    var scale: Double = 1

    @Flag(help: "Print only the scaling section (1×, 2×, 4× inputs and their growth exponents).")
    var scaling = false

    @Flag(help: "Print only the memory section (peak memory of whole builds in child processes).")
    var memory = false

    @Flag(help: "Print only the engine section (per-step cost against hand-written loops, sweeps).")
    var engine = false

    @Flag(
        help: ArgumentHelp(
            "Print only the full-size sweep's times and final losses, as JSON.",
            discussion: "Read by scripts/bench-sweep-numpy.py to compare NumPy with the engine in one run."))
    var sweepJSON = false

    @Option(name: .customLong("repeat"), help: "Measurements per engine figure; each figure is their median.")
    var repeats = 5

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10]") }
        guard (1...100).contains(repeats) else { throw ValidationError("--repeat must be in 1...100") }
    }

    func run() {
        if sweepJSON {
            print(SweepBenchmark.report(repeats: repeats))
            return
        }
        if engine {
            printFigures(EngineBenchmark.run(scale: scale, repeats: repeats))
            return
        }
        // Memory first: a child's peak resident memory (`ru_maxrss`) starts from this process's
        // at the moment it is spawned (Linux keeps it across exec), so the children must be
        // spawned while this process is still small.
        if !scaling { printMemory() }
        if memory { return }
        if !scaling {
            print("")
            printFigures(EngineBenchmark.run(scale: scale, repeats: repeats))
            print("")
            printFigures(CSVBenchmark.run(scale: scale))
            print("")
        }
        printScaling()
    }

    private func printMemory() {
        print(MemoryReport.heading)
        fflush(nil)
        let results = MemoryBenchmark.run {
            print(MemoryReport.line($0))
            fflush(nil)
        }
        for line in MemoryReport.footer(results) { print(line) }
    }

    private func printFigures(_ figures: [BenchmarkFigure]) {
        let width = figures.map(\.name.count).max() ?? 0
        for figure in figures {
            let padding = String(repeating: " ", count: width - figure.name.count)
            print("\(figure.name)\(padding)  \(Self.format(figure.value)) \(figure.unit)")
        }
    }

    private func printScaling() {
        let cases = ScalingCase.all
        let width = cases.map(\.name.count).max() ?? 0
        print(ScalingReport.heading)
        let report = ScalingBenchmark.run(cases) { result in
            print(ScalingReport.line(result, nameWidth: width))
            fflush(nil)
        }
        for line in report.footer { print(line) }
    }

    private static func format(_ value: Double) -> String {
        BenchText.fixed(value, value >= 100 ? 0 : 2)
    }
}
