/// Which rows of a trace `descent run --every N` prints.
///
/// Iterations 0, N, 2N, … and the run's last recorded iteration (the first row is iteration 0,
/// so the first and the last row of every run are always printed). N = 1 prints every row.
public struct RowSampling: Sendable, Equatable {
    /// N, at least 1.
    public let every: Int

    /// Every `every`-th row; values below 1 are read as 1.
    public init(every: Int = 1) {
        self.every = Swift.max(1, every)
    }

    /// The iterations printed of a trace of `count` rows, in order, computed as they are read.
    public func indices(count: Int) -> some Sequence<Int> {
        let step = every
        let last = count - 1
        return sequence(first: 0) { index in
            guard index < last else { return nil }
            return Swift.min(index + step, last)
        }.lazy.filter { $0 <= last }
    }
}
