/// Shapes for point markers, drawn centred on the data point.
public enum MarkerShape: String, Sendable, CaseIterable {
    case circle, square, triangle, diamond, cross

    /// Path data of the shape centred on `center`, sized so that all shapes look equally heavy
    /// at `size` (the circle's diameter in pixels).
    public func path(at center: Point, size: Double) -> String {
        let r = size / 2
        var path = PathData()
        switch self {
        case .circle:
            return circlePath(center, r)
        case .square:
            let h = r * 0.89
            path.addPolyline(
                [
                    Point(center.x - h, center.y - h), Point(center.x + h, center.y - h),
                    Point(center.x + h, center.y + h), Point(center.x - h, center.y + h),
                ], closed: true)
        case .triangle:
            let h = r * 1.2
            path.addPolyline(
                [
                    Point(center.x, center.y - h), Point(center.x + h * 0.93, center.y + h * 0.62),
                    Point(center.x - h * 0.93, center.y + h * 0.62),
                ], closed: true)
        case .diamond:
            let h = r * 1.25
            path.addPolyline(
                [
                    Point(center.x, center.y - h), Point(center.x + h * 0.8, center.y),
                    Point(center.x, center.y + h), Point(center.x - h * 0.8, center.y),
                ], closed: true)
        case .cross:
            let h = r * 1.05
            path.move(to: Point(center.x - h, center.y - h))
            path.line(to: Point(center.x + h, center.y + h))
            path.move(to: Point(center.x - h, center.y + h))
            path.line(to: Point(center.x + h, center.y - h))
        }
        return path.commands
    }

    /// Whether the shape is drawn by stroking rather than filling.
    public var isStrokedOnly: Bool { self == .cross }

    private func circlePath(_ c: Point, _ r: Double) -> String {
        let (x, y, rr) = (SVGNumber.format(c.x - r), SVGNumber.format(c.y), SVGNumber.format(r))
        return
            "M\(x),\(y)a\(rr),\(rr) 0 1,0 \(SVGNumber.format(2 * r)),0a\(rr),\(rr) 0 1,0 -\(SVGNumber.format(2 * r)),0"
    }
}
