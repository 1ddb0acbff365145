/// What a build shows of an experiment, made as soon as it has run so that its traces can be
/// let go: the figures, and the text of each `show:` item (`ExperimentReport`). Only the figure
/// links, which depend on where the lesson and the site are, are left to write.
public struct RenderedExperiment: Sendable {
    /// The figures drawn, in the order asked.
    public var figures: [GeneratedFigure]
    /// The text of each `show:` item in order; nil for figures and items that show nothing.
    public var sections: [String?]
    /// The summary table shown when no item shows anything.
    public var fallback: String
}

extension ExperimentResult {
    /// The result with its figures and sections rendered and every trace (and per-epoch loss)
    /// dropped: outcomes, final points and the numbers claims and references read stay.
    /// `companions` are the lesson's other experiments by id, for figures drawn `with` them.
    public func prerendered(companions: [String: ExperimentResult] = [:]) -> ExperimentResult {
        let figures = FigureBuilder(result: self, companions: companions).figures()
        let report = ExperimentReport(result: self, figures: figures.map(\.reference))
        var copy = self
        copy.rendered = RenderedExperiment(
            figures: figures, sections: report.sections(), fallback: report.fallback)
        copy.pairs = pairs.map { run, result in
            var kept = result
            kept.trace = nil
            kept.epochLosses = []
            return (run, kept)
        }
        return copy
    }
}
