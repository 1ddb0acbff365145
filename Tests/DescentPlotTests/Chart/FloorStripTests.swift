import Testing

@testable import DescentPlot

@Suite struct FloorStripTests {
    static let chart = Chart(x: .linear(0...4), y: .log(1e-3...10)) {
        LineMark(x: [0, 1, 2, 3, 4], y: [9, 1, 0, 0, 0.5])
    }

    /// Zero on a log axis drops the line into the strip below the plot, where a chart without
    /// a strip cuts it at the bottom edge.
    @Test func zeroDropsIntoTheStrip() throws {
        var chart = Self.chart
        chart.floorStrip = FloorStrip(label: "0")
        let layout = ChartLayout(
            chart: chart, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        let floorY = try #require(layout.floorY)
        #expect(floorY > layout.plot.maxY + FloorStrip.gap && layout.xAxisY > floorY)
        let area = PlotArea(
            x: layout.x, y: layout.y, frame: layout.plot, idPrefix: "f", scope: "f-m0", floorY: floorY)
        let line = try #require(chart.marks.first as? LineMark)
        let points = line.clipping(in: area).runs.flatMap { $0 }
        let inStrip = points.filter { $0.y == floorY }.map(\.x)
        #expect(inStrip == [layout.x(2), layout.x(3)])
        // No point sits at a positive value below the plot's data: every other point is inside it.
        #expect(points.filter { $0.y != floorY }.allSatisfy { $0.y <= layout.plot.maxY })
        let svg = chart.svg(id: "f", title: "t", description: "d")
        #expect(svg.contains("class=\"floor-strip\"") && svg.contains(">0</text>"))

        let plain = ChartLayout(
            chart: Self.chart, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        let cut = line.clipping(
            in: PlotArea(x: plain.x, y: plain.y, frame: plain.plot, idPrefix: "f", scope: "f-m0")
        ).runs.flatMap { $0 }
        #expect(cut.allSatisfy { $0.y <= plain.plot.maxY } && plain.floorY == nil)
        #expect(!Self.chart.svg(id: "f", title: "t", description: "d").contains("floor"))
    }
}
