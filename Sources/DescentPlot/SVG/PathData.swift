/// Builds compact SVG path data (`d` attributes) from pixel coordinates.
public struct PathData: Sendable, Equatable {
    /// The accumulated path commands.
    public private(set) var commands = ""

    /// Creates an empty path.
    public init() {}

    /// Whether no command has been added yet.
    public var isEmpty: Bool { commands.isEmpty }

    /// Starts a new subpath at `point`.
    public mutating func move(to point: Point) {
        commands += "M" + SVGNumber.format(point.x) + "," + SVGNumber.format(point.y)
    }

    /// Draws a straight line to `point`.
    public mutating func line(to point: Point) {
        commands += "L" + SVGNumber.format(point.x) + "," + SVGNumber.format(point.y)
    }

    /// Closes the current subpath.
    public mutating func close() {
        commands += "Z"
    }

    /// Adds `points` as one open (or, when `closed`, closed) subpath.
    public mutating func addPolyline(_ points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        move(to: first)
        for point in points.dropFirst() { line(to: point) }
        if closed { close() }
    }
}
