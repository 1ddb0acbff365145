import DescentPlot

/// `plot sweep`: iterations to converge against the learning rate (final loss when no run
/// converged), one series per combination of the other settings that vary. Each axis is
/// logarithmic when its values span a factor of 10 or more (or, for y, when the author asks for
/// `log`), linear otherwise; the caption says which. On log–log axes N ∝ 1/η is a straight line.
///
/// Settings with no count are not drawn on the y axis: those that diverged are crosses in a
/// "diverged" strip above the plot, and those that used their whole step budget are triangles
/// in a "budget reached" strip between it and the plot, each in its series' colour.
struct SweepFigure {
    let result: ExperimentResult
    let logScale: Bool

    /// The runs that share every setting but the learning rate, with the series index of the first.
    struct Group {
        /// Optimizer, schedule, start and batch, as run labels show them (`RunLabels.settings`).
        var settings: [String]
        var runs: [RunSeries]
    }

    /// Whether the y axis shows iterations (some run converged) or the final loss.
    private var countsIterations: Bool { result.results.contains(where: \.converged) }

    var groups: [Group] {
        var groups: [Group] = []
        for run in result.series {
            let key = RunLabels.settings(run.run.facets)
            if let index = groups.firstIndex(where: { $0.settings == key }) {
                groups[index].runs.append(run)
            } else {
                groups.append(Group(settings: key, runs: [run]))
            }
        }
        return groups.map {
            Group(
                settings: $0.settings, runs: $0.runs.sorted { $0.run.facets.learningRate < $1.run.facets.learningRate })
        }
    }

    func draft() -> FigureDraft {
        let groups = groups
        let labels = SweepFigure.varyingLabels(groups)
        let value: (RunSeries) -> Double =
            countsIterations
            ? { Double($0.result.outcome.iteration) } : { $0.result.finalLoss }
        let settled = groups.flatMap(\.runs).filter(shownOnAxis).map(value).filter(\.isFinite)
        let useLog = Self.usesLogValueAxis(settled, asked: logScale)
        let y =
            useLog
            ? Scale.fitting(settled, kind: .log).padded(by: 0.04).nice()
            : Scale.linear(0...max(settled.max() ?? 1, 1e-12) * 1.04).nice()
        let rates = result.experiment.runs.map(\.facets.learningRate)
        let xLog = Self.usesLogRateAxis(rates)
        let x = xLog ? Scale.fitting(rates, kind: .log).padded(by: 0.06) : Scale.fitting(rates).padded(by: 0.06)
        var chart = Chart(
            x: x, y: y, xLabel: "learning rate", yLabel: countsIterations ? "iterations to converge" : "final loss",
            legendPlacement: .top
        ) {
            for (offset, group) in groups.enumerated() {
                marks(group, series: offset, label: labels[offset], value: value)
            }
        }
        chart.strips = strips(groups)
        return words(chart, xLog: xLog, yLog: useLog)
    }

    /// Whether the counts (or final losses) go on a log axis: when the author asks for `log`, or
    /// when they span a factor of 10 or more, so that a count falling as 1/η is a straight line
    /// and the fast settings are not flattened onto the floor. Only positive values allow it.
    static func usesLogValueAxis(_ values: [Double], asked: Bool) -> Bool {
        guard let low = values.min(), low > 0 else { return false }
        return asked || usesLogRateAxis(values)
    }

    /// Whether the learning rates go on a log axis: all positive and spanning at least a
    /// factor of 10. Over a narrower range a log axis looks linear and is labelled like one.
    static func usesLogRateAxis(_ rates: [Double]) -> Bool {
        guard let low = rates.min(), let high = rates.max(), low > 0 else { return false }
        return high / low >= 10
    }

    /// ` (log axes)`, ` (log learning-rate axis)`, ` (log iterations axis)`, or nothing: the
    /// axes actually drawn.
    static func axesNote(xLog: Bool, yLog: Bool, countsIterations: Bool) -> String {
        switch (xLog, yLog) {
        case (true, true): " (log axes)"
        case (true, false): " (log learning-rate axis)"
        case (false, true): countsIterations ? " (log iterations axis)" : " (log final-loss axis)"
        case (false, false): ""
        }
    }

    private func words(_ chart: Chart, xLog: Bool, yLog: Bool) -> FigureDraft {
        let text = FigureText(result: result)
        let quantity = countsIterations ? "Iterations to converge" : "Final loss"
        let scale = Self.axesNote(xLog: xLog, yLog: yLog, countsIterations: countsIterations)
        let summary = SweepFigure.summary(result.series, countsIterations: countsIterations)
        let rates = result.series.map(\.run.facets.learningRate)
        let points = FigureAlt.series(count: rates.count, mark: "point", each: text.each)
        let span = FigureAlt.range(rates.min() ?? 0, rates.max() ?? 0)
        let crosses = result.series.filter(\.diverging).count
        let triangles = countsIterations ? result.series.filter(Self.reachedBudget).count : 0
        let alt =
            "Chart of the \(quantity.lowercased()) against the learning rate\(scale), η from \(span), with \(points)"
            + (crosses == 0 ? "" : "; " + Self.crossesPhrase(crosses))
            + (triangles == 0 ? "" : "; " + Self.trianglesPhrase(triangles)) + "."
        var caption = "\(quantity) against the learning rate\(scale)."
        if !summary.isEmpty {
            caption +=
                " "
                + summary.map { OutcomeClauses.sentence($0, labels: result.series.map(\.label)) }.joined(separator: " ")
        }
        caption += Self.stripsSentence(
            diverged: result.series.contains(where: \.diverging),
            budget: countsIterations && result.series.contains(where: Self.reachedBudget))
        return FigureDraft(chart: chart, title: "\(quantity) against the learning rate", alt: alt, caption: caption)
    }

    /// `1 point is drawn as a cross in the "diverged" strip above the plot`.
    private static func crossesPhrase(_ count: Int) -> String {
        (count == 1 ? "1 point is drawn as a cross" : "\(count) points are drawn as crosses")
            + " in the “diverged” strip above the plot"
    }

    /// `1 point is drawn as a triangle in the "budget reached" strip above the plot`.
    private static func trianglesPhrase(_ count: Int) -> String {
        (count == 1 ? "1 point is drawn as a triangle" : "\(count) points are drawn as triangles")
            + " in the “budget reached” strip above the plot"
    }

    /// What the strips above the plot hold, as a caption sentence (with a leading space), or
    /// nothing when there are none.
    static func stripsSentence(diverged: Bool, budget: Bool) -> String {
        switch (diverged, budget) {
        case (true, true):
            " Above the plot, crosses in the “diverged” strip mark settings that diverged and triangles in"
                + " the “budget reached” strip settings that used every step without converging."
        case (true, false): " Crosses in the “diverged” strip above the plot mark settings that diverged."
        case (false, true):
            " Triangles in the “budget reached” strip above the plot mark settings that used every step"
                + " without converging."
        case (false, false): ""
        }
    }

    /// Whether a run stopped at its step budget without converging or diverging.
    static func reachedBudget(_ run: RunSeries) -> Bool {
        !run.diverging && !run.result.converged
    }

    /// Whether a run's value belongs on the y axis: it converged (when the axis counts
    /// iterations) or, for final losses, it did not diverge.
    private func shownOnAxis(_ run: RunSeries) -> Bool {
        countsIterations ? run.result.converged : !run.diverging
    }

    /// `fastest: η = 0.3 at iteration 12`, and which settings diverged or ran out of steps.
    static func summary(_ series: [RunSeries], countsIterations: Bool) -> [String] {
        var clauses: [String] = []
        if countsIterations,
            let best = series.filter(\.result.converged).min(by: { $0.result.iterations < $1.result.iterations })
        {
            clauses.append("fastest: \(best.label), converging at iteration \(best.result.outcome.iteration)")
        }
        let diverged = series.filter(\.diverging).map(\.label)
        if !diverged.isEmpty {
            clauses.append(
                diverged.count > OutcomeClauses.listLimit
                    ? "\(diverged.count) settings diverge"
                    : "\(OutcomeClauses.joined(diverged)) diverge\(diverged.count == 1 ? "s" : "")")
        }
        let stalled = series.filter { !$0.diverging && !$0.result.converged }.map(\.label)
        if countsIterations && !stalled.isEmpty {
            clauses.append(
                stalled.count > OutcomeClauses.listLimit
                    ? "\(stalled.count) settings do not converge"
                    : "\(OutcomeClauses.joined(stalled)) \(stalled.count == 1 ? "does" : "do") not converge")
        }
        return clauses
    }

    private func marks(_ group: Group, series: Int, label: String?, value: (RunSeries) -> Double) -> [any Mark] {
        let counted = group.runs.map { run in
            Point(run.run.facets.learningRate, shownOnAxis(run) ? value(run) : .nan)
        }
        let settled = group.runs.filter(shownOnAxis)
        return [
            LineMark(counted, series: series, label: label),
            PointMark(
                settled.map { Point($0.run.facets.learningRate, value($0)) }, series: series, label: label,
                shape: .circle, size: 8),
        ]
    }

    /// The "diverged" strip, then the "budget reached" strip (when the axis counts iterations),
    /// each only when some setting belongs in it.
    private func strips(_ groups: [Group]) -> [MarginStrip] {
        func entries(_ belongs: (RunSeries) -> Bool) -> [MarginStrip.Entry] {
            groups.enumerated().flatMap { series, group in
                group.runs.filter(belongs).map { MarginStrip.Entry(x: $0.run.facets.learningRate, series: series) }
            }
        }
        let diverged = entries(\.diverging)
        let budget = countsIterations ? entries(Self.reachedBudget) : []
        return [
            diverged.isEmpty ? nil : MarginStrip(label: "diverged", shape: .cross, entries: diverged),
            budget.isEmpty ? nil : MarginStrip(label: "budget reached", shape: .triangle, entries: budget),
        ].compactMap { $0 }
    }

    /// Group labels for the legend: only the settings that differ between groups; none for one group.
    static func varyingLabels(_ groups: [Group]) -> [String?] {
        guard groups.count > 1 else { return [nil] }
        return RunLabels.varyingPhrases(groups.map(\.settings))
    }
}
