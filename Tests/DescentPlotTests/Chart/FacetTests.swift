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
}
