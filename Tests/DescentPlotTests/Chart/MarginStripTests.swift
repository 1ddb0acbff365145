import Testing

@testable import DescentPlot

/// Values the y axis cannot show (diverged, out of budget) go in labelled strips above the
/// plot, never inside the data area where a marker would read as a value.
@Suite struct MarginStripTests {
    static func chart(width: Double = 720) -> Chart {
        var chart = Chart(
            width: width, x: .log(0.001...1), y: .log(1...10_000), yLabel: "iterations",
            legendPlacement: .top
        ) {
            LineMark(x: [0.001, 0.01, 0.1], y: [4000, 400, 40], series: 0, label: "gd")
            LineMark(x: [0.001, 0.01, 0.1], y: [2000, 200, 20], series: 1, label: "momentum")
        }
        chart.strips = [
            MarginStrip(label: "diverged", shape: .cross, entries: [.init(x: 1, series: 0)]),
            MarginStrip(label: "budget reached", shape: .triangle, entries: [.init(x: 0.5, series: 1)]),
        ]
        return chart
    }

    @Test(arguments: [720.0, Chart.narrowSize.width])
    func stripsLieBetweenTheLegendAndThePlot(width: Double) {
        let chart = Self.chart(width: width)
        let legend = Legend(marks: chart.marks, metrics: TextMetrics(fontSize: 12))
        let layout = ChartLayout(chart: chart, legend: legend, colorLegend: nil)
        #expect(layout.stripFrames.count == 2)
        for frame in layout.stripFrames {
            #expect(frame.maxY <= layout.plot.y, "a strip overlaps the data area")
            let rows = legend.rowLayout(width: layout.legendRowWidth).rows
            #expect(frame.y >= layout.legendOrigin.y + Double(rows) * Legend.rowHeight, "a strip overlaps the legend")
            #expect(frame.x == layout.plot.x && frame.width == layout.plot.width)
        }
        #expect(layout.stripFrames[0].maxY <= layout.stripFrames[1].y)
    }

    @Test func stripLabelsFitInTheYAxisMargin() {
        let chart = Self.chart()
        let layout = ChartLayout(
            chart: chart, legend: Legend(marks: chart.marks, metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        let room = layout.plot.x - ChartLayout.tickLength - ChartLayout.tickPadding - 30
        #expect(TextMetrics(fontSize: 12).width(of: "budget reached") <= room)
    }

    @Test func stripMarkersTakeTheirSeriesColour() {
        let svg = Self.chart().svg(id: "s", title: "t", description: "d")
        #expect(svg.contains(">budget reached</text>") && svg.contains(">diverged</text>"))
        #expect(svg.contains("class=\"pt-stroke c0\""))
        #expect(svg.contains("class=\"pt c1\""))
        #expect(svg.contains(".strip{"))
        #expect(
            !Chart(x: .linear(0...1), y: .linear(0...1)).svg(id: "s", title: "t", description: "d").contains(".strip{"))
    }
}
