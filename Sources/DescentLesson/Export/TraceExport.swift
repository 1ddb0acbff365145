import DescentEngine

/// Every run's full trajectory, for `descent run`, as JSON, CSV or a plain-text table.
///
/// Entry i of a trace is the state before the i-th update: θᵢ, f(θᵢ), ∇f(θᵢ) and the rate used.
/// The text is produced run by run and row by row and handed on in chunks
/// (``write(_:sampling:chunkSize:to:)``), so printing a long trace takes memory for one chunk,
/// not for the whole text.
public struct TraceExport: Sendable {
    public let lesson: String
    public let results: [ExperimentResult]

    public init(lesson: String, results: [ExperimentResult]) {
        self.lesson = lesson
        self.results = results
    }

    /// Writes the export in `format`, the rows `sampling` picks, handing `emit` chunks of about
    /// `chunkSize` UTF-8 bytes in order. The chunks joined are the whole text.
    public func write(
        _ format: TraceFormat, sampling: RowSampling = RowSampling(), chunkSize: Int = 1 << 16,
        to emit: (String) -> Void
    ) {
        withoutActuallyEscaping(emit) { emit in
            var output = ChunkedText(limit: chunkSize, emit: emit)
            switch format {
            case .json: writeJSON(sampling, to: &output)
            case .csv: writeCSV(sampling, to: &output)
            case .table: writeTable(sampling, to: &output)
            }
            output.flush()
        }
    }

    /// The whole export in `format` as one string (for tests and small lessons).
    public func text(_ format: TraceFormat, sampling: RowSampling = RowSampling()) -> String {
        var text = ""
        write(format, sampling: sampling) { text += $0 }
        return text
    }

    /// `{"lesson", "experiments": [{"id", "parameters", "runs": [...]}]}`, numbers in shortest
    /// round-trip form, one line.
    public var json: String { text(.json) }

    /// One row per iteration of every run: `experiment,run,iteration,θ…,loss,grad…,lr`.
    public var csv: String { text(.csv) }

    /// A plain-text table per run, columns aligned, for reading in a terminal.
    public var table: String { text(.table) }
}
