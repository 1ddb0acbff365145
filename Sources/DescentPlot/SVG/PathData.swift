/// Builds compact SVG path data (`d` attributes) from pixel coordinates.
public struct PathData: Sendable, Equatable {
    /// The path commands as UTF-8, appended to in place.
    private var bytes: [UInt8] = []

    /// The accumulated path commands.
    public var commands: String { String(decoding: bytes, as: UTF8.self) }

    /// Creates an empty path.
    public init() {}

    /// Whether no command has been added yet.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Starts a new subpath at `point`.
    public mutating func move(to point: Point) {
        add(command: "M", point)
    }

    /// Draws a straight line to `point`.
    public mutating func line(to point: Point) {
        add(command: "L", point)
    }

    /// Closes the current subpath.
    public mutating func close() {
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Adds `points` as one open (or, when `closed`, closed) subpath.
    public mutating func addPolyline(_ points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        bytes.reserveCapacity(bytes.count + points.count * 14)
        move(to: first)
        for point in points.dropFirst() { line(to: point) }
        if closed { close() }
    }

    /// Appends `command` followed by the point's coordinates, `x,y`.
    private mutating func add(command: Unicode.Scalar, _ point: Point) {
        bytes.append(UInt8(ascii: command))
        SVGNumber.append(point.x, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        SVGNumber.append(point.y, to: &bytes)
    }
}
