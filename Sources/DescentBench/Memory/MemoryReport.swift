import DescentText

/// The lines `descent bench` prints for the memory section.
public enum MemoryReport {
    /// The section's heading.
    public static let heading =
        "memory: peak resident memory of `descent check` (or `descent run`) on a one-lesson course, child process, median of 3"

    /// `  4,000 runs × …   142.3 MB  target ≤ 300 MB  ok   2.41 s`, and the time per step when
    /// the case counts its steps (`  0.52 µs/step`).
    public static func line(_ result: MemoryBenchmark.Result, baselineMB: Double? = nil) -> String {
        let name = BenchText.padded(result.memoryCase.name, to: 80)
        let target = BenchText.padded(result.memoryCase.targetMB.map { "target ≤ \($0) MB" } ?? "—", to: 16)
        let perStep = result.nanosecondsPerStep.map { "  \(BenchText.fixed($0, 1)) ns/step" } ?? ""
        return "  \(name) \(BenchText.fixed(result.peakMB, 1, width: 7)) MB  \(target)  \(result.verdict)  "
            + "\(BenchText.fixed(result.seconds, 2, width: 6)) s" + perStep
    }

    /// Each case beside the baseline measured in the same run.
    public static func footer(_ results: [MemoryBenchmark.Result]) -> [String] {
        guard let baseline = results.first(where: { $0.memoryCase.targetMB == nil }), baseline.peakMB > 0 else {
            return []
        }
        return results.filter { $0.memoryCase.targetMB != nil }.map { result in
            "  \(result.memoryCase.name): \(BenchText.fixed(result.peakMB / baseline.peakMB, 1))× the baseline's "
                + "\(BenchText.fixed(baseline.peakMB, 1)) MB"
        }
    }
}
