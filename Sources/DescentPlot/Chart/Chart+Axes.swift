extension Chart {
    /// Gridlines at major ticks, drawn beneath the marks. Lines are placed on half pixels so
    /// they stay crisp.
    func gridElement(_ layout: ChartLayout) -> SVGElement? {
        var path = PathData()
        let plot = layout.plot
        if gridLines.drawsVertical {
            for tick in layout.xTicks where tick.isMajor {
                let x = crisp(layout.x(tick.value))
                guard x > plot.x + 1 else { continue }
                path.addPolyline([Point(x, plot.y), Point(x, plot.maxY)])
            }
        }
        if gridLines.drawsHorizontal {
            for tick in layout.yTicks where tick.isMajor {
                let y = crisp(layout.y(tick.value))
                guard y < plot.maxY - 1 else { continue }
                path.addPolyline([Point(plot.x, y), Point(plot.maxX, y)])
            }
        }
        return path.isEmpty ? nil : SVGElement("path", [("class", "grid"), ("d", path.commands)])
    }

    /// Axis lines on the left and bottom, tick marks, tick labels and axis titles.
    func axesElement(_ layout: ChartLayout) -> SVGElement {
        let plot = layout.plot
        var lines = PathData()
        let axisY = crisp(layout.xAxisY)
        if layout.floorY == nil {
            lines.addPolyline([Point(crisp(plot.x), plot.y), Point(crisp(plot.x), axisY), Point(plot.maxX, axisY)])
        } else {
            // The y axis stops at the plot; the floor strip continues it after a break.
            lines.addPolyline([Point(crisp(plot.x), plot.y), Point(crisp(plot.x), crisp(plot.maxY))])
            lines.addPolyline([Point(crisp(plot.x), axisY), Point(plot.maxX, axisY)])
        }
        var labels: [SVGElement] = []
        for tick in layout.xTicks {
            let x = crisp(layout.x(tick.value))
            let length = tick.isMajor ? ChartLayout.tickLength : 3
            lines.addPolyline([Point(x, axisY), Point(x, axisY + length)])
            if let label = tick.label {
                labels.append(text(label, x: x, y: layout.xAxisY + 18, anchor: "middle", className: "tick-label"))
            }
        }
        for tick in layout.yTicks {
            let y = crisp(layout.y(tick.value))
            let length = tick.isMajor ? ChartLayout.tickLength : 3
            lines.addPolyline([Point(crisp(plot.x) - length, y), Point(crisp(plot.x), y)])
            if let label = tick.label {
                labels.append(Self.yMarginLabel(label, plotLeft: plot.x, centre: y))
            }
        }
        let ticks = SVGElement("path", [("class", "tick"), ("d", lines.commands)])
        return SVGElement.group([("class", "axes")], [ticks] + labels + axisTitles(layout))
    }

    private func axisTitles(_ layout: ChartLayout) -> [SVGElement] {
        var titles: [SVGElement] = []
        let plot = layout.plot
        if let xLabel {
            titles.append(
                text(
                    xLabel, x: plot.x + plot.width / 2, y: layout.xAxisY + 38, anchor: "middle", className: "axis-label"
                ))
        }
        if let yLabel {
            let center = SVGNumber.format(plot.y + plot.height / 2)
            titles.append(
                SVGElement(
                    "text",
                    [
                        ("class", "axis-label"),
                        ("transform", "translate(\(SVGNumber.format(layout.yTitleX)),\(center)) rotate(-90)"),
                        ("text-anchor", "middle"),
                    ], text: yLabel))
        }
        return titles
    }

    /// A label in the y axis's margin, right-aligned where the tick marks end and centred on
    /// `centre`: a tick's value, or the name of a strip beside the plot (floor or margin strip).
    static func yMarginLabel(_ content: String, plotLeft: Double, centre: Double) -> SVGElement {
        SVGElement(
            "text",
            [
                ("class", "tick-label"),
                ("x", SVGNumber.format(plotLeft - ChartLayout.tickLength - ChartLayout.tickPadding)),
                ("y", SVGNumber.format(centre + 4)), ("text-anchor", "end"),
            ], text: content)
    }

    func text(_ content: String, x: Double, y: Double, anchor: String, className: String) -> SVGElement {
        var attributes = [("class", className), ("x", SVGNumber.format(x)), ("y", SVGNumber.format(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        return SVGElement("text", attributes, text: content)
    }

    func crisp(_ value: Double) -> Double {
        value.rounded(.down) + 0.5
    }
}
