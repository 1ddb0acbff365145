import DescentText

/// Repeated timing: the median of several measurements, which one descheduled run on a busy
/// machine does not move.
enum Repeated {
    /// The median of `repeats` (at least 1) timings of `body`, in seconds.
    static func medianSeconds(_ repeats: Int, _ body: () -> Void) -> Double {
        median(repeats, body).wall
    }

    /// The medians of `repeats` (at least 1) timings of `body`: wall-clock seconds, and the
    /// CPU seconds of the whole process (every thread), which other processes on a busy machine
    /// inflate far less than the wall-clock time.
    static func median(_ repeats: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<Swift.max(1, repeats) {
            let cpu = processSeconds()
            walls.append(Stopwatch.seconds(body))
            cpus.append(processSeconds() - cpu)
        }
        return (middle(walls), middle(cpus))
    }

    private static func middle(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let half = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
    }

    private static func processSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
