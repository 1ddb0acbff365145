extension Chart {
    /// The chart made shorter by the blank height an `equalAspect` plot leaves above and below
    /// itself when its data is wider than the figure (a long, flat valley), so the page does not
    /// reserve empty space; unchanged otherwise. The plot keeps at least `minimumPlotHeight`.
    public func trimmedToEqualUnits(minimumPlotHeight: Double = 40) -> Chart {
        guard equalAspect else { return self }
        let layout = ChartLayout(
            chart: self, legend: Legend(marks: marks, metrics: TextMetrics(fontSize: 12)),
            colorLegend: marks.lazy.compactMap(\.colorLegend).first)
        let available = height - layout.chromeHeight
        let slack = available - max(layout.plot.height, minimumPlotHeight)
        guard slack >= 1 else { return self }
        var copy = self
        copy.height = (height - slack).rounded(.up)
        return copy
    }
}
