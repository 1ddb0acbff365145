import DescentEngine
import DescentPlot
import DescentText

/// `plot loss`: the loss per iteration (per epoch for mini-batch runs), one line per run.
///
/// The y domain comes from the runs that did not diverge, so a diverging run does not flatten
/// the others: it leaves through the top edge, where a marker shows the escape.
struct LossFigure {
    let result: ExperimentResult
    let logScale: Bool

    /// Whether the x axis counts epochs: some run has full-data losses per epoch.
    private var byEpoch: Bool { result.countsEpochs }

    /// Full-data losses per epoch for mini-batch runs; otherwise the trace's losses, followed by
    /// the loss at the last point when the budget ran out (the trace stops one step before it).
    private func values(_ run: RunSeries) -> [Double] {
        if byEpoch && !run.result.epochLosses.isEmpty { return run.result.epochLosses }
        let losses = run.trace?.losses ?? []
        guard case .exhausted = run.result.outcome else { return losses }
        return losses + [run.result.finalLoss]
    }

    /// The x of each of `values(run)`: the epoch, or the iteration of each loss a (possibly
    /// sampled) trace holds, then the budget for the final loss.
    private func positions(_ run: RunSeries) -> [Double] {
        if byEpoch && !run.result.epochLosses.isEmpty { return run.result.epochLosses.indices.map(Double.init) }
        let iterations = (run.trace?.iterations ?? []).map(Double.init)
        guard case .exhausted = run.result.outcome else { return iterations }
        return iterations + [Double(run.trace?.count ?? 0)]
    }

    func draft() -> FigureDraft {
        let runs = result.tracedSeries
        let raw = runs.map(values)
        let xs = runs.map(positions)
        let settled = zip(runs, raw).filter { !$0.0.diverging }.map(\.1)
        let log = logScale ? LogValues(settled.isEmpty ? raw : settled, reference: MinimumValue(result).value) : nil
        let plotted = raw.map { series in log.map { transform in series.map(transform.callAsFunction) } ?? series }
        let y = Self.yScale(plotted, diverged: runs.map(\.diverging), log: log != nil)
        let lastX = max(xs.compactMap(\.last).max() ?? 1, 1)
        let unit = byEpoch ? "epoch" : "iteration"
        let chart = Chart(
            x: .linear(0...lastX), y: y, xLabel: unit,
            yLabel: log?.axisLabel("loss") ?? "loss"
        ) {
            for ((run, series), x) in zip(zip(runs, plotted), xs) {
                LineMark(
                    x: x, y: series, series: run.index,
                    label: runs.count > 1 ? run.legendLabel : nil, marksEscapes: run.diverging)
            }
        }
        let shapes = zip(runs, raw).map { FigureAlt.shape($0.1, escapes: $0.0.diverging) }
        return words(
            chart, unit: unit, log: log, floorNote: log.flatMap { Self.floorNote($0, runs: runs, values: raw) },
            drawing: (lastX, shapes))
    }

    /// `lr = 0.5 reaches 0 exactly and is drawn at the floor, 0.00254 (the lowest loss plotted).`
    /// Runs whose values sit on the floor of a log axis instead of where they are, named so
    /// that a flat line along the floor is not read as a real loss.
    static func floorNote(_ log: LogValues, runs: [RunSeries], values: [[Double]]) -> String? {
        let contacts = zip(runs, values).map { ($0.0, log.floorContact($0.1)) }
        let name = { (run: RunSeries) in runs.count == 1 ? "the run" : run.label }
        let floor = NumberText.typeset(log.floor, digits: 3)
        let exact = contacts.filter { $0.1 == .exact }.map { name($0.0) }
        let below = contacts.filter { $0.1 == .below }.map { name($0.0) }
        var clauses: [String] = []
        if !exact.isEmpty {
            let target = log.isShifted ? "the minimum" : "0"
            clauses.append(
                "\(OutcomeClauses.joined(exact)) \(exact.count == 1 ? "reaches" : "reach") \(target) exactly")
        }
        if !below.isEmpty {
            clauses.append(
                "\(OutcomeClauses.joined(below)) \(below.count == 1 ? "falls" : "fall") below 10⁻¹⁵ of the largest value"
            )
        }
        guard !clauses.isEmpty else { return nil }
        let drawn = exact.count + below.count == 1 ? "and is drawn" : "and are drawn"
        let sentence =
            "\(clauses.joined(separator: "; ")) \(drawn) at the floor, \(floor) (the lowest \(log.isShifted ? "distance" : "loss") plotted)"
        return OutcomeClauses.sentence(sentence, labels: runs.count > 1 ? runs.map(\.label) : [])
    }

    private func words(
        _ chart: Chart, unit: String, log: LogValues?, floorNote: String?,
        drawing: (lastX: Double, shapes: [FigureAlt.Shape])
    ) -> FigureDraft {
        let text = FigureText(result: result)
        let outcomes = OutcomeClauses(series: result.series)
        let scale =
            switch log {
            case nil: ""
            case let log?: log.isShifted ? " (log scale, distance to the minimum)" : " (log scale)"
            }
        let lines = FigureAlt.series(count: drawing.shapes.count, mark: "line", each: text.each)
        let alt =
            "Line chart of the loss\(scale) against the \(unit), \(FigureAlt.range(0, drawing.lastX)), with \(lines); "
            + FigureAlt.shapes(drawing.shapes, mark: "line") + "."
        let caption =
            (["Loss per \(unit)\(text.each)\(scale).", outcomes.sentences, floorNote ?? ""].filter { !$0.isEmpty })
            .joined(separator: " ")
        return FigureDraft(chart: chart, title: "Loss per \(unit)", alt: alt, caption: caption)
    }

    /// The y scale fitted to the runs that did not diverge, or to the early part of diverged
    /// runs (up to 1000 times their first value) when all diverged.
    static func yScale(_ series: [[Double]], diverged: [Bool], log: Bool) -> Scale {
        var kept = zip(series, diverged).filter { !$1 }.flatMap { $0.0 }
        kept += zip(series, diverged).filter(\.1).compactMap { $0.0.first }
        if zip(series, diverged).allSatisfy(\.1) {
            kept = series.flatMap { values in
                let limit = 1000 * max(abs(values.first ?? 1), 1e-12)
                return values.prefix { abs($0) <= limit }
            }
        }
        // Floored values are in `kept`, so the axis reaches down to the floor.
        if log { return Scale.fitting(kept, kind: .log).nice() }
        return Scale.fitting(kept).padded(by: 0.04).nice()
    }
}

/// The objective's minimum value when it is known: f at the block's `minimum:` point, or the
/// vertex of a one-parameter quadratic.
struct MinimumValue {
    let value: Double?

    init(_ result: ExperimentResult) {
        if let point = MinimumPoint(result.experiment)?.coordinates {
            value = ObjectiveEvaluator(result.experiment.objective).value(at: point)
        } else {
            value = result.theory.flatMap { $0.a > 0 ? $0.minimum : nil }
        }
    }
}

/// The objective's minimiser when it is known: the block's `minimum:` point, or the vertex of
/// a one-parameter quadratic.
struct MinimumPoint {
    /// One value per parameter, in parameter order.
    let coordinates: [Double]

    init?(_ experiment: CompiledExperiment) {
        if let given = experiment.spec.minimum?.value {
            let values = experiment.parameters.compactMap { name in given.first { $0.name == name }?.value }
            guard values.count == experiment.parameters.count else { return nil }
            coordinates = values
        } else if let theory = QuadraticTheory(experiment.objective.objective), theory.a > 0 {
            coordinates = [theory.center]
        } else {
            return nil
        }
    }
}
