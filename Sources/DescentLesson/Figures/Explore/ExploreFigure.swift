import DescentEngine
import DescentPlot
import DescentText

/// `show: explore`: one figure of a sweep in which the reader picks the run — a control per
/// swept setting (`ExploreChoices`) and, for the run picked, its path (the contour map of a
/// two-parameter objective, the curve of a one-parameter one; none beyond two) and its loss per
/// iteration on a log axis, with how it ended. Every run is drawn at build time; the page
/// switches between them with CSS alone (`ExploreMarkup`).
///
/// The shared parts of each chart — contour bands or curve, axes, labels — are drawn once;
/// each run adds only its own path and loss line (`LayerMark`), thinned. Both charts are laid
/// out at a phone's width (`Chart.narrowed()`), so they sit side by side on a wide page and one
/// above the other on a phone, at full size in both; a contour map fills its chart
/// (`aspect=free`), which the caption says.
///
/// The lesson file gets a still: the map (or the loss, beyond two parameters) of the run the
/// figure opens on, named `ID-explore.svg`, with a caption that lists the choices; the site
/// replaces the still with the figure.
struct ExploreFigure {
    /// The most runs an explorable figure draws: every run is in the page, so its size grows
    /// with them (a 20-run sweep on a contour map stays near 100 KB).
    static let mostRuns = 24

    let result: ExperimentResult
    let options: ExploreOptions

    /// Why `experiment` cannot be explored as `options` ask, and whether the problem is the
    /// selector's (else the item's); nil when it can.
    static func obstacle(_ options: ExploreOptions, for experiment: CompiledExperiment) -> (
        message: String, atSelector: Bool
    )? {
        let runs = experiment.runs
        if runs.count < 2 {
            return ("explore needs a sweep of at least two runs to choose from; '\(experiment.spec.id)' has one", false)
        }
        if runs.count > mostRuns {
            return (
                "explore draws at most \(mostRuns) runs, each kept in the page; '\(experiment.spec.id)' has \(runs.count) (sweep fewer values, or use plot loss and plot sweep)",
                false
            )
        }
        guard let initial = options.initial?.value else { return nil }
        let matching = runs.filter { initial.matches($0.facets) }
        if matching.count == 1 { return nil }
        let labels = (matching.isEmpty ? runs : matching).prefix(6).map(\.label).joined(separator: "; ")
        let more = (matching.isEmpty ? runs : matching).count > 6 ? "; …" : ""
        let problem =
            matching.isEmpty
            ? "no run of '\(experiment.spec.id)' matches '[\(initial.description)]'; its runs: \(labels)\(more)"
            : "'[\(initial.description)]' matches \(matching.count) runs of '\(experiment.spec.id)' (\(labels)\(more)); explore opens on one run, so name every setting that tells it apart"
        return (problem, true)
    }

    /// The still with the explorable figure attached; nil when no run has a trace to draw.
    func figure() -> GeneratedFigure? {
        let runs = result.series
        guard runs.count >= 2, runs.allSatisfy({ $0.trace != nil }) else { return nil }
        let initial = initialIndex
        let stem = "\(result.id)-explore"
        let mapKind: PlotKind? = result.parameters.count == 1 ? .path : result.parameters.count == 2 ? .contour : nil
        let palette = SeriesKind.of(result.experiment.runs).palette
        guard
            var still = FigureBuilder(result: only(initial), palette: palette).figure(
                mapKind ?? .loss, logScale: mapKind == nil, stem: stem)
        else { return nil }
        let choices = ExploreChoices(result.experiment.runs)
        let charts = [("map", mapDraft()), ("loss", LossFigure(result: result, logScale: true, layered: true).draft())]
        let svgs = charts.compactMap { part, draft in draft.map { (part, $0) } }.map { part, draft in
            var chart = draft.chart.narrowed().trimmedToEqualUnits()
            chart.palette = palette
            return chart.svg(id: "\(stem)-\(part)", title: draft.title, description: draft.alt)
        }
        let outcomes = runs.map(outcome)
        still.reference.explore = true
        still.reference.caption = caption(choices, initial: runs[initial], map: mapKind != nil)
        still.explore = ExploreMarkup(
            id: stem, choices: choices, initial: initial, charts: svgs, outcomes: outcomes)
        return still
    }

    /// `η = 0.3: converged at iteration 10.`; a run whose loss grew without stopping adds how
    /// far: `η = 1.1: no convergence in 30 steps; its loss grows from 9 to 1.6 × 10⁵.`
    private func outcome(_ run: RunSeries) -> String {
        let sentence = "\(run.label): \(result.sentence(run.result.outcome))"
        guard run.growing else { return sentence + "." }
        let from = NumberText.typeset(run.result.firstLoss, digits: 3)
        let to = NumberText.typeset(run.reachedLoss, digits: 3)
        return sentence + "; its loss grows from \(from) to \(to)."
    }

    /// The run the figure opens on: the one the author's selector picks, else the first.
    var initialIndex: Int {
        guard let selector = options.initial?.value else { return 0 }
        return result.experiment.runs.firstIndex { selector.matches($0.facets) } ?? 0
    }

    /// The map with every run as a layer: contours for two parameters, the curve for one.
    private func mapDraft() -> FigureDraft? {
        switch result.parameters.count {
        case 1: PathFigure(result: result, animation: nil, layered: true).draft()
        case 2: ContourFigure(result: result, animation: nil, options: Self.filling, layered: true).draft()
        default: nil
        }
    }

    /// A contour map that fills its chart: at a phone's width, a long valley kept to equal
    /// units would leave a strip too thin to follow a path in.
    private static let filling: FigureOptions = {
        var options = FigureOptions()
        options.aspect = Located(.free, line: 0, column: 0)
        return options
    }()

    /// `result` with only run `index`, which keeps its series index (its colour).
    private func only(_ index: Int) -> ExperimentResult {
        var drawn = result
        drawn.pairs = [result.pairs[index]]
        drawn.experiment.runs = [result.pairs[index].run]
        drawn.seriesIndices = [result.seriesIndices?[index] ?? index]
        return drawn
    }

    /// The block's `caption:` as a lead, then what the reader can do and what a still copy shows.
    private func caption(_ choices: ExploreChoices, initial: RunSeries, map: Bool) -> String {
        let path = result.parameters.count == 2 ? "its path (the axes not to the same scale)" : "its path"
        let what = map ? "\(path) and its loss per iteration (log scale)" : "its loss per iteration (log scale)"
        let sentences =
            "Choose \(choices.phrase) to see that run: \(what) and how it ended. "
            + "A still copy (the lesson file) or a print shows \(initial.label) (\(result.sentence(initial.result.outcome)))."
        return FigureBuilder.caption(sentences, of: result.experiment)
    }
}
