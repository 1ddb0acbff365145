extension Chart {
    /// Renders the chart as a standalone SVG 1.1 document with no background of its own, so it
    /// sits on whatever page shows it. Its accessible name is its `<title>` and its description
    /// its `<desc>` (the first such children of an element with `role="img"`, as SVG-AAM maps them).
    ///
    /// - Parameters:
    ///   - id: A prefix unique on the page; the root element gets this id and every internal
    ///     id (clip path, markers, title) starts with it. It is sanitised by `IDPrefix`.
    ///   - title: A short accessible name, written as `<title>`.
    ///   - description: A sentence saying what the chart shows, written as `<desc>`.
    /// - Returns: The document, identical for identical input.
    public func svg(id: String, title: String, description: String) -> String {
        let prefix = IDPrefix.sanitized(id)
        if !facets.isEmpty { return facetedSVG(prefix: prefix, title: title, description: description) }
        let legend = Legend(marks: marks, metrics: TextMetrics(fontSize: 12))
        let colorLegend = marks.lazy.compactMap(\.colorLegend).first
        let layout = ChartLayout(chart: self, legend: legend, colorLegend: colorLegend)
        let outputs = marks.indices.map { index in
            marks[index].render(
                in: PlotArea(
                    x: layout.x, y: layout.y, frame: layout.plot, idPrefix: prefix, scope: "\(prefix)-m\(index)",
                    floorY: layout.floorY, palette: palette))
        }
        var body = head(
            prefix, title: title, description: description,
            rules: stripStyles(prefix) + outputs.flatMap(\.styles),
            definitions: [clipPath(prefix, clipFrame(layout))] + uniqueDefinitions(outputs))
        body += [gridElement(layout), floorStrip?.render(below: layout.plot), axesElement(layout)].compactMap { $0 }
        body.append(
            SVGElement.group([("class", "marks"), ("clip-path", "url(#\(prefix)-clip)")], outputs.flatMap(\.clipped)))
        body += outputs.flatMap(\.overlay)
        body += zip(strips, layout.stripFrames).map { strip, frame in
            strip.render(
                in: PlotArea(
                    x: layout.x, y: layout.y, frame: frame, idPrefix: prefix, scope: "\(prefix)-strip", palette: palette
                ))
        }
        body += [
            legend.render(
                placement: layout.legendPlacement, origin: layout.legendOrigin, rowWidth: layout.legendRowWidth,
                palette: palette)
        ].compactMap { $0 }
        if let colorLegend, let origin = layout.colorBarOrigin {
            body.append(ColorBar.render(colorLegend, at: origin, plotHeight: layout.plot.height))
        }
        let root = SVGElement("svg", rootAttributes(prefix), children: body)
        return root.serialized() + "\n"
    }

    /// The band colour of margin strips, only in charts that have some.
    private func stripStyles(_ prefix: String) -> [String] {
        strips.isEmpty ? [] : [MarginStrip.style(root: "#" + prefix)]
    }

    func rootAttributes(_ prefix: String) -> [(String, String)] {
        [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"), ("id", prefix),
            ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height)),
            ("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
            ("role", "img"),
        ]
    }

    /// The strip's CSS rule when the chart has a floor strip.
    func floorRules(_ prefix: String) -> [String] {
        floorStrip == nil ? [] : [FloorStrip.css(root: "#" + prefix)]
    }

    /// The rectangle marks are clipped to: the plot, reaching down into the floor strip when
    /// the chart has one.
    func clipFrame(_ layout: ChartLayout) -> Rect {
        var frame = layout.plot
        if let floorY = layout.floorY { frame.height = floorY + 1 - frame.y }
        return frame
    }

    func clipPath(_ prefix: String, _ plot: Rect) -> SVGElement {
        SVGElement(
            "clipPath", [("id", "\(prefix)-clip")],
            children: [
                SVGElement(
                    "rect",
                    [
                        ("x", SVGNumber.format(plot.x - 1.5)), ("y", SVGNumber.format(plot.y - 1.5)),
                        ("width", SVGNumber.format(plot.width + 3)), ("height", SVGNumber.format(plot.height + 3)),
                    ])
            ])
    }

    /// The elements every chart's SVG opens with: its title and description (named by
    /// `aria-labelledby`), its stylesheet (the palette, then `rules` and the floor strip's), and
    /// its definitions.
    func head(
        _ prefix: String, title: String, description: String, rules: [String], definitions: [SVGElement]
    ) -> [SVGElement] {
        [
            SVGElement("title", [("id", "\(prefix)-title")], text: title),
            SVGElement("desc", [("id", "\(prefix)-desc")], text: description),
            SVGElement(
                "style",
                text: Stylesheet.css(root: "#" + prefix, palette: palette, extraRules: rules + floorRules(prefix))),
            SVGElement("defs", children: definitions),
        ]
    }

    func uniqueDefinitions(_ outputs: [MarkOutput]) -> [SVGElement] {
        uniqueDefinitions(outputs.flatMap(\.definitions))
    }

    /// `definitions` without repeated ids, in first-seen order.
    func uniqueDefinitions(_ definitions: [SVGElement]) -> [SVGElement] {
        var seen: Set<String> = []
        return definitions.filter { element in
            let id = element.attributes.first { $0.0 == "id" }?.1 ?? ""
            return seen.insert(id).inserted
        }
    }
}
