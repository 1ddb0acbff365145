import Foundation
import Testing

@testable import DescentPlot

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct FacetTests {
    static func faceted(_ count: Int) -> Chart {
        let steps = (0...20).map(Double.init)
        let series = (0..<count).map { i in steps.map { pow(0.9 - 0.05 * Double(i), $0) } }
        var chart = Chart(x: .linear(0...20), y: .log(1e-3...1), xLabel: "step", yLabel: "value") {
            for (i, ys) in series.enumerated() { LineMark(x: steps, y: ys, series: i).asContext() }
        }
        chart.facets = series.enumerated().map { i, ys in
            Facet(title: "run \(i)", marks: [LineMark(x: steps, y: ys, series: i, label: "run \(i)")])
        }
        chart.height = FacetGrid.chartHeight(count: count, width: chart.width)
        return chart
    }

    @Test func panelsFillRowsOfAsManyColumnsAsFit() {
        #expect(FacetGrid(count: 7, width: 720).columns == 4 && FacetGrid(count: 7, width: 720).rows == 2)
        #expect(FacetGrid(count: 7, width: 360).columns == 2 && FacetGrid(count: 7, width: 360).rows == 4)
        #expect(FacetGrid(count: 2, width: 720).columns == 2)
        let grid = FacetGrid(count: 7, width: 720)
        let first = grid.panel(0, width: 720, height: 400)
        let last = grid.panel(6, width: 720, height: 400)
        #expect(!first.overlaps(last) && last.maxX <= 720 && last.maxY <= 400 && first.x > 0)
    }

    @Test func eachPanelDrawsItsMarkOverGreyContextWithUniqueIds() throws {
        let chart = Self.faceted(7)
        let svg = chart.svg(id: "f", title: "t", description: "d")
        _ = try XMLDocument(xmlString: svg, options: [])
        #expect(svg.components(separatedBy: "class=\"facet\"").count - 1 == 7)
        #expect(svg.components(separatedBy: "class=\"line context\"").count - 1 == 49)
        #expect(svg.components(separatedBy: "class=\"axis-label\"").count - 1 == 2)
        #expect(!svg.contains("class=\"legend"))
        let ids = svg.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count)
        let narrow = chart.narrowed()
        #expect(narrow.height == FacetGrid.chartHeight(count: 7, width: 360) && narrow.height > Chart.narrowSize.height)
    }

    /// The chart's own lines are drawn once and reused in every panel of the same size; a mark
    /// that reads its scope (animated points) is still drawn per panel, with the panel's ids.
    @Test func contextLinesAreSharedAndScopedMarksStayPerPanel() {
        var chart = Self.faceted(4)
        let steps = (0...20).map(Double.init)
        chart.marks.append(PointMark(steps.map { Point($0, 0.5) }, animation: Animation()))
        let svg = chart.svg(id: "f", title: "t", description: "d")
        let contexts = svg.matches(of: /class="line context" d="([^"]+)"/).map { String($0.1) }
        #expect(contexts.count == 16 && Set(contexts).count == 4)
        for panel in 1..<4 { #expect(Array(contexts[panel * 4..<panel * 4 + 4]) == Array(contexts[0..<4])) }
        for panel in 0..<4 { #expect(svg.contains("f-p\(panel)-m4")) }
        let ids = svg.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count)
    }
}
