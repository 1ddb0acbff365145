/// Wall-clock timing on the monotonic clock.
enum Stopwatch {
    /// The seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        let parts = (clock.now - start).components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

/// Keeps benchmark results observable so the optimiser cannot delete the measured loops.
enum Sink {
    @inline(never)
    static func keep(_ value: Double) {
        if value == 0x1p-1074 { print("", terminator: "") }
    }
}
