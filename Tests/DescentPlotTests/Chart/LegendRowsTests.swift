import Testing

@testable import DescentPlot

/// One legend policy: rows above the plot, balanced, never an orphan entry on its own row.
@Suite struct LegendRowsTests {
    static func legend(_ labels: [String]) -> Legend {
        let marks: [any Mark] = labels.enumerated().map { LineMark([], series: $0.offset, label: $0.element) }
        return Legend(marks: marks, metrics: TextMetrics(fontSize: 12))
    }

    @Test func fourEntriesThatNeedTwoRowsSplitTwoAndTwo() {
        let legend = Self.legend(["Momentum 0.4026", "Momentum 0.2", "Momentum 0.5", "Momentum 0.8"])
        let width = Chart.narrowSize.width - 2 * Legend.edgeMargin
        let layout = legend.rowLayout(width: width)
        #expect(layout.rows == 2)
        #expect(layout.origins.filter { $0.y == 0 }.count == 2)
        #expect(layout.width <= width)
    }

    @Test func noRowHoldsASingleEntryWhileAnotherHoldsThree() {
        let legend = Self.legend([
            "Constant with η = 0.01", "Constant with η = 0.3", "Bold driver with η = 0.01", "Bold driver with η = 0.3",
        ])
        // Wide enough for three of them in a row, not for four.
        let layout = legend.rowLayout(width: 560)
        let perRow = Dictionary(grouping: layout.origins, by: \.y).values.map(\.count)
        #expect((perRow.max() ?? 0) - (perRow.min() ?? 0) <= 1, "\(perRow)")
    }
}

extension LegendRowsTests {
    /// Seven entries in three rows: 3 + 2 + 2, not 3 + 3 + 1.
    @Test func sevenEntriesInThreeRowsLeaveNoOrphan() {
        let legend = Self.legend((1...7).map { "η = 0.0\($0)" })
        let itemWidth = legend.itemWidth(legend.entries[0])
        // Room for three entries a row, not four.
        let layout = legend.rowLayout(width: 3 * itemWidth + 2 * Legend.itemGap + 1)
        let perRow = Dictionary(grouping: layout.origins, by: \.y).values.map(\.count).sorted()
        #expect(perRow == [2, 2, 3])
    }
}

extension LegendRowsTests {
    /// A label wider than the legend's row wraps at spaces onto lines of its own, each within
    /// the row, instead of running past the figure's edge.
    @Test func aLabelWiderThanTheRowWrapsWithinIt() {
        let long = "Cyclic (base_lr 0.001, max_lr 0.05, step_size_up 100, no cycle_momentum)"
        let legend = Self.legend(["Cosine (T_max 1000)", long])
        let width = Chart.narrowSize.width - 2 * Legend.edgeMargin
        #expect(legend.itemWidth(legend.entries[1]) > width)
        let layout = legend.rowLayout(width: width)
        let lines = legend.labelLines(legend.entries[1], rowWidth: width)
        #expect(lines.count >= 2)
        #expect(lines.joined(separator: " ") == long)
        #expect(layout.width <= width)
        #expect(layout.rows == 1 + lines.count)
        #expect(layout.origins == [Point(0, 0), Point(0, Legend.rowHeight)])
    }

    @Test func aWrappedLabelIsDrawnLineByLineInsideTheFigure() {
        let long = "Cyclic (base_lr 0.001, max_lr 0.05, step_size_up 100, no cycle_momentum)"
        var chart = Chart(x: .linear(0...1), y: .linear(0...1)) {
            LineMark([Point(0, 0), Point(1, 1)], series: 0, label: "Cosine (T_max 1000)")
            LineMark([Point(0, 1), Point(1, 0)], series: 1, label: long)
        }
        chart = chart.narrowed()
        let svg = chart.svg(id: "t", title: "t", description: "d")
        #expect(!svg.contains(">\(long)<"))
        #expect(svg.contains(">no cycle_momentum)<") || svg.contains(" no cycle_momentum)<"))
    }
}
