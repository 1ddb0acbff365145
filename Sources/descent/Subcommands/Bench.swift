import ArgumentParser
import DescentBench
import Foundation

/// `descent bench`: measure the engine against hand-written Swift loops of the same math.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the engine's speed per step and per sweep; prints figures, writes nothing.",
        discussion: "Build in release mode first (make) for meaningful numbers."
    )

    @Option(help: "Scale the amount of work (1 = full benchmark; smaller for a quick look).")
    var scale: Double = 1

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10]") }
    }

    func run() {
        let figures = EngineBenchmark.run(scale: scale)
        let width = figures.map(\.name.count).max() ?? 0
        for figure in figures {
            let padding = String(repeating: " ", count: width - figure.name.count)
            print("\(figure.name)\(padding)  \(Self.format(figure.value)) \(figure.unit)")
        }
    }

    private static func format(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
    }
}
