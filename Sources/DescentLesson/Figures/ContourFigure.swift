import DescentEngine
import DescentPlot
import DescentText

/// `plot contour` (and `plot path`/`plot frames` for two parameters): filled contours of f over
/// a window around every trajectory and the known minima, with each run's path on top in the
/// run's colour over a halo of page colour, its start ringed and its end enlarged.
///
/// Levels are log-spaced when f spans several decades over the window (a narrow valley such as
/// Rosenbrock's), linear otherwise. Both axes are parameters, so one unit is as long on each
/// unless the author writes `aspect=free`. The words `minimum` and `start` are placed where they
/// cover no marker, path or other label. Long trajectories are thinned; with an `animation`,
/// the steps appear one after another as arrows.
struct ContourFigure {
    /// Grid columns and rows sampled for the contours.
    static let gridSize = (columns: 110, rows: 80)

    let result: ExperimentResult
    let animation: Animation?
    /// The author's options: `xlim`/`ylim` set the window the levels are computed over,
    /// `aspect=free` lets the axes' units differ.
    var options = FigureOptions()
    /// Whether each run is drawn as a layer of its own (`LayerMark`, named by its series index)
    /// holding its halo and path, without legend entries: the runs of an explorable figure,
    /// shown one at a time by the page (`ExploreFigure`). Paths are thinned harder, since every
    /// run's path is in the page, and diverging runs do not widen the window: they leave it.
    var layered = false

    func draft() -> FigureDraft {
        let evaluator = ObjectiveEvaluator(result.experiment.objective)
        let runs = result.tracedSeries
        let paths = runs.map { run in run.trace?.path.map { Point($0[0], $0[1]) } ?? [] }
        let minima = KnownMinima(result.experiment).points
        let core = zip(runs, paths).filter { !$0.0.diverging }.flatMap(\.1) + paths.compactMap(\.first) + minima
        let box = FigureWindow.box(
            core: core, extra: layered ? [] : zip(runs, paths).filter { $0.0.diverging }.flatMap(\.1), fixed: options)
        let grid = ContourGrid(x: box.x, y: box.y, columns: Self.gridSize.columns, rows: Self.gridSize.rows) { x, y in
            evaluator.value(at: [x, y])
        }
        let levels = Self.levels(for: grid)
        let trajectories = zip(runs, paths).map { run, path in
            let trajectory = Trajectory(path, iterations: run.trace?.iterations ?? Array(path.indices))
            return thinned(trajectory.truncated(to: box.expanded(by: 0.3)), box)
        }
        let text = FigureText(result: result)
        var chart = Chart(
            x: .linear(box.x), y: .linear(box.y), xLabel: result.parameters[0], yLabel: result.parameters[1],
            legendPlacement: .top
        ) {
            ContourMark(grid: grid, levels: levels, title: text.signature, filled: true)
            if animation == nil && !layered {
                trajectories.indices.map { Self.halo(trajectories[$0], width: Self.lineWidth($0, of: runs.count)) }
            }
            if layered {
                zip(runs, trajectories).map { run, trajectory in
                    LayerMark(
                        "\(run.index)",
                        marks: [Self.halo(trajectory, width: Self.layerLineWidth)]
                            + runMarks(run, trajectory, labelled: false, width: Self.layerLineWidth))
                }
            } else {
                for (position, (run, trajectory)) in zip(runs, trajectories).enumerated() {
                    runMarks(run, trajectory, labelled: runs.count > 1, width: Self.lineWidth(position, of: runs.count))
                }
            }
            ReferencePointsMark(points: starts(trajectories), style: .ring, size: 14)
            ReferencePointsMark(points: minima, style: .cross, size: 9)
            labels(trajectories, runs: runs, minima: minima)
        }
        chart.equalAspect = Self.keepsEqualUnits(options)
        return words(
            chart, text: text, logLevels: levels != .linear(count: 10), minima: minima.count,
            startCount: starts(trajectories).count)
    }

    /// Whether the axes keep equal units: yes unless the author wrote `aspect=free`.
    static func keepsEqualUnits(_ options: FigureOptions) -> Bool {
        options.aspect?.value != .free
    }

    private func thinned(_ trajectory: Trajectory, _ box: Box) -> Trajectory {
        if layered { return trajectory.thinned(in: box, spacing: 3, limit: Self.layerPointLimit) }
        return animation == nil
            ? trajectory.thinned(in: box, spacing: 2, limit: 500)
            : trajectory.thinned(in: box, spacing: 4, limit: PathFigure.frameLimit)
    }

    /// The width of a path drawn as a layer: one run shows at a time, so none needs to show
    /// beneath another.
    static let layerLineWidth = 2.5
    /// The most points a path drawn as a layer keeps.
    static let layerPointLimit = 150

    /// Each path is drawn a little narrower than the one before it (at most four widths, from
    /// 1.75 px for the last), so where two runs follow the same valley floor the earlier one
    /// shows as an edge on both sides of the later one instead of vanishing under it.
    static func lineWidth(_ position: Int, of count: Int) -> Double {
        1.75 + Double(min(max(count - 1 - position, 0), 3))
    }

    private func runMarks(_ run: RunSeries, _ trajectory: Trajectory, labelled: Bool, width: Double) -> [any Mark] {
        let label = labelled ? run.legendLabel : nil
        guard animation == nil else {
            return [
                ArrowMark(path: trajectory.points, series: run.index, label: label, animation: animation),
                PointMark(trajectory.points, series: run.index, label: label, size: 5, animation: animation),
            ]
        }
        var line = LineMark(trajectory.points, series: run.index, label: label, lineWidth: width)
        line.solid = true
        // A run shown alone needs no shape to tell it from others, and a cross would read as the minimum.
        let shape: MarkerShape? = layered ? .circle : nil
        var marks: [any Mark] = [line]
        if trajectory.points.count <= 60 {
            marks.append(PointMark(trajectory.points, series: run.index, label: label, shape: shape, size: 5))
        }
        if !run.diverging, let end = trajectory.points.last {
            marks.append(PointMark([end], series: run.index, label: label, shape: shape, size: 10))
        }
        return marks
    }

    /// The page-coloured halo of a path, drawn for every path before any path.
    private static func halo(_ trajectory: Trajectory, width: Double) -> any Mark {
        var halo = LineMark(trajectory.points, lineWidth: width)
        halo.halo = .only
        return halo
    }

    /// Each distinct start point once.
    private func starts(_ trajectories: [Trajectory]) -> [Point] {
        var starts: [Point] = []
        for point in trajectories.compactMap(\.points.first) where !starts.contains(point) { starts.append(point) }
        return starts
    }

    /// `minimum` beside each minimum's cross, then `start` beside the first start ring, each
    /// where it covers no path, iterate, end marker, ring, cross or earlier label.
    private func labels(_ trajectories: [Trajectory], runs: [RunSeries], minima: [Point]) -> PlacedLabelsMark {
        var labels = minima.map { PlacedLabelsMark.Label("minimum", at: $0) }
        if let start = starts(trajectories).first { labels.append(.init("start", at: start)) }
        let ends = zip(runs, trajectories).filter { !$0.0.diverging }.compactMap(\.1.points.last)
        let markers = ends + starts(trajectories) + minima
        return PlacedLabelsMark(labels, avoidingMarkers: markers, markerSize: 14, lines: trajectories.map(\.points))
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

    private func words(_ chart: Chart, text: FigureText, logLevels: Bool, minima: Int, startCount: Int)
        -> FigureDraft
    {
        let outcomes = result.outcomeClauses
        let spacing = logLevels ? "log-spaced" : "evenly spaced"
        let what = animation == nil ? "Contours" : "Animated contours"
        let paths = FigureAlt.series(count: result.series.count, mark: "path", each: text.each)
        let marked = minima == 0 ? "" : minima == 1 ? "the minimum marked ×" : "the \(minima) minima marked ×"
        let alt =
            "\(what == "Contours" ? "Contour map" : "Animated contour map") of \(text.objective) over its two parameters, "
            + "its shading stronger where it is higher, with \(paths), each a chain of points joined by lines from a ringed start"
            + (animation == nil ? "" : ", drawn one step at a time") + (marked.isEmpty ? "" : "; \(marked)") + "."
        var caption =
            "Filled contours of \(text.signature) (\(spacing) levels; the higher the value, the stronger the shading) with the path\(text.each)"
        let ringed = startCount > 1 ? "each start is ringed" : "the start is ringed"
        caption += marked.isEmpty ? "; \(ringed)." : "; \(ringed), \(marked)."
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
        (log10(self)).rounded()
    }
}
