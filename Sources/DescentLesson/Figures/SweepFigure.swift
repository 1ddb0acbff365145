import DescentPlot

/// `plot sweep`: iterations to converge against the learning rate (final loss when no run
/// converged), one series per combination of the other settings that vary. The rate axis is
/// logarithmic when the rates span a decade or more, linear otherwise; the caption says which.
///
/// Diverged settings are drawn as crosses on the top edge of the plot, above a dashed rule;
/// settings that ran out of steps as triangles at their step budget (or at their final loss).
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
        let settled = result.series.filter { !$0.diverging }.map(value).filter(\.isFinite)
        let useLog = logScale && settled.allSatisfy { $0 > 0 }
        let inner =
            useLog
            ? Scale.fitting(settled, kind: .log).nice() : Scale.linear(0...max(settled.max() ?? 1, 1e-12) * 1.04).nice()
        let (y, band) = Self.withDivergenceBand(inner, hasDiverged: result.series.contains(where: \.diverging))
        let rates = result.experiment.runs.map(\.facets.learningRate)
        let xLog = Self.usesLogRateAxis(rates)
        let x = xLog ? Scale.fitting(rates, kind: .log).padded(by: 0.06) : Scale.fitting(rates).padded(by: 0.06)
        let chart = Chart(
            x: x, y: y, xLabel: "learning rate", yLabel: countsIterations ? "iterations to converge" : "final loss",
            legendPlacement: .top
        ) {
            if let band { RuleMark(y: band) }
            for (offset, group) in groups.enumerated() {
                marks(group, series: offset, label: labels[offset], value: value, top: Self.bandMiddle(y, band: band))
            }
            statusLegend
        }
        return words(chart, xLog: xLog, yLog: useLog)
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
        let alt =
            "Chart of the \(quantity.lowercased()) against the learning rate\(scale), η from \(span), with \(points)"
            + (crosses == 0 ? "" : "; " + Self.crossesPhrase(crosses)) + "."
        var caption = "\(quantity) against the learning rate\(scale)."
        if !summary.isEmpty {
            caption +=
                " "
                + summary.map { OutcomeClauses.sentence($0, labels: result.series.map(\.label)) }.joined(separator: " ")
        }
        if result.series.contains(where: \.diverging) {
            caption += " Crosses on the top band mark settings that diverged."
        }
        return FigureDraft(chart: chart, title: "\(quantity) against the learning rate", alt: alt, caption: caption)
    }

    /// `1 point is drawn as a cross on a band along the top`.
    private static func crossesPhrase(_ count: Int) -> String {
        (count == 1 ? "1 point is" : "\(count) points are") + " drawn as a cross on a band along the top"
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

    private func marks(_ group: Group, series: Int, label: String?, value: (RunSeries) -> Double, top: Double)
        -> [any Mark]
    {
        let counted = group.runs.map { run -> Point in
            let shown = countsIterations ? run.result.converged : !run.diverging
            return Point(run.run.facets.learningRate, shown ? value(run) : .nan)
        }
        let settled = group.runs.filter { countsIterations ? $0.result.converged : !$0.diverging }
        let stalled = countsIterations ? group.runs.filter { !$0.diverging && !$0.result.converged } : []
        let diverged = group.runs.filter(\.diverging)
        return [
            LineMark(counted, series: series, label: label),
            PointMark(
                settled.map { Point($0.run.facets.learningRate, value($0)) }, series: series, label: label,
                shape: .circle, size: 8),
            PointMark(
                stalled.map { Point($0.run.facets.learningRate, value($0)) }, series: series, shape: .triangle, size: 9),
            PointMark(diverged.map { Point($0.run.facets.learningRate, top) }, series: series, shape: .cross, size: 9),
        ]
    }

    /// Legend rows explaining the status markers (drawn in the neutral last palette colour).
    private var statusLegend: [any Mark] {
        var marks: [any Mark] = []
        if countsIterations && result.series.contains(where: { !$0.diverging && !$0.result.converged }) {
            marks.append(
                PointMark(
                    [], series: CategoricalPalette.neutralIndex, label: "did not converge (at its step budget)",
                    shape: .triangle))
        }
        if result.series.contains(where: \.diverging) {
            marks.append(
                PointMark([], series: CategoricalPalette.neutralIndex, label: "diverged (or diverging)", shape: .cross))
        }
        return marks
    }

    /// The scale with a band on top for diverged settings, and the value where the band starts.
    static func withDivergenceBand(_ scale: Scale, hasDiverged: Bool) -> (Scale, Double?) {
        guard hasDiverged else { return (scale, nil) }
        let (lower, upper) = scale.transformedDomain
        let extended = scale.kind.inverse(upper + (upper - lower) * 0.12)
        var copy = scale
        copy.domain = scale.effectiveDomain.lowerBound...extended
        return (copy, scale.effectiveDomain.upperBound)
    }

    /// The middle of the divergence band (in the scale's transformed space).
    static func bandMiddle(_ scale: Scale, band: Double?) -> Double {
        guard let band else { return scale.domain.upperBound }
        let kind = scale.kind
        return kind.inverse((kind.forward(band) + kind.forward(scale.domain.upperBound)) / 2)
    }

    /// Group labels for the legend: only the settings that differ between groups; none for one group.
    static func varyingLabels(_ groups: [Group]) -> [String?] {
        guard groups.count > 1 else { return [nil] }
        return RunLabels.varyingPhrases(groups.map(\.settings))
    }
}
