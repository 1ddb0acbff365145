/// A filled band between a lower and an upper curve, such as a spread across runs.
///
/// Non-finite values split the band into separate pieces.
public struct AreaMark: Mark {
    /// Horizontal positions.
    public var x: [Double]
    /// Lower edge values, aligned with `x`.
    public var lower: [Double]
    /// Upper edge values, aligned with `x`.
    public var upper: [Double]
    /// The series style (colour).
    public var series: SeriesStyle
    /// The legend label, if the band should appear in the legend.
    public var label: String?

    /// Creates a band from `lower[i]` to `upper[i]` at `x[i]`.
    public init(x: [Double], lower: [Double], upper: [Double], series: Int = 0, label: String? = nil) {
        self.x = x
        self.lower = lower
        self.upper = upper
        self.series = SeriesStyle(index: series)
        self.label = label
    }

    public var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, series: series, swatch: .area)] } ?? []
    }

    public func render(in area: PlotArea) -> MarkOutput {
        var path = PathData()
        for piece in pieces(in: area) {
            path.addPolyline(piece.map(\.top) + piece.reversed().map(\.bottom), closed: true)
        }
        guard !path.isEmpty else { return MarkOutput() }
        return MarkOutput(clipped: [
            SVGElement("path", [("class", "area \(area.colorClass(series))"), ("d", path.commands)])
        ])
    }

    private func pieces(in area: PlotArea) -> [[(top: Point, bottom: Point)]] {
        var result: [[(top: Point, bottom: Point)]] = []
        var current: [(top: Point, bottom: Point)] = []
        for index in 0..<min(x.count, lower.count, upper.count) {
            let top = area.pixel(Point(x[index], upper[index]))
            let bottom = area.pixel(Point(x[index], lower[index]))
            if top.isFinite && bottom.isFinite {
                current.append((top, bottom))
            } else {
                if current.count > 1 { result.append(current) }
                current = []
            }
        }
        if current.count > 1 { result.append(current) }
        return result
    }
}
