/// Repeated timing: the median of several measurements, which one descheduled run on a busy
/// machine does not move.
enum Repeated {
    /// The median of `repeats` (at least 1) timings of `body`, in seconds.
    static func medianSeconds(_ repeats: Int, _ body: () -> Void) -> Double {
        let times = (0..<Swift.max(1, repeats)).map { _ in Stopwatch.seconds(body) }.sorted()
        let middle = times.count / 2
        return times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
    }
}
