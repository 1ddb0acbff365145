import Foundation

/// The lines `descent bench` prints for the memory section.
public enum MemoryReport {
    /// The section's heading.
    public static let heading =
        "memory: peak resident memory of `descent check` (or `descent run`) on a one-lesson course, child process, median of 3"

    /// `  4,000 runs × …   142.3 MB  target ≤ 300 MB  ok   2.41 s`, and the time per step when
    /// the case counts its steps (`  0.52 µs/step`).
    public static func line(_ result: MemoryBenchmark.Result, baselineMB: Double? = nil) -> String {
        let name = result.memoryCase.name.padding(toLength: 80, withPad: " ", startingAt: 0)
        let target = result.memoryCase.targetMB.map { "target ≤ \($0) MB" } ?? "—"
        let perStep = result.nanosecondsPerStep.map { String(format: "  %.1f ns/step", $0) } ?? ""
        return String(
            format: "  %@ %7.1f MB  %@  %@  %6.2f s", name, result.peakMB,
            target.padding(toLength: 16, withPad: " ", startingAt: 0), result.verdict, result.seconds) + perStep
    }

    /// Each case beside the baseline measured in the same run.
    public static func footer(_ results: [MemoryBenchmark.Result]) -> [String] {
        guard let baseline = results.first(where: { $0.memoryCase.targetMB == nil }), baseline.peakMB > 0 else {
            return []
        }
        return results.filter { $0.memoryCase.targetMB != nil }.map { result in
            String(
                format: "  %@: %.1f× the baseline's %.1f MB", result.memoryCase.name, result.peakMB / baseline.peakMB,
                baseline.peakMB)
        }
    }
}
