import DescentEngine
import DescentPlot

/// `plot path` (and `plot frames`) for a one-parameter objective: the curve f(w) with each
/// run's iterates on it and an arrow for each step.
///
/// The window covers every iterate of the runs that did not diverge, the start and the known
/// minimum; diverging iterates widen it only so far (`FigureWindow`), then the path is drawn
/// leaving the chart. Iterates are numbered when there are few. With an `animation`, points and
/// arrows appear step by step.
struct PathFigure {
    /// The most iterates a run may have to be numbered.
    static let numberedLimit = 12
    /// The most frames an animation plays.
    static let frameLimit = 40

    let result: ExperimentResult
    let animation: Animation?
    /// The author's options; `xlim` sets the window the curve is drawn over.
    var options = FigureOptions()

    func draft() -> FigureDraft {
        let evaluator = ObjectiveEvaluator(result.experiment.objective)
        let f = { (w: Double) in evaluator.value(at: [w]) }
        let runs = result.tracedSeries
        let paths = runs.map { $0.trace?.path.map { $0[0] } ?? [] }
        let minimum = MinimumPoint(result.experiment)?.coordinates[0]
        let core =
            zip(runs, paths).filter { !$0.0.diverging }.flatMap(\.1) + paths.compactMap(\.first)
            + [minimum].compactMap { $0 }
        let window = FigureWindow.interval(
            core: core, extra: zip(runs, paths).filter { $0.0.diverging }.flatMap(\.1), fixed: options.xLimits?.value)
        let curve = Self.samples(window, count: 240).map { Point($0, f($0)) }
        let y = Scale.fitting(curve.map(\.y)).padded(by: 0.06, crossingZero: true)
        let box = Box(x: window, y: y.effectiveDomain)
        let trajectories = zip(runs, paths).map { run, path in
            let points = path.map { Point($0, f($0)) }
            let trajectory = Trajectory(points, iterations: run.trace?.iterations ?? Array(points.indices))
            return thinned(trajectory.truncated(to: box.expanded(by: 0.3)), box)
        }
        let text = FigureText(result: result)
        let chart = Chart(x: .linear(window), y: y, xLabel: result.parameters[0], yLabel: text.signature) {
            ReferenceCurveMark(points: curve)
            if let minimum {
                ReferencePointsMark(points: [Point(minimum, f(minimum))], style: .cross, size: 8)
                MinimumLabel(point: Point(minimum, f(minimum)), box: box).mark
            }
            for (run, trajectory) in zip(runs, trajectories) {
                runMarks(run, trajectory, labelled: runs.count > 1)
            }
            startMarks(trajectories)
            if animation == nil { Self.numbers(trajectories, in: box) }
        }
        return words(chart, text: text)
    }

    private func thinned(_ trajectory: Trajectory, _ box: Box) -> Trajectory {
        animation == nil
            ? trajectory.thinned(in: box, spacing: 4, limit: 120)
            : trajectory.thinned(in: box, spacing: 4, limit: Self.frameLimit)
    }

    private func runMarks(_ run: RunSeries, _ trajectory: Trajectory, labelled: Bool) -> [any Mark] {
        let label = labelled ? run.legendLabel : nil
        return [
            ArrowMark(path: trajectory.points, series: run.index, animation: animation),
            PointMark(trajectory.points, series: run.index, label: label, size: 6, animation: animation),
        ]
    }

    /// A ring around each distinct start point, labelled `start` once.
    private func startMarks(_ trajectories: [Trajectory]) -> [any Mark] {
        var starts: [Point] = []
        for point in trajectories.compactMap(\.points.first) where !starts.contains(point) { starts.append(point) }
        guard let first = starts.first else { return [] }
        return [
            ReferencePointsMark(points: starts, style: .ring, size: 13),
            TextMark("start", at: first, anchor: .middle, offset: Point(0, -12)),
        ]
    }

    /// Iteration numbers beside the iterates of short runs, in a regular sequence: 1, 2, 3, …
    /// as long as each number stands clear of those already placed, then always the last
    /// iterate (dropping numbers just before it that its own would overlap). Skipping only
    /// the crowded ones gave sequences such as 1, 2, 3, 7 that hide where the run ended.
    static func numbers(_ trajectories: [Trajectory], in box: Box) -> [any Mark] {
        guard trajectories.count <= 3 else { return [] }
        var placed: [Rect] = []
        var marks: [any Mark] = []
        // Only runs short enough to keep every iterate: a thinned long run keeps few points,
        // and numbering them (1, 2, 4999) would read as a run of three steps.
        for trajectory in trajectories where (trajectory.iterations.last ?? 0) <= numberedLimit {
            let candidates = zip(trajectory.points, trajectory.iterations).filter { $0.1 > 0 && box.contains($0.0) }
            guard let last = candidates.last else { continue }
            let labels = candidates.map {
                (point: $0.0, text: String($0.1), rect: labelRect(String($0.1), at: $0.0, in: box))
            }
            var chosen: [Int] = []
            for index in labels.indices.dropLast() {
                let rect = labels[index].rect
                guard (placed + chosen.map { labels[$0].rect }).allSatisfy({ !$0.overlaps(rect) }) else { break }
                chosen.append(index)
            }
            let lastRect = labelRect(String(last.1), at: last.0, in: box)
            while let previous = chosen.last, labels[previous].rect.overlaps(lastRect) { chosen.removeLast() }
            chosen.append(labels.count - 1)
            for index in chosen {
                placed.append(labels[index].rect)
                marks.append(
                    TextMark(labels[index].text, at: labels[index].point, anchor: .start, offset: numberOffset))
            }
        }
        return marks
    }

    /// Where a number is drawn relative to its iterate, in pixels (right and up).
    static let numberOffset = Point(6, -7)

    /// The box a number covers, in approximate pixels (y down), with 2 px to spare.
    static func labelRect(_ text: String, at point: Point, in box: Box) -> Rect {
        let unit = box.normalized(point)
        let x = unit.x * Trajectory.plotSize.x + numberOffset.x
        let baseline = (1 - unit.y) * Trajectory.plotSize.y + numberOffset.y
        let width = TextMetrics(fontSize: 12).width(of: text)
        return Rect(x: x - 2, y: baseline - 11, width: width + 4, height: 14)
    }

    private func words(_ chart: Chart, text: FigureText) -> FigureDraft {
        let outcomes = OutcomeClauses(series: result.series)
        let what = animation == nil ? "Path" : "Animated path"
        let runs = FigureAlt.series(count: result.series.count, mark: "run", each: text.each)
        let alt =
            "Plot of the curve \(text.objective) with the iterates of \(runs) marked on it, an arrow from each to the next"
            + (animation == nil ? "." : ", drawn one step at a time.")
        var caption = "The iterates on \(text.signature)\(text.each), with an arrow for each step"
        caption +=
            animation == nil ? "." : ", appearing one step at a time (the final frame is shown when motion is reduced)."
        caption += outcomes.sentences.isEmpty ? "" : " " + outcomes.sentences
        return FigureDraft(
            chart: chart, title: "\(what) of \(text.method) on \(text.signature)", alt: alt, caption: caption)
    }

    static func samples(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
    }
}
