import Foundation
import Testing

@testable import DescentPlot

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ChartSVGTests {
    static let steps = (0...50).map(Double.init)

    static func lossChart() -> Chart {
        Chart(x: .linear(0...50), y: .log(1e-8...10), xLabel: "step", yLabel: "value <log>") {
            LineMark(x: steps, y: steps.map { pow(0.7, $0) }, series: 0, label: "a < b & \"c\"")
            LineMark(x: steps, y: steps.map { pow(1.3, $0) }, series: 1, label: "grows", marksEscapes: true)
            PointMark(steps.map { Point($0, pow(0.7, $0)) }, series: 0, label: "a < b & \"c\"")
        }
    }

    static func contourChart() -> Chart {
        let grid = ContourGrid(x: -2...2, y: -1...3, columns: 60, rows: 60) { x, y in
            pow(1 - x, 2) + 100 * pow(y - x * x, 2)
        }
        let path = [Point(-1.5, 2), Point(-1, 1), Point(0, 0.2), Point(0.8, 0.6), Point(1, 1)]
        return Chart(x: .linear(-2...2), y: .linear(-1...3)) {
            ContourMark(grid: grid, levels: .logarithmic(count: 10, decades: 4), title: "f")
            ArrowMark(path: path, series: 1, label: "path", animation: Animation(ending: .loop(pause: 1)))
            PointMark(path, series: 1, label: "path", animation: Animation(ending: .loop(pause: 1)))
        }
    }

    @Test(arguments: ["loss", "contour"])
    func documentIsWellFormedAccessibleSVG(name: String) throws {
        let chart = name == "loss" ? Self.lossChart() : Self.contourChart()
        let svg = chart.svg(id: "fig", title: "T <1> & 'two'", description: "Shows \"things\".")
        let document = try XMLDocument(xmlString: svg, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(attribute("role", of: root) == "img")
        #expect(attribute("viewBox", of: root) == "0 0 720 400")
        // The name and description come from the first <title> and <desc> children (SVG-AAM);
        // `aria-labelledby` is not valid on a standalone <svg> for the Nu checker.
        #expect(attribute("aria-labelledby", of: root) == nil)
        #expect(root.children?.prefix(2).map { $0.name } == ["title", "desc"])
        #expect(child("title", of: root) == "T <1> & 'two'")
        #expect(child("desc", of: root) == "Shows \"things\".")
        #expect(root.uri == "http://www.w3.org/2000/svg")
    }

    @Test func chartsDrawNoBackgroundOfTheirOwn() {
        let svg = Self.lossChart().svg(id: "fig", title: "t", description: "d")
        #expect(!svg.contains("class=\"bg\""))
        #expect(!svg.contains("#fig .bg{"))
    }

    @Test func aNarrowedChartIsLaidOutAgainAtPhoneSize() throws {
        let wide = Self.lossChart().svg(id: "fig", title: "t", description: "d")
        let narrow = Self.lossChart().narrowed().svg(id: "fig", title: "t", description: "d")
        let root = try #require(try XMLDocument(xmlString: narrow, options: []).rootElement())
        #expect(attribute("width", of: root) == "360" && attribute("height", of: root) == "320")
        #expect(attribute("viewBox", of: root) == "0 0 360 320")
        // Laid out, not scaled: the same 12 px type, fewer x tick labels.
        #expect(narrow.contains("font-size:12px"))
        let labels = { (svg: String) in
            matches(of: #"<text class="tick-label"[^>]*text-anchor="middle">"#, in: svg, group: 0).count
        }
        #expect(labels(narrow) < labels(wide))
    }

    @Test func everyIdCarriesThePrefixAndIsUnique() throws {
        let svg = Self.contourChart().svg(id: "p7", title: "t", description: "d")
        let ids = matches(of: #" id="([^"]*)""#, in: svg)
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0 == "p7" || $0.hasPrefix("p7-") })
        #expect(Set(ids).count == ids.count)
        #expect(svg.contains("url(#p7-clip)") && svg.contains("url(#p7-arrow-c1)"))
    }

    @Test func renderingIsDeterministic() {
        #expect(
            Self.contourChart().svg(id: "a", title: "t", description: "d")
                == Self.contourChart().svg(id: "a", title: "t", description: "d"))
        #expect(
            Self.lossChart().svg(id: "a", title: "t", description: "d")
                == Self.lossChart().svg(id: "a", title: "t", description: "d"))
    }

    @Test func labelsAreEscaped() {
        let svg = Self.lossChart().svg(id: "a", title: "x", description: "y")
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot;"))
        #expect(svg.contains("value &lt;log&gt;"))
        #expect(!svg.contains("a < b"))
    }

    @Test func coordinatesHaveAtMostTwoDecimals() {
        let svg = Self.contourChart().svg(id: "a", title: "t", description: "d")
        #expect(matches(of: #"[0-9]\.[0-9]{3,}"#, in: svg, group: 0).isEmpty)
        #expect(!svg.contains("-0,") && !svg.contains("-0 ") && !svg.contains("-0\""))
    }

    @Test func stylesheetHasDarkModeAndReducedMotion() {
        let svg = Self.contourChart().svg(id: "a", title: "t", description: "d")
        #expect(svg.contains("@media (prefers-color-scheme:dark)"))
        #expect(svg.contains("@media (prefers-reduced-motion:reduce){#a .anim{animation:none}}"))
        #expect(svg.contains("@keyframes a-m1-k0"))
        #expect(svg.contains("var(--bg)"))
    }

    @Test func legendMergesLineAndPointsOfOneSeries() {
        let legend = Legend(marks: Self.lossChart().marks, metrics: TextMetrics(fontSize: 12))
        #expect(legend.entries.map(\.label) == ["a < b & \"c\"", "grows"])
        #expect(legend.entries[0].swatch == .lineAndMarker)
    }

    @Test func escapingLineDrawsAnEdgeMarker() {
        let svg = Self.lossChart().svg(id: "a", title: "t", description: "d")
        #expect(svg.contains("class=\"escape c1\""))
    }

    @Test func yMarginFitsTheWidestTickLabel() {
        let chart = Chart(x: .linear(0...1), y: .linear(0...1_000_000), yLabel: "count")
        let narrow = Chart(x: .linear(0...1), y: .linear(0...1), yLabel: "count")
        let wide = ChartLayout(
            chart: chart, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        let small = ChartLayout(
            chart: narrow, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
        #expect(wide.plot.x > small.plot.x)
    }

    static func legendChart(_ labels: [String], placement: LegendPlacement = .automatic) -> Chart {
        Chart(x: .linear(0...50), y: .log(1e-8...10), xLabel: "iteration", yLabel: "loss", legendPlacement: placement) {
            for (index, label) in labels.enumerated() {
                LineMark(x: steps, y: steps.map { pow(0.7 + 0.05 * Double(index), $0) }, series: index, label: label)
            }
        }
    }

    /// Every legend label ends at least `Legend.edgeMargin` inside the figure, by the
    /// (DejaVu Sans based) width estimate: right-hand columns and rows on top alike.
    @Test(arguments: [
        ["lr = 0.05", "lr = 0.055", "lr = 0.06"],
        ["lr = 0.5", "lr = 1.05"],
        ["lr = 0.1", "lr = 0.5", "lr = 1.1 (diverged)"],
        ["constant", "bold_driver, lr = 0.01", "bold_driver, lr = 0.001"],
        [
            "gd", "momentum(momentum=0.5)", "nesterov(momentum=0.5)", "adam(beta1=0.9, beta2=0.999)",
            "rmsprop(decay=0.9)",
        ],
    ])
    func legendTextEndsInsideTheFigure(labels: [String]) {
        expectLegendInside(Self.legendChart(labels))
    }

    /// On a phone a label longer than the usual row (two experiments' runs in one figure)
    /// moves its row left instead of running off the figure.
    @Test func longLegendLabelStaysInsideTheNarrowFigure() {
        let labels = ["Momentum 0.4026 with η = 0.668 (mom-tune)", "η = 0.476 (mom-gd-tune)"]
        expectLegendInside(Self.legendChart(labels).narrowed())
    }

    func expectLegendInside(_ chart: Chart) {
        let legend = Legend(marks: chart.marks, metrics: TextMetrics(fontSize: 12))
        let layout = ChartLayout(chart: chart, legend: legend, colorLegend: nil)
        let offsets =
            layout.legendPlacement == .right
            ? legend.entries.indices.map { Point(0, Double($0) * Legend.rowHeight) }
            : legend.rowLayout(width: layout.legendRowWidth).origins
        for (entry, offset) in zip(legend.entries, offsets) {
            let end = layout.legendOrigin.x + offset.x + legend.itemWidth(entry)
            #expect(end <= chart.width - Legend.edgeMargin, "\(entry.label) ends at \(end)")
            if layout.legendPlacement == .right { #expect(layout.legendOrigin.x >= layout.plot.maxX + Legend.plotGap) }
        }
    }

    /// The label starts clear of the swatch's line, whose round cap reaches 1 px past its end.
    @Test func legendLabelStandsClearOfItsSwatch() throws {
        let svg = Self.legendChart(["gd", "momentum(momentum=0.5)"]).svg(id: "a", title: "t", description: "d")
        let legend = try #require(svg.range(of: "<g class=\"legend\">").map { String(svg[$0.upperBound...]) })
        let swatchEnds = matches(of: #"<path class="line" d="M[0-9.]+,[0-9.]+L([0-9.]+),"#, in: legend).compactMap(
            Double.init)
        let labelStarts = matches(of: #"<text x="([0-9.]+)""#, in: legend).compactMap(Double.init)
        #expect(swatchEnds.count == 2 && labelStarts.count == 2)
        for (end, start) in zip(swatchEnds, labelStarts) {
            #expect(start - (end + 1) >= 6)
        }
    }

    // FoundationXML on Linux does not find attributes by name in a default namespace.
    private func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    private func child(_ name: String, of element: XMLElement) -> String? {
        element.children?.first { $0.name == name }?.stringValue
    }

    private func matches(of pattern: String, in text: String, group: Int = 1) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { String(text[Range($0.range(at: group), in: text)!]) }
    }
}
