import DescentEngine
import DescentPlot
import Foundation

/// `plot contour` (and `plot path`/`plot frames` for two parameters): level lines of f over a
/// window around every trajectory and the known minimum, with each run's path on top in the
/// run's colour, its start ringed and its end enlarged.
///
/// Levels are log-spaced when f spans several decades over the window (a narrow valley such as
/// Rosenbrock's), linear otherwise. Long trajectories are thinned; with an `animation`, the
/// steps appear one after another as arrows.
struct ContourFigure {
    /// Grid columns and rows sampled for the contours.
    static let gridSize = (columns: 110, rows: 80)

    let result: ExperimentResult
    let animation: Animation?
    /// The author's options: `xlim`/`ylim` set the window the levels are computed over.
    var options = FigureOptions()

    func draft() -> FigureDraft {
        let evaluator = ObjectiveEvaluator(result.experiment.objective)
        let runs = result.tracedSeries
        let paths = runs.map { run in run.trace?.path.map { Point($0[0], $0[1]) } ?? [] }
        let minimum = MinimumPoint(result.experiment).map { Point($0.coordinates[0], $0.coordinates[1]) }
        let core =
            zip(runs, paths).filter { !$0.0.diverging }.flatMap(\.1) + paths.compactMap(\.first)
            + [minimum].compactMap { $0 }
        let box = FigureWindow.box(
            core: core, extra: zip(runs, paths).filter { $0.0.diverging }.flatMap(\.1), fixed: options)
        let grid = ContourGrid(x: box.x, y: box.y, columns: Self.gridSize.columns, rows: Self.gridSize.rows) { x, y in
            evaluator.value(at: [x, y])
        }
        let levels = Self.levels(for: grid)
        let trajectories = zip(runs, paths).map { run, path in
            let trajectory = Trajectory(path, iterations: run.trace?.iterations ?? Array(path.indices))
            return thinned(trajectory.truncated(to: box.expanded(by: 0.3)), box)
        }
        let text = FigureText(result: result)
        let chart = Chart(
            x: .linear(box.x), y: .linear(box.y), xLabel: result.parameters[0], yLabel: result.parameters[1],
            legendPlacement: .top
        ) {
            ContourMark(grid: grid, levels: levels, title: text.signature)
            for (run, trajectory) in zip(runs, trajectories) {
                runMarks(run, trajectory, labelled: runs.count > 1)
            }
            startMarks(trajectories)
            if let minimum {
                ReferencePointsMark(points: [minimum], style: .cross, size: 9)
                MinimumLabel(point: minimum, box: box).mark
            }
        }
        return words(chart, text: text, logLevels: levels != .linear(count: 10))
    }

    private func thinned(_ trajectory: Trajectory, _ box: Box) -> Trajectory {
        animation == nil
            ? trajectory.thinned(in: box, spacing: 2, limit: 500)
            : trajectory.thinned(in: box, spacing: 4, limit: PathFigure.frameLimit)
    }

    private func runMarks(_ run: RunSeries, _ trajectory: Trajectory, labelled: Bool) -> [any Mark] {
        let label = labelled ? run.legendLabel : nil
        guard animation == nil else {
            return [
                ArrowMark(path: trajectory.points, series: run.index, label: label, animation: animation),
                PointMark(trajectory.points, series: run.index, label: label, size: 5, animation: animation),
            ]
        }
        var marks: [any Mark] = [LineMark(trajectory.points, series: run.index, label: label, lineWidth: 1.75)]
        if trajectory.points.count <= 60 {
            marks.append(PointMark(trajectory.points, series: run.index, label: label, size: 5))
        }
        if !run.diverging, let end = trajectory.points.last {
            marks.append(PointMark([end], series: run.index, label: label, size: 10))
        }
        return marks
    }

    /// A ring around each distinct start point, labelled `start` once.
    private func startMarks(_ trajectories: [Trajectory]) -> [any Mark] {
        var starts: [Point] = []
        for point in trajectories.compactMap(\.points.first) where !starts.contains(point) { starts.append(point) }
        guard let first = starts.first else { return [] }
        return [
            ReferencePointsMark(points: starts, style: .ring, size: 14),
            TextMark("start", at: first, anchor: .middle, offset: Point(0, -12)),
        ]
    }

    /// Log-spaced levels when the values above the grid's minimum are skewed over several
    /// decades (a quarter of the grid lies within 3 % of the range above the minimum, as in
    /// Rosenbrock's valley), linear levels otherwise (a quadratic bowl gives about 10 %).
    static func levels(for grid: ContourGrid) -> ContourLevels {
        let finite = grid.values.filter(\.isFinite).sorted()
        guard let low = finite.first, let high = finite.last, high > low, low >= 0 else { return .linear(count: 10) }
        let quartile = finite[finite.count / 4]
        guard (quartile - low) < 0.03 * (high - low) else { return .linear(count: 10) }
        let decades = min(6, max(3, (high / max(low, high * 1e-6)).log10Rounded))
        return .logarithmic(count: 14, decades: decades)
    }

    private func words(_ chart: Chart, text: FigureText, logLevels: Bool) -> FigureDraft {
        let outcomes = OutcomeClauses(series: result.series)
        let spacing = logLevels ? "log-spaced" : "evenly spaced"
        let what = animation == nil ? "Contours" : "Animated contours"
        let paths = FigureAlt.series(count: result.series.count, mark: "path", each: text.each)
        let minimum = MinimumPoint(result.experiment) == nil ? "" : "; a cross marks the minimum"
        let alt =
            "\(what == "Contours" ? "Contour map" : "Animated contour map") of \(text.objective) over its two parameters "
            + "with \(paths), each a chain of points joined by lines from a ringed start"
            + (animation == nil ? "" : ", drawn one step at a time") + minimum + "."
        var caption = "Contours of \(text.signature) (\(spacing) levels) with the path\(text.each)"
        caption +=
            MinimumPoint(result.experiment) == nil
            ? "; the start is ringed." : "; the start is ringed, the minimum marked ×."
        if animation != nil {
            caption += " The steps appear one at a time (the final frame is shown when motion is reduced)."
        }
        caption += outcomes.sentences.isEmpty ? "" : " " + outcomes.sentences
        return FigureDraft(
            chart: chart, title: "\(what) of \(text.signature) with the descent", alt: alt, caption: caption)
    }
}

extension Double {
    /// The base-10 logarithm, rounded to the nearest whole number.
    var log10Rounded: Double {
        (Foundation.log10(self)).rounded()
    }
}
