import DescentPlot
import DescentText

/// `plot lr`: the learning rate each iteration used, one line per run — schedules, warm
/// restarts, cyclic and adaptive rules. A rate holds for its whole step, so each line is drawn
/// as steps (level from iteration i to i + 1), never sloped between iterations. The x axis
/// counts epochs when the block's loss figure does (some run uses mini-batches), iterations
/// otherwise. On a log axis, rates of zero or below (an additive hypergradient can drive the
/// rate negative) drop into a floor strip marked `0` or `≤ 0`, never onto some positive height.
struct LearningRateFigure {
    let result: ExperimentResult
    let logScale: Bool

    func draft() -> FigureDraft {
        let runs = result.tracedSeries
        let raw = runs.map { run in run.trace?.learningRates ?? [] }
        let log = logScale ? LogValues(raw.map { $0.map { $0 < 0 ? 0 : $0 } }, reference: 0) : nil
        let plotted = raw.map { series in log.map { transform in series.map(transform.stripped) } ?? series }
        let finite = plotted.flatMap { $0.filter(\.isFinite) }
        let y =
            log == nil
            ? Scale.fitting(finite + [0]).padded(by: 0.04).nice()
            : Scale.fitting(finite, kind: .log).padded(by: 0.04).nice()
        let epochs = result.countsEpochs
        let rows = result.experiment.objective.dataset?.rowCount ?? 1
        let scales = runs.map { epochs ? 1 / Double($0.iterationsPerEpoch(rows: rows)) : 1 }
        let xs = zip(runs, scales).map { run, scale in (run.trace?.iterations ?? []).map { Double($0) * scale } }
        // Each rate holds until the next iteration; the last one until its step ends.
        let ends = zip(runs, scales).map { run, scale in Double(run.trace?.iterations.last.map { $0 + 1 } ?? 0) * scale
        }
        let lastX = max(ends.max() ?? 1, epochs ? 1e-9 : 1)
        let unit = epochs ? "epoch" : "iteration"
        var chart = Chart(x: .linear(0...lastX), y: y, xLabel: unit, yLabel: "learning rate") {
            for (index, run) in runs.enumerated() {
                LineMark(
                    StepCurve.after(
                        zip(xs[index], plotted[index]).map { Point($0, $1) }, end: ends[index],
                        minimumWidth: lastX / Self.visibleSteps),
                    series: run.index, label: runs.count > 1 ? run.legendLabel : nil)
            }
        }
        let floor = log == nil ? nil : Self.floorLabel(raw)
        if let floor { chart.floorStrip = FloorStrip(label: floor) }
        return words(chart, rates: raw, log: log != nil, floor: floor, axis: (unit, lastX))
    }

    /// The floor strip's label on a log axis: `≤ 0` when some rate is negative, `0` when some
    /// rate is exactly zero, nil when every rate is positive.
    static func floorLabel(_ rates: [[Double]]) -> String? {
        let finite = rates.flatMap { $0.filter(\.isFinite) }
        if finite.contains(where: { $0 < 0 }) { return "≤ 0" }
        return finite.contains(0) ? "0" : nil
    }

    /// Steps narrower than the x range over this many are joined straight: about one pixel
    /// on a page-wide figure.
    static let visibleSteps = 600.0

    private func words(
        _ chart: Chart, rates: [[Double]], log: Bool, floor: String?, axis: (unit: String, last: Double)
    ) -> FigureDraft {
        let text = FigureText(result: result)
        let finite = rates.flatMap { $0.filter(\.isFinite) }
        let range = if let low = finite.min(), let high = finite.max() { Self.range(low, high) } else { "" }
        let scale = log ? " (log scale)" : ""
        let schedules = Set(result.experiment.runs.map(\.facets.schedule))
        let rule =
            if schedules.count == 1, let only = schedules.first, only != "constant" { " with \(only)" } else { "" }
        let lines = FigureAlt.series(count: rates.count, mark: "line", each: text.each)
        let shapes = FigureAlt.shapes(rates.map { FigureAlt.shape($0, escapes: false) }, mark: "line")
        let alt =
            "Step chart of the learning rate\(scale) against the \(axis.unit), \(FigureAlt.range(0, axis.last)), with \(lines); "
            + shapes + "."
        let strip = floor.map {
            " Rates of \($0 == "0" ? "0" : "0 or below") are drawn in the strip marked \($0) under the axis."
        }
        let caption =
            "Learning rate per iteration\(text.each)\(rule)\(scale)."
            + (range.isEmpty ? "" : " \(Self.capitalized(range)).") + (strip ?? "")
        return FigureDraft(chart: chart, title: "Learning rate per iteration", alt: alt, caption: caption)
    }

    /// `the rate stays at 0.1` or `the rate ranges from 0.001 to 0.1`.
    static func range(_ low: Double, _ high: Double) -> String {
        if low == high { return "the rate stays at \(NumberText.typeset(low, digits: 4))" }
        return
            "the rate ranges from \(NumberText.typeset(low, digits: 4)) to \(NumberText.typeset(high, digits: 4))"
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
