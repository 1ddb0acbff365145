import DescentEngine

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

    /// Runs `run` streamed (``TraceRecording/streamed(_:)``) and hands `row` each printed row as
    /// it is computed: iteration i at once when N divides it, the last one when the run ends.
    /// Memory is one row, whatever the steps. Throws what ``Run/execute(_:)`` throws.
    func stream(_ run: RunConfiguration, row: (ExportRow) -> Void) throws(RunError) -> RunResult {
        try withoutActuallyEscaping(row) { (row) throws(RunError) -> RunResult in
            let every = self.every
            var pending = ExportRow(dimension: run.start.count)
            var configuration = run
            configuration.recording = .streamed(
                TraceStream { entry in
                    if entry.iteration % every == 0 { row(ExportRow(entry)) } else { pending.copy(entry) }
                })
            var result = try Run.execute(configuration)
            let count = result.trace?.count ?? 0
            result.trace = nil  // it holds the stream, which must not outlive `row`
            if pending.iteration == count - 1 { row(pending) }
            return result
        }
    }
}
