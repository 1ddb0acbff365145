extension Legend {
    /// The legend as a group at `origin`, as a column or in rows no wider than `rowWidth`.
    func render(placement: LegendPlacement, origin: Point, rowWidth: Double, palette: SeriesPalette) -> SVGElement? {
        guard placement == .right || placement == .top, !entries.isEmpty else { return nil }
        let origins =
            placement == .right
            ? entries.indices.map { Point(0, Double($0) * Self.rowHeight) }
            : rowLayout(width: rowWidth).origins
        let items = zip(entries, origins).map { entry, offset in
            let lines = placement == .top ? labelLines(entry, rowWidth: rowWidth) : [entry.label]
            return item(entry, lines: lines, at: Point(origin.x + offset.x, origin.y + offset.y), palette: palette)
        }
        return SVGElement.group([("class", "legend")], items)
    }

    /// One entry: its swatch beside the first line of its label, further lines below it.
    private func item(_ entry: LegendEntry, lines: [String], at origin: Point, palette: SeriesPalette) -> SVGElement {
        let middle = origin.y + Self.rowHeight / 2
        var children: [SVGElement] = []
        let style = entry.series
        if entry.swatch == .area {
            children.append(
                SVGElement(
                    "rect",
                    [
                        ("class", "area"), ("x", SVGNumber.format(origin.x)), ("y", SVGNumber.format(middle - 6)),
                        ("width", SVGNumber.format(Self.swatchWidth)), ("height", "12"),
                    ]))
        }
        if entry.swatch == .line || entry.swatch == .lineAndMarker {
            var path = PathData()
            path.addPolyline([Point(origin.x, middle), Point(origin.x + Self.swatchWidth, middle)])
            var attributes = [("class", "line"), ("d", path.commands)]
            if !entry.solid, let dash = style.dashArray { attributes.append(("stroke-dasharray", dash)) }
            children.append(SVGElement("path", attributes))
        }
        if entry.swatch == .marker || entry.swatch == .lineAndMarker {
            let shape = entry.marker
            let d = shape.path(at: Point(origin.x + Self.swatchWidth / 2, middle), size: 7)
            children.append(SVGElement("path", [("class", shape.isStrokedOnly ? "pt-stroke" : "pt"), ("d", d)]))
        }
        for (index, line) in lines.enumerated() {
            children.append(
                SVGElement(
                    "text",
                    [
                        ("x", SVGNumber.format(origin.x + Self.swatchWidth + Self.labelGap)),
                        ("y", SVGNumber.format(middle + 4 + Double(index) * Self.rowHeight)),
                    ], text: line))
        }
        return SVGElement.group([("class", palette.colorClass(style.index))], children)
    }
}
