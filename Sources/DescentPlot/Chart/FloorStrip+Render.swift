extension FloorStrip {
    /// The strip below `plot`: a faint band across the plot's width, the y axis continued
    /// through it after a break (two short slanted strokes in the gap), a tick and the label.
    func render(below plot: Rect) -> SVGElement {
        let top = plot.maxY + Self.gap
        let centre = Self.centre(below: plot.maxY)
        let axisX = plot.x.rounded(.down) + 0.5
        let band = SVGElement(
            "rect",
            [
                ("class", "floor"), ("x", SVGNumber.format(plot.x)), ("y", SVGNumber.format(top)),
                ("width", SVGNumber.format(plot.width)), ("height", SVGNumber.format(Self.height)),
            ])
        var lines = PathData()
        lines.addPolyline([Point(axisX, top), Point(axisX, top + Self.height)])
        lines.addPolyline([Point(axisX - ChartLayout.tickLength, centre), Point(axisX, centre)])
        let middle = plot.maxY + Self.gap / 2
        for offset in [-2.0, 2.0] {
            lines.addPolyline([Point(axisX - 4, middle + offset + 2), Point(axisX + 4, middle + offset - 2)])
        }
        let label = Chart.yMarginLabel(self.label, plotLeft: plot.x, centre: centre)
        return SVGElement.group(
            [("class", "floor-strip")], [band, SVGElement("path", [("class", "tick"), ("d", lines.commands)]), label])
    }
}
