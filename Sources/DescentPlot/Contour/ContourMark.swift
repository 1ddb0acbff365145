import DescentText

/// Level lines of a sampled function and, when `filled`, the bands between them, explained by a
/// colour bar.
///
/// Unfilled, each level's line takes its colour from the viridis map. Filled, the bands between
/// consecutive levels are painted in `ContourFillPalette`'s muted ramp (lowest values nearly the
/// page's colour) and the levels are traced by thin neutral lines, so paths drawn on top stay
/// the strongest thing on the map.
public struct ContourMark: Mark {
    /// The sampled function.
    public var grid: ContourGrid
    /// Which levels are drawn.
    public var levels: ContourLevels
    /// The colour bar's title, such as the function's name.
    public var title: String?
    /// Stroke width in pixels.
    public var lineWidth: Double
    /// Whether the bands between levels are filled.
    public var filled: Bool

    /// Pixels a band's outline or a level line may move when simplified.
    static let simplification = 0.35

    /// Creates a contour layer.
    public init(
        grid: ContourGrid, levels: ContourLevels = .linear(count: 10), title: String? = nil, lineWidth: Double = 1.25,
        filled: Bool = false
    ) {
        self.grid = grid
        self.levels = levels
        self.title = title
        self.lineWidth = lineWidth
        self.filled = filled
    }

    /// The level values drawn.
    public var levelValues: [Double] {
        grid.finiteRange.map { levels.values(for: $0) } ?? []
    }

    public var colorLegend: ColorLegend? {
        let values = levelValues
        guard !values.isEmpty else { return nil }
        let classes = values.indices.map { filled ? "band\($0 + 1)" : "lv\($0)" }
        var legend = ColorLegend(title: title, levels: values, labels: labels(values), classes: classes)
        legend.isBanded = filled
        return legend
    }

    public func render(in area: PlotArea) -> MarkOutput {
        filled ? renderFilled(in: area) : renderLines(in: area)
    }

    private func renderLines(in area: PlotArea) -> MarkOutput {
        let values = levelValues
        var paths: [SVGElement] = []
        for (index, level) in values.enumerated() {
            let path = Self.path(MarchingSquares.lines(in: grid, level: level), area)
            guard !path.isEmpty else { continue }
            var attributes = [("class", "contour lv\(index)"), ("d", path.commands)]
            if lineWidth != 1.25 { attributes.append(("stroke-width", SVGNumber.format(lineWidth))) }
            paths.append(SVGElement("path", attributes))
        }
        return MarkOutput(
            clipped: [SVGElement.group([("class", "contours")], paths)],
            styles: lineStyles(values.count, root: area.rootSelector))
    }

    /// The window in the lowest band's colour, then each level's region `f > level` over it in
    /// the next band's colour, then every level line in one thin neutral path.
    private func renderFilled(in area: PlotArea) -> MarkOutput {
        let values = levelValues
        let frame = area.frame
        var children = [
            SVGElement(
                "rect",
                [
                    ("class", "band0"), ("x", SVGNumber.format(frame.x)), ("y", SVGNumber.format(frame.y)),
                    ("width", SVGNumber.format(frame.width)), ("height", SVGNumber.format(frame.height)),
                ])
        ]
        var lines = PathData()
        let rings = ContourRegions.rings(in: grid, levels: values)
        for (index, level) in values.enumerated() {
            let region = Self.path(rings[index], area)
            if !region.isEmpty {
                children.append(SVGElement("path", [("class", "band\(index + 1)"), ("d", region.commands)]))
            }
            for line in MarchingSquares.lines(in: grid, level: level) {
                lines.addPolyline(Self.simplified(line, area), closed: line.isClosed)
            }
        }
        if !lines.isEmpty { children.append(SVGElement("path", [("class", "level-line"), ("d", lines.commands)])) }
        return MarkOutput(
            clipped: [SVGElement.group([("class", "bands")], children)],
            styles: bandStyles(values.count + 1, root: area.rootSelector))
    }

    private static func path(_ polylines: [Polyline], _ area: PlotArea) -> PathData {
        var path = PathData()
        for line in polylines { path.addPolyline(simplified(line, area), closed: line.isClosed) }
        return path
    }

    /// The polyline in pixels with points that change the drawing by less than
    /// `simplification` dropped (a closed ring keeps its first point as both ends).
    private static func simplified(_ line: Polyline, _ area: PlotArea) -> [Point] {
        let pixels = area.pixels(line.points)
        guard line.isClosed, let first = pixels.first else {
            return Decimation.simplified(pixels, tolerance: simplification)
        }
        return Array(Decimation.simplified(pixels + [first], tolerance: simplification).dropLast())
    }

    private func lineStyles(_ count: Int, root: String) -> [String] {
        let positions = (0..<count).map { count == 1 ? 0.5 : Double($0) / Double(count - 1) }
        let light = positions.enumerated().map { "--lv\($0):\(Viridis.color(at: $1).hexString)" }
        let dark = positions.enumerated().map { "--lv\($0):\(Viridis.darkModeColor(at: $1).hexString)" }
        let classes = positions.enumerated().map { index, t in
            "\(root) .lv\(index){\(Stylesheet.declaration("color", "lv\(index)", Viridis.color(at: t)))}"
        }
        return ["\(root){\(light.joined(separator: ";"))}"] + classes
            + ["@media (prefers-color-scheme:dark){\(root){\(dark.joined(separator: ";"))}}"]
    }

    private func bandStyles(_ count: Int, root: String) -> [String] {
        let light = (0..<count).map { "--b\($0):\(ContourFillPalette.light($0, of: count).hexString)" }
        let dark = (0..<count).map { "--b\($0):\(ContourFillPalette.dark($0, of: count).hexString)" }
        let classes = (0..<count).map { index in
            "\(root) .band\(index){stroke:none;fill-rule:evenodd;"
                + Stylesheet.declaration("fill", "b\(index)", ContourFillPalette.light(index, of: count)) + "}"
        }
        let muted = Theme.light.color("fg")
        return ["\(root){\(light.joined(separator: ";"))}"] + classes
            + [
                "\(root) .level-line{fill:none;stroke-width:.6;stroke-opacity:.28;stroke-linejoin:round;"
                    + Stylesheet.declaration("stroke", "fg", muted) + "}",
                "\(root) .bar-frame{fill:none;stroke-width:1;"
                    + Stylesheet.declaration("stroke", "frame", Theme.light.color("frame")) + "}",
                "@media (prefers-color-scheme:dark){\(root){\(dark.joined(separator: ";"))}}",
            ]
    }

    /// Colour-bar labels. Log-spaced levels are labelled only at powers of ten, all written the
    /// same way (10⁻², 10⁻¹, 1, 10, 10², …); the levels between keep their swatch unlabelled.
    /// Evenly spaced levels get the axis tick format (`evenLevelLabels`).
    private func labels(_ values: [Double]) -> [String] {
        guard levels.isLogarithmic else { return Self.evenLevelLabels(values) }
        return values.map(Self.logLevelLabel)
    }

    /// The most labels a bar of evenly spaced levels carries, as an axis of about five ticks.
    static let mostEvenLabels = 6

    /// Labels for evenly spaced levels: every level while there are at most `mostEvenLabels`;
    /// beyond that only the levels an axis of about five ticks would label (5, 10, 15 of the
    /// levels 1 … 15), or, when those miss the levels, every k-th level; the rest stay blank.
    static func evenLevelLabels(_ values: [Double]) -> [String] {
        guard values.count > mostEvenLabels, let low = values.first, let high = values.last, high > low else {
            return TickLabelFormat.labels(for: values)
        }
        let tolerance = (high - low) / Double(values.count - 1) * 1e-6
        let ticks = ExtendedTicks.values(low, high, count: 5)
        var labelled = values.map { value in ticks.contains { abs($0 - value) <= tolerance } }
        if labelled.filter({ $0 }).count < 2 {
            let stride = (values.count + mostEvenLabels - 2) / (mostEvenLabels - 1)
            labelled = values.indices.map { $0 % stride == 0 }
        }
        var texts = TickLabelFormat.labels(for: zip(values, labelled).filter(\.1).map(\.0)).makeIterator()
        return labelled.map { $0 ? texts.next() ?? "" : "" }
    }

    /// `10ⁿ` for a power of ten (`1` and `10` for n = 0 and 1), empty for anything else.
    static func logLevelLabel(_ value: Double) -> String {
        guard value > 0 else { return "" }
        let exponent = (log10(value)).rounded()
        guard abs(value / pow(10, exponent) - 1) < 1e-9 else { return "" }
        switch Int(exponent) {
        case 0: return "1"
        case 1: return "10"
        default: return "10" + Numeral.superscript(Int(exponent))
        }
    }
}
