import Testing

@testable import DescentPlot

/// `Chart.equalAspect`: the plot shrinks, centred, until a data unit is as long on both axes.
@Suite struct EqualAspectTests {
    static func layout(x: ClosedRange<Double>, y: ClosedRange<Double>, equal: Bool) -> ChartLayout {
        var chart = Chart(x: .linear(x), y: .linear(y), xLabel: "x", yLabel: "y")
        chart.equalAspect = equal
        return ChartLayout(
            chart: chart, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
    }

    @Test(arguments: [(-2.0...2.0, -1.0...3.0), (-4.0...4.0, -0.5...0.7), (0.0...1.0, 0.0...5.0)])
    func oneUnitSpansTheSamePixelsOnBothAxes(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let plot = Self.layout(x: x, y: y, equal: true).plot
        let perX = plot.width / (x.upperBound - x.lowerBound)
        let perY = plot.height / (y.upperBound - y.lowerBound)
        #expect(abs(perX - perY) < 1e-9 * perX)
        let free = Self.layout(x: x, y: y, equal: false).plot
        #expect(plot.width <= free.width && plot.height <= free.height)
        #expect(plot.width == free.width || plot.height == free.height)
        // Centred in the space the free plot had.
        #expect(abs((plot.x + plot.maxX) - (free.x + free.maxX)) < 1e-9)
    }

    @Test func withoutTheRuleTheSquareWindowIsStretched() {
        let plot = Self.layout(x: -2...2, y: -1...3, equal: false).plot
        #expect(plot.width / plot.height > 1.5)
    }

    @Test func aLogScaleIsLeftAlone() {
        var chart = Chart(x: .linear(0...1), y: .log(1...100))
        chart.equalAspect = true
        let layout = ChartLayout(
            chart: chart, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        var free = chart
        free.equalAspect = false
        let freeLayout = ChartLayout(
            chart: free, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        #expect(layout.plot == freeLayout.plot)
    }
}
