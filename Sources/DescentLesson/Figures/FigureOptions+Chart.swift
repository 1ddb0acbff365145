import DescentPlot
import DescentText

extension FigureOptions {
    /// `draft` with the author's window and size: each axis given limits shows exactly them
    /// (marks beyond are clipped, lines leave with an escape marker as they do at a fitted
    /// edge), and the caption says so, since its outcomes may lie outside the window.
    func applied(_ draft: FigureDraft) -> FigureDraft {
        var copy = draft
        if let limits = xLimits?.value { copy.chart.x.domain = limits.range }
        if let limits = yLimits?.value { copy.chart.y.domain = limits.range }
        if let dimensions = size.dimensions {
            copy.chart.width = dimensions.width
            copy.chart.height = dimensions.height
        }
        if let window = windowSentence(copy.chart) { copy.caption += " " + window }
        return copy
    }

    /// The chart laid out for a phone: `Chart.narrowed()`, square for a square figure.
    func narrowed(_ chart: Chart) -> Chart {
        var narrow = chart.narrowed()
        if size == .square { narrow.height = narrow.width }
        return narrow
    }

    /// `The lesson sets the window: iteration from 0 to 40, loss from 0.001 to 10.`; nil
    /// without limits. The limits are inputs, so they are written as given (`NumberText.typeset`).
    func windowSentence(_ chart: Chart) -> String? {
        let axes = [(xLimits, chart.xLabel ?? "x"), (yLimits, chart.yLabel ?? "y")].compactMap { limits, name in
            limits.map {
                "\(name) from \(NumberText.typeset($0.value.lower, digits: nil)) to \(NumberText.typeset($0.value.upper, digits: nil))"
            }
        }
        guard !axes.isEmpty else { return nil }
        return "The lesson sets the window: " + axes.joined(separator: ", ") + "."
    }
}

extension FigureSize {
    /// The chart's width and height in pixels; nil keeps the chart's own (the page column's
    /// 720 × 400, which is `wide`).
    var dimensions: (width: Double, height: Double)? {
        switch self {
        case .wide: nil
        case .square: (480, 480)
        }
    }
}
