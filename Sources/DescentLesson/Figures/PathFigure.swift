import DescentEngine
import DescentPlot
import DescentText

/// `plot path` (and `plot frames`) for a one-parameter objective: the curve f(w) with each
/// run's iterates on it and an arrow for each step.
///
/// The window covers every iterate of the runs that did not diverge, the start and the known
/// minimum; diverging iterates widen it only so far (`FigureWindow`), then the path is drawn
/// leaving the chart. Iterates are numbered when there are few. With an `animation`, points and
/// arrows appear step by step.
struct PathFigure {
    /// The most frames an animation plays.
    static let frameLimit = 40
    /// Seconds within which an animation has played every frame; it then holds the last one.
    static let animationSeconds = 5.0

    let result: ExperimentResult
    let animation: Animation?
    /// The author's options; `xlim` sets the window the curve is drawn over.
    var options = FigureOptions()
    /// Whether each run is drawn as a layer of its own (`LayerMark`, named by its series index)
    /// without legend entries, inset or iterate numbers, its iterates circles: the runs of an explorable figure, shown
    /// one at a time by the page (`ExploreFigure`). `start` and `minimum` are still labelled.
    /// Diverging runs do not widen the window: it frames the bowl, and they leave it.
    var layered = false

    func draft() -> FigureDraft {
        let evaluator = ObjectiveEvaluator(result.experiment.objective)
        let f = { (w: Double) in evaluator.value(at: [w]) }
        let runs = result.tracedSeries
        let paths = runs.map { $0.trace?.path.map { $0[0] } ?? [] }
        let minimum = MinimumPoint(result.experiment)?.coordinates[0]
        let core =
            zip(runs, paths).filter { !$0.0.diverging }.flatMap(\.1) + paths.compactMap(\.first)
            + [minimum].compactMap { $0 }
        let window = FigureWindow.landscape(
            core: core, extra: layered ? [] : zip(runs, paths).filter { $0.0.diverging }.flatMap(\.1),
            fixed: options.xLimits?.value,
            f: f)
        let curve = Self.samples(window, count: 240).map { Point($0, f($0)) }
        let y = Scale.fitting(curve.map(\.y)).padded(by: 0.06, crossingZero: true)
        let box = Box(x: window, y: y.effectiveDomain)
        let cut = zip(runs, paths).map { run, path in
            let points = path.map { Point($0, f($0)) }
            let trajectory = Trajectory(points, iterations: run.trace?.iterations ?? Array(points.indices))
            return trajectory.truncated(to: box.expanded(by: 0.3))
        }
        let trajectories = cut.map { thinned($0, box) }
        let inset =
            animation == nil && !layered
            ? PathInset(
                runs: runs, trajectories: cut, f: f, minimum: minimum.map { Point($0, f($0)) }, box: box,
                avoid: curve + trajectories.flatMap(\.points)
            ).inset : nil
        let text = FigureText(result: result)
        let minimumPoint = minimum.map { Point($0, f($0)) }
        let frames = trajectories.map(\.points.count).max() ?? 0
        let animation = animation?.fitting(frames: frames, within: Self.animationSeconds)
        let chart = Chart(x: .linear(window), y: y, xLabel: result.parameters[0], yLabel: text.signature) {
            ReferenceCurveMark(points: curve)
            if let minimumPoint {
                ReferencePointsMark(points: [minimumPoint], style: .cross, size: 8)
            }
            for (run, trajectory) in zip(runs, trajectories) {
                if layered {
                    LayerMark("\(run.index)", marks: runMarks(run, trajectory, labelled: false, animation: nil))
                } else {
                    runMarks(run, trajectory, labelled: runs.count > 1, animation: animation)
                }
            }
            if let animation {
                FrameCaptionMark(Self.frameTexts(trajectories, signature: text.signature), animation: animation)
            }
            startMarks(trajectories)
            PathLabels(
                runs: runs, trajectories: trajectories, minimum: minimumPoint, box: box,
                numbered: animation == nil && !layered, panel: inset?.panel ?? [], callsOutHiddenRuns: !layered
            ).mark
            if let inset { inset.mark }
        }
        return words(chart, text: text, zoomed: inset != nil)
    }

    /// A still figure keeps iterates 4 px apart; an animation every step that moves at least a
    /// pixel, so no frame passes without a visible change.
    private func thinned(_ trajectory: Trajectory, _ box: Box) -> Trajectory {
        animation == nil
            ? trajectory.thinned(in: box, spacing: 4, limit: 120)
            : trajectory.thinned(in: box, spacing: 1, limit: Self.frameLimit)
    }

    private func runMarks(_ run: RunSeries, _ trajectory: Trajectory, labelled: Bool, animation: Animation?)
        -> [any Mark]
    {
        let label = labelled ? run.legendLabel : nil
        return [
            ArrowMark(path: trajectory.points, series: run.index, animation: animation),
            PointMark(
                trajectory.points, series: run.index, label: label, shape: layered ? .circle : nil, size: 6,
                animation: animation),
        ]
    }

    /// A ring around each distinct start point (`PathLabels` writes `start` beside the first).
    private func startMarks(_ trajectories: [Trajectory]) -> [any Mark] {
        var starts: [Point] = []
        for point in trajectories.compactMap(\.points.first) where !starts.contains(point) { starts.append(point) }
        guard !starts.isEmpty else { return [] }
        return [ReferencePointsMark(points: starts, style: .ring, size: 13)]
    }

    private func words(_ chart: Chart, text: FigureText, zoomed: Bool) -> FigureDraft {
        let outcomes = result.outcomeClauses
        let what = animation == nil ? "Path" : "Animated path"
        let runs = FigureAlt.series(count: result.series.count, mark: "run", each: text.each)
        let alt =
            "Plot of the curve \(text.objective) with the iterates of \(runs) marked on it, an arrow from each to the next"
            + (animation == nil ? "." : ", drawn one step at a time.")
        var caption = "The iterates on \(text.signature)\(text.each), with an arrow for each step"
        caption +=
            animation == nil
            ? "."
            : ", appearing one step at a time with the iteration written above; it plays once and stays on the last"
                + " step (which is all that is shown when motion is reduced)."
        caption += zoomed ? " An inset enlarges the last iterates, which crowd together near the end." : ""
        caption += outcomes.sentences.isEmpty ? "" : " " + outcomes.sentences
        return FigureDraft(
            chart: chart, title: "\(what) of \(text.method) on \(text.signature)", alt: alt, caption: caption)
    }

    /// What each frame of an animation says: `i = 3, f(w) = 0.0369` for one run; with several
    /// runs, `i = 3` while their frames show the same iteration (the loss differs per run).
    static func frameTexts(_ trajectories: [Trajectory], signature: String) -> [String] {
        let frames = trajectories.map(\.points.count).max() ?? 0
        return (0..<frames).map { frame in
            let shown = trajectories.filter { frame < $0.points.count }
            let iterations = Set(shown.map { $0.iterations[frame] })
            guard iterations.count == 1, let iteration = iterations.first else { return "" }
            guard shown.count == 1, trajectories.count == 1 else { return "i = \(iteration)" }
            return "i = \(iteration), \(signature) = \(NumberText.typeset(shown[0].points[frame].y, digits: 3))"
        }
    }

    static func samples(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
    }
}
