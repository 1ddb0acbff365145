/// Draws a `ColorLegend` as a column of level swatches with their values.
enum ColorBar {
    static let swatchWidth = 12.0
    static let maxCellHeight = 20.0

    /// Horizontal space the colour bar needs, including its gap from the plot.
    static func width(of legend: ColorLegend, metrics: TextMetrics) -> Double {
        let labels = legend.labels.map { metrics.width(of: $0) }.max() ?? 0
        let title = legend.title.map { metrics.width(of: $0) } ?? 0
        return 18 + max(swatchWidth + 6 + labels, title) + 6
    }

    static func render(_ legend: ColorLegend, at origin: Point, plotHeight: Double) -> SVGElement {
        var children: [SVGElement] = []
        var top = origin.y
        if let title = legend.title {
            children.append(
                SVGElement(
                    "text",
                    [("class", "axis-label"), ("x", SVGNumber.format(origin.x)), ("y", SVGNumber.format(top + 9))],
                    text: title))
            top += 18
        }
        let count = legend.levels.count
        guard count > 0 else { return SVGElement.group([("class", "colorbar")], children) }
        let cell = min(maxCellHeight, (plotHeight - (top - origin.y)) / Double(count))
        if legend.isBanded {
            children += banded(legend, left: origin.x, top: top, cell: cell)
            return SVGElement.group([("class", "colorbar")], children)
        }
        let stride = max(1, Int((14 / cell).rounded(.up)))
        for (offset, index) in (0..<count).reversed().enumerated() {
            let y = top + Double(offset) * cell
            children.append(
                SVGElement(
                    "rect",
                    [
                        ("class", "swatch \(legend.classes[index])"), ("x", SVGNumber.format(origin.x)),
                        ("y", SVGNumber.format(y)),
                        ("width", SVGNumber.format(swatchWidth)), ("height", SVGNumber.format(cell + 0.5)),
                    ]))
            guard index % stride == 0 else { continue }
            children.append(
                SVGElement(
                    "text",
                    [
                        ("class", "tick-label"), ("x", SVGNumber.format(origin.x + swatchWidth + 6)),
                        ("y", SVGNumber.format(y + cell / 2 + 4)),
                    ], text: legend.labels[index]))
        }
        return SVGElement.group([("class", "colorbar")], children)
    }

    /// Swatches for bands (the highest on top) in a frame, each level's label on the edge below
    /// its band, skipping empty labels and any closer than 14 pixels to the last one drawn.
    private static func banded(_ legend: ColorLegend, left: Double, top: Double, cell: Double) -> [SVGElement] {
        let count = legend.levels.count
        var children: [SVGElement] = []
        var lastLabelY = Double.infinity
        for index in 0..<count {
            let y = top + Double(count - 1 - index) * cell
            children.append(
                SVGElement(
                    "rect",
                    [
                        ("class", "swatch \(legend.classes[index])"), ("x", SVGNumber.format(left)),
                        ("y", SVGNumber.format(y)), ("width", SVGNumber.format(swatchWidth)),
                        ("height", SVGNumber.format(cell + 0.5)),
                    ]))
            let edge = y + cell
            guard !legend.labels[index].isEmpty, lastLabelY - edge >= 14 else { continue }
            lastLabelY = edge
            children.append(
                SVGElement(
                    "text",
                    [
                        ("class", "tick-label"), ("x", SVGNumber.format(left + swatchWidth + 6)),
                        ("y", SVGNumber.format(edge + 4)),
                    ], text: legend.labels[index]))
        }
        children.append(
            SVGElement(
                "rect",
                [
                    ("class", "bar-frame"), ("x", SVGNumber.format(left)), ("y", SVGNumber.format(top)),
                    ("width", SVGNumber.format(swatchWidth)), ("height", SVGNumber.format(cell * Double(count))),
                ]))
        return children
    }
}
