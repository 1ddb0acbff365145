/// The formats `descent run` prints a trace in.
public enum TraceFormat: String, Sendable, CaseIterable {
    /// One JSON object on one line (docs/lesson-format.md, "descent run output").
    case json
    /// One row per printed iteration: `experiment,run,iteration,θ…,loss,grad…,lr`.
    case csv
    /// A plain-text table per run, columns aligned, for reading in a terminal.
    case table
    /// A runnable PyTorch script per experiment that reproduces its runs (``PyTorchScript``);
    /// `--every` does not apply.
    case pytorch
}
