import DescentEngine
import DescentPlot
import DescentText

/// `plot loss`: the loss per iteration (per epoch for mini-batch runs), one line per run.
///
/// The y domain comes from the runs that did not diverge, so a diverging run does not flatten
/// the others: it leaves through the top edge, where a marker shows the escape. On a log axis a
/// run that reaches 0 (or the minimum, when the axis shows the distance to it) drops into a
/// floor strip labelled 0 below the axis, never onto another run's value.
struct LossFigure {
    let result: ExperimentResult
    let logScale: Bool
    /// The loss itself, or its gap to the best loss (`plot gap`, always on a log axis).
    var measure = LossMeasure.loss
    /// Whether each run's line is a layer of its own (`LayerMark`, named by its series index),
    /// without legend entries or small multiples: the runs of an explorable figure, shown one
    /// at a time by the page (`ExploreFigure`), against one shared pair of axes. The iteration
    /// axis stays linear there (steady convergence is a straight line on it, and the reader
    /// compares one run at a time), and diverging runs are drawn climbing (`climbingScale`).
    var layered = false

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
        let gap = measure == .gap ? LossGap(result: result, losses: raw) : nil
        let measured = gap.map { gap in raw.map { $0.map(gap.callAsFunction) } } ?? raw
        let settled = zip(runs, measured).filter { !$0.0.diverging }.map(\.1)
        let reference = gap == nil ? MinimumValue(result).value : 0
        let log = logScale || gap != nil ? LogValues(settled.isEmpty ? measured : settled, reference: reference) : nil
        let plotted = measured.map { series in log.map { transform in series.map(transform.stripped) } ?? series }
        let y =
            layered
            ? Self.climbingScale(plotted, diverged: runs.map(\.diverging), log: log != nil)
            : Self.yScale(plotted, diverged: runs.map(\.diverging), log: log != nil)
        let ends = xs.compactMap(\.last)
        let lastX = max(ends.max() ?? 1, 1)
        let unit = byEpoch ? "epoch" : "iteration"
        var chart = Chart(
            x: layered ? .linear(0...lastX) : IterationAxis.scale(ends: ends, last: lastX), y: y, xLabel: unit,
            yLabel: gap?.axisLabel ?? log?.axisLabel("loss") ?? "loss"
        ) {
            for ((run, series), x) in zip(zip(runs, plotted), xs) {
                if layered {
                    LayerMark("\(run.index)", marks: [Self.soloLine(x: x, y: series, run: run)])
                } else {
                    LineMark(
                        x: x, y: series, series: run.index,
                        label: runs.count > 1 ? run.legendLabel : nil, marksEscapes: run.diverging)
                }
            }
        }
        if let log, log.reachesReference(measured) { chart.floorStrip = FloorStrip(label: "0") }
        if !layered { chart = Self.smallMultiples(chart, titles: runs.map(\.legendLabel)) }
        let shapes = zip(runs, measured).map { FigureAlt.shape($0.1, escapes: $0.0.diverging) }
        let target = gap?.target ?? (log?.isShifted == true ? "the minimum" : "0")
        let floor = log.flatMap { Self.floorNote($0, runs: runs, values: measured, target: target) }
        let stretched = layered ? nil : IterationAxis.note(ends: ends, unit: unit)
        let notes = [floor, stretched, Self.facetNote(chart)].compactMap { $0 }
        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        if let gap { return gap.words(chart, figure: self, unit: unit, floorNote: note, drawing: (lastX, shapes)) }
        return words(chart, unit: unit, log: log, floorNote: note, drawing: (lastX, shapes))
    }

    /// A run's line drawn as its own layer: solid (it is shown alone, so no dash is needed to
    /// tell it from the others), its escapes marked.
    private static func soloLine(x: [Double], y: [Double], run: RunSeries) -> LineMark {
        var line = LineMark(x: x, y: y, series: run.index, marksEscapes: run.diverging)
        line.solid = true
        return line
    }

    /// `lr = 0.5 reaches 0 exactly and drops into the strip marked 0 below the axis.` Runs
    /// that reach 0 (drawn in the floor strip) and runs whose values sit on the floor of the log
    /// axis instead of where they are, named so that neither is read as a real loss.
    /// `target` names what the run reaches: `0`, `the minimum`, `the best loss`.
    static func floorNote(_ log: LogValues, runs: [RunSeries], values: [[Double]], target: String) -> String? {
        let contacts = zip(runs, values).map { ($0.0, log.floorContact($0.1)) }
        let name = { (run: RunSeries) in runs.count == 1 ? "the run" : run.label }
        let exact = contacts.filter { $0.1 == .exact }.map { name($0.0) }
        let below = contacts.filter { $0.1 == .below }.map { name($0.0) }
        var sentences: [String] = []
        if !exact.isEmpty {
            let verbs = exact.count == 1 ? ("reaches", "drops") : ("reach", "drop")
            sentences.append(
                "\(OutcomeClauses.joined(exact)) \(verbs.0) \(target) exactly and \(verbs.1) into the strip marked 0 below the axis"
            )
        }
        if !below.isEmpty {
            let floor = NumberText.typeset(log.floor, digits: 3)
            let verbs = below.count == 1 ? ("falls", "is") : ("fall", "are")
            sentences.append(
                "\(OutcomeClauses.joined(below)) \(verbs.0) below 10⁻¹⁵ of the largest value and \(verbs.1) drawn at the floor, \(floor) (the lowest \(log.isShifted ? "distance" : "loss") plotted)"
            )
        }
        let labels = runs.count > 1 ? runs.map(\.label) : []
        let text = sentences.map { OutcomeClauses.sentence($0, labels: labels) }.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    func words(
        _ chart: Chart, unit: String, log: LogValues?, floorNote: String?,
        drawing: (lastX: Double, shapes: [FigureAlt.Shape])
    ) -> FigureDraft {
        let text = FigureText(result: result)
        let outcomes = result.outcomeClauses
        let scale =
            switch log {
            case nil: ""
            case let log?: log.isShifted ? " (log scale, distance to the minimum)" : " (log scale)"
            }
        let lines = FigureAlt.series(count: drawing.shapes.count, mark: "line", each: text.each)
        let alt =
            "\(Self.chartNoun(chart)) of the loss\(scale) against the \(unit), \(FigureAlt.range(0, drawing.lastX)), with \(lines); "
            + FigureAlt.shapes(drawing.shapes, mark: "line") + "."
        let escape = drawing.shapes.contains(.escapes) ? Self.escapeNote : ""
        let caption =
            (["Loss per \(unit)\(text.each)\(scale).", outcomes.sentences, escape, floorNote ?? ""]
            .filter { !$0.isEmpty })
            .joined(separator: " ")
        return FigureDraft(chart: chart, title: "Loss per \(unit)", alt: alt, caption: caption)
    }

    /// What the triangle on a diverging line means: the axis is fitted to the other runs, so
    /// the line is cut where it leaves, often well before the iteration the caption names.
    static let escapeNote = "A triangle on the top edge marks where a diverging run leaves the plot."

    /// How far above its start a diverging run's climb is drawn in a layered (explorable)
    /// chart, as a factor of its first loss.
    static let climbShown = 1e4

    /// The y scale of a layered chart, where one run shows at a time: it fits every run that
    /// did not diverge and each diverging run's climb up to `climbShown` times its first loss,
    /// so a chosen run that diverges is seen climbing before it leaves, not only as a marker
    /// at its first step.
    static func climbingScale(_ series: [[Double]], diverged: [Bool], log: Bool) -> Scale {
        let climbs = zip(series, diverged).filter(\.1).map { values, _ in
            let limit = climbShown * max(abs(values.first ?? 1), 1e-12)
            return Array(values.prefix { $0.isFinite && abs($0) <= limit })
        }
        let settled = zip(series, diverged).filter { !$1 }.map(\.0)
        return yScale(
            settled + climbs, diverged: Array(repeating: false, count: settled.count + climbs.count), log: log)
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
