/// A connected sequence of points; closed when its last point joins its first.
public struct Polyline: Sendable, Hashable {
    /// The points in order. For a closed polyline the first point is not repeated.
    public var points: [Point]
    /// Whether the polyline is a closed ring.
    public var isClosed: Bool

    /// Creates a polyline.
    public init(points: [Point], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }
}
