extension Chart {
    /// The band above each panel that holds its title, in pixels.
    static let facetTitleHeight = 8.0

    /// The chart drawn as small multiples (`facets`): each panel a smaller copy of the chart,
    /// with the same scales, gridlines and floor strip, the chart's marks as context and the
    /// panel's marks on top, its title above it; the axis titles once for the grid, no legend.
    func facetedSVG(prefix: String, title: String, description: String) -> String {
        let grid = FacetGrid(count: facets.count, width: width)
        var styles: [String] = []
        var definitions: [SVGElement] = []
        var panels: [SVGElement] = []
        var shared = PanelMarkCache()
        for (index, facet) in facets.enumerated() {
            let frame = grid.panel(index, width: width, height: height)
            let scope = "\(prefix)-p\(index)"
            var panel = self
            panel.facets = []
            panel.width = frame.width
            panel.height = frame.height - Self.facetTitleHeight
            panel.xLabel = nil
            panel.yLabel = nil
            panel.legendPlacement = .hidden
            panel.marks = marks + facet.marks
            let layout = ChartLayout(
                chart: panel, legend: Legend(marks: [], metrics: TextMetrics(fontSize: 12)), colorLegend: nil)
            let outputs = panel.marks.indices.map { index in
                let area = PlotArea(
                    x: layout.x, y: layout.y, frame: layout.plot, idPrefix: prefix, scope: "\(scope)-m\(index)",
                    floorY: layout.floorY, palette: palette)
                let mark = panel.marks[index]
                return index < marks.count
                    ? shared.output(of: mark, index: index, in: area) : mark.render(in: area)
            }
            styles += outputs.flatMap(\.styles)
            definitions += [clipPath(scope, clipFrame(layout))] + outputs.flatMap(\.definitions)
            var children = [
                panel.gridElement(layout), floorStrip?.render(below: layout.plot), panel.axesElement(layout),
            ]
            .compactMap { $0 }
            children.append(
                SVGElement.group(
                    [("class", "marks"), ("clip-path", "url(#\(scope)-clip)")], outputs.flatMap(\.clipped)))
            children += outputs.flatMap(\.overlay)
            children.append(
                text(
                    facet.title, x: layout.plot.x + 4, y: layout.plot.y - Self.facetTitleHeight - 2, anchor: "start",
                    className: "facet-title")
            )
            // The sub-chart starts below the title's own band, so marks on its top edge (escape
            // markers) stay clear of the title.
            let offset = "translate(\(SVGNumber.format(frame.x)),\(SVGNumber.format(frame.y + Self.facetTitleHeight)))"
            panels.append(SVGElement.group([("class", "facet"), ("transform", offset)], children))
        }
        var body = head(
            prefix, title: title, description: description, rules: uniqueRules(styles),
            definitions: uniqueDefinitions(definitions))
        body += panels + facetAxisTitles()
        return SVGElement("svg", rootAttributes(prefix), children: body).serialized() + "\n"
    }

    /// The x axis title centred under the grid, the y axis title along its left edge.
    private func facetAxisTitles() -> [SVGElement] {
        var titles: [SVGElement] = []
        if let xLabel {
            titles.append(text(xLabel, x: width / 2, y: height - 6, anchor: "middle", className: "axis-label"))
        }
        if let yLabel {
            let centre = SVGNumber.format((height - FacetGrid.titleMargin) / 2)
            titles.append(
                SVGElement(
                    "text",
                    [
                        ("class", "axis-label"), ("transform", "translate(14,\(centre)) rotate(-90)"),
                        ("text-anchor", "middle"),
                    ], text: yLabel))
        }
        return titles
    }

    /// `rules` without repeats, in first-seen order: every panel's marks bring the same rules.
    private func uniqueRules(_ rules: [String]) -> [String] {
        var seen: Set<String> = []
        return rules.filter { seen.insert($0).inserted }
    }
}
