/// Something a block asks the build to show under it (`show: table, summary, plot loss log`).
public enum ShowItem: Sendable, Equatable, Hashable {
    /// The step table of each run.
    case table
    /// Outcome, final parameters and loss per run.
    case summary
    /// One table of iterations-to-converge per setting, best marked (for sweeps).
    case convergence
    /// The derived gradient as math.
    case derivative
    /// The closed-form prediction beside the measurement, where one exists.
    case theory
    /// The exact gradient beside a central-difference estimate at the start point.
    case gradientCheck
    /// A PyTorch script that reproduces the experiment (``PyTorchScript``), collapsed on the page.
    case pytorch
    /// A figure; `logScale` asks for a logarithmic y axis where that makes sense, `options`
    /// for its window, size, runs and the other experiments it draws.
    case plot(PlotKind, logScale: Bool, options: FigureOptions = FigureOptions())
    /// One explorable figure of a sweep (`explore`, `explore [lr=0.3]`): a control per swept
    /// setting, and for the chosen run its path, loss and outcome, switched by the page's CSS.
    case explore(ExploreOptions)

    /// Whether the item is a figure (`plot …` or `explore`).
    var isFigure: Bool {
        switch self {
        case .plot, .explore: true
        default: false
        }
    }

    /// Item names as written in `show:`.
    static let names: [String: ShowItem] = [
        "table": .table, "summary": .summary, "convergence": .convergence,
        "derivative": .derivative, "theory": .theory, "gradient-check": .gradientCheck,
        "pytorch": .pytorch,
    ]
}

/// The figures a lesson can ask for with `show: plot KIND`.
public enum PlotKind: String, CaseIterable, Sendable {
    /// Loss per iteration, one line per run.
    case loss
    /// Loss per iteration minus the best loss any run reached (or the known minimum), on a log
    /// axis: differences in the fourth decimal that a loss axis has no room for.
    case gap
    /// The 1-D function with the iterates and an arrow for each step.
    case path
    /// Contours of a 2-D objective with each run's trajectory.
    case contour
    /// The learning rate per iteration.
    case lr
    /// Iterations to converge (or final loss) against the learning rate.
    case sweep
    /// The descent animated step by step.
    case frames
    /// Data points and the fitted line (regression).
    case data
}
