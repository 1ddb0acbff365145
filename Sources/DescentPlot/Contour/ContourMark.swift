import DescentText
import Foundation

/// Level lines of a sampled function, coloured by level with the viridis map and explained by
/// a colour bar.
public struct ContourMark: Mark {
    /// The sampled function.
    public var grid: ContourGrid
    /// Which levels are drawn.
    public var levels: ContourLevels
    /// The colour bar's title, such as the function's name.
    public var title: String?
    /// Stroke width in pixels.
    public var lineWidth: Double

    /// Creates a contour layer.
    public init(
        grid: ContourGrid, levels: ContourLevels = .linear(count: 10), title: String? = nil, lineWidth: Double = 1.25
    ) {
        self.grid = grid
        self.levels = levels
        self.title = title
        self.lineWidth = lineWidth
    }

    /// The level values drawn.
    public var levelValues: [Double] {
        grid.finiteRange.map { levels.values(for: $0) } ?? []
    }

    public var colorLegend: ColorLegend? {
        let values = levelValues
        guard !values.isEmpty else { return nil }
        return ColorLegend(
            title: title, levels: values, labels: labels(values), classes: values.indices.map { "lv\($0)" })
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let values = levelValues
        var paths: [SVGElement] = []
        for (index, level) in values.enumerated() {
            var path = PathData()
            for line in MarchingSquares.lines(in: grid, level: level) {
                path.addPolyline(line.points.map(area.pixel), closed: line.isClosed)
            }
            guard !path.isEmpty else { continue }
            var attributes = [("class", "contour lv\(index)"), ("d", path.commands)]
            if lineWidth != 1.25 { attributes.append(("stroke-width", SVGNumber.format(lineWidth))) }
            paths.append(SVGElement("path", attributes))
        }
        return MarkOutput(
            clipped: [SVGElement.group([("class", "contours")], paths)],
            styles: styles(values.count, root: area.rootSelector))
    }

    private func styles(_ count: Int, root: String) -> [String] {
        let positions = (0..<count).map { count == 1 ? 0.5 : Double($0) / Double(count - 1) }
        let light = positions.enumerated().map { "--lv\($0):\(Viridis.color(at: $1).hexString)" }
        let dark = positions.enumerated().map { "--lv\($0):\(Viridis.darkModeColor(at: $1).hexString)" }
        let classes = positions.enumerated().map { index, t in
            "\(root) .lv\(index){\(Stylesheet.declaration("color", "lv\(index)", Viridis.color(at: t)))}"
        }
        return ["\(root){\(light.joined(separator: ";"))}"] + classes
            + ["@media (prefers-color-scheme:dark){\(root){\(dark.joined(separator: ";"))}}"]
    }

    private func labels(_ values: [Double]) -> [String] {
        guard levels.isLogarithmic else { return TickLabelFormat.labels(for: values) }
        return values.map { value in
            let exponent = Int(floor(log10(value) + 1e-9))
            let multiple = (value / pow(10, Double(exponent))).rounded()
            if multiple == 1 { return TickLabelFormat.powerOfTen(exponent) }
            if (0...2).contains(exponent) || exponent == -1 { return TickLabelFormat.label(for: value) }
            return Numeral(parsing: "\(Int(multiple))e\(exponent)")?.text ?? TickLabelFormat.label(for: value)
        }
    }
}
