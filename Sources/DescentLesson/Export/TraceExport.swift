import DescentEngine

/// Every run's full trajectory, for `descent run`, as JSON, CSV or a plain-text table.
///
/// Entry i of a trace is the state before the i-th update: θᵢ, f(θᵢ), ∇f(θᵢ) and the rate used.
/// Nothing is kept: each run runs as it is printed, one after another, and hands its rows to
/// the text as they are computed (``RowSampling/stream(_:row:)``); the text is handed on in
/// chunks (``write(_:sampling:chunkSize:to:)``). Printing takes memory for one row and one
/// chunk, however long the traces.
///
/// Every run's configuration is checked when the export is made (``refusals(_:)``), so
/// printing cannot fail once it has started.
public struct TraceExport: Sendable {
    public let lesson: String
    public let experiments: [CompiledExperiment]

    /// The export of `experiments` (whose runs ``refusals(_:)`` found none to refuse).
    public init(lesson: String, experiments: [CompiledExperiment]) {
        self.lesson = lesson
        self.experiments = experiments
    }

    /// The runs of `experiment` the engine would refuse, each with why; nil when it runs.
    public static func refusals(_ experiment: CompiledExperiment) -> RunFailures? {
        var failures: [RunFailures.Failure] = []
        for run in experiment.runs {
            do throws(RunError) { try run.configuration.validate() } catch {
                failures.append(.init(run: run, error: error))
            }
        }
        return failures.isEmpty ? nil : RunFailures(failures: failures)
    }

    /// Runs every run and writes the export in `format`, the rows `sampling` picks, handing
    /// `emit` chunks of about `chunkSize` UTF-8 bytes in order. The chunks joined are the whole
    /// text. Throws only for a run the engine refuses (never, after ``refusals(_:)``), with the
    /// text written so far already handed on.
    public func write(
        _ format: TraceFormat, sampling: RowSampling = RowSampling(), chunkSize: Int = 1 << 16,
        to emit: ([UInt8]) -> Void
    ) throws(RunError) {
        try withoutActuallyEscaping(emit) { (emit) throws(RunError) in
            var output = ByteText(limit: chunkSize, emit: emit)
            defer { output.flush() }
            switch format {
            case .json: try writeJSON(sampling, to: &output)
            case .csv: try writeCSV(sampling, to: &output)
            case .table: try writeTable(sampling, to: &output)
            case .pytorch: try writePyTorch(to: &output)
            }
        }
    }

    /// The whole export in `format` as one string (for tests and small lessons).
    public func text(_ format: TraceFormat, sampling: RowSampling = RowSampling()) throws(RunError) -> String {
        var bytes: [UInt8] = []
        try write(format, sampling: sampling) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
