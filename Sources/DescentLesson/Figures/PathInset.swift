import DescentPlot

/// The zoomed inset of a 1-D path figure: when the last iterates of a short run crowd within a
/// few pixels (the walk of lesson 01 ends with seven steps inside 20 px), a panel in a free top
/// corner shows them enlarged, each numbered, with the curve and the minimum.
struct PathInset {
    /// Iterates at the end of a run crowd when at least `crowdCount` of them fit in a square
    /// of `crowdPixels`.
    static let crowdPixels = 24.0
    static let crowdCount = 4
    /// The panel's size as fractions of the plot, and its candidate left edges (centre, right, left).
    /// The centre candidate sits right of middle, leaving room for a callout beside a start on
    /// the left wall.
    static let size = (width: 0.32, height: 0.42)
    static let lefts = [0.42, 0.66, 0.02]

    let runs: [RunSeries]
    /// Each run's iterates before thinning (cut at the window's edge).
    let trajectories: [Trajectory]
    let f: (Double) -> Double
    let minimum: Point?
    let box: Box
    /// What the panel should keep clear of: the curve and every drawn iterate.
    let avoid: [Point]

    /// The crowded end of the first short run that has one: its index and where the crowd starts.
    /// Only figures of at most three runs, those whose iterates are numbered, get one: among
    /// seven runs, an inset of one would read as the figure's point.
    func crowd() -> (run: Int, from: Int)? {
        guard trajectories.count <= 3 else { return nil }
        for (run, trajectory) in trajectories.enumerated()
        where (trajectory.iterations.last ?? 0) <= PathLabels.numberedLimit {
            let pixels = trajectory.points.map(pixel)
            var from = pixels.count
            while from > 0, Self.extent(pixels[(from - 1)...]) <= Self.crowdPixels { from -= 1 }
            if pixels.count - from >= Self.crowdCount { return (run, from) }
        }
        return nil
    }

    /// The inset and the points to keep labels off its panel, when a run's end crowds.
    var inset: (mark: InsetMark, panel: [PlacedLabelsMark.Obstacle])? {
        guard let (run, from) = crowd() else { return nil }
        let trajectory = trajectories[run]
        let crowded = Array(trajectory.points[from...])
        var xs = crowded.map(\.x)
        if let minimum, pixel(minimum).distance(to: pixel(crowded[crowded.count - 1])) <= Self.crowdPixels {
            xs.append(minimum.x)
        }
        let x = Self.padded(xs.min()!...xs.max()!, by: 0.15)
        let curve = PathFigure.samples(x, count: 60).map { Point($0, f($0)) }
        let y = Self.padded((curve + crowded).map(\.y).min()!...(curve + crowded).map(\.y).max()!, by: 0.15)
        let panel = chosenPanel(zoom: Box(x: x, y: y))
        let shown = Array(trajectory.points[max(from - 1, 0)...])
        let numbers = zip(trajectory.points[from...], trajectory.iterations[from...]).map {
            PlacedLabelsMark.Label(String($0.1), at: $0.0, chain: 0)
        }
        var marks: [any Mark] = [ReferenceCurveMark(points: curve)]
        if let minimum { marks.append(ReferencePointsMark(points: [minimum], style: .cross, size: 8)) }
        marks += [
            ArrowMark(path: shown, series: runs[run].index),
            PointMark(shown, series: runs[run].index, size: 6),
            PlacedLabelsMark(
                Array(numbers.reversed().prefix(1)) + numbers.dropLast(),
                obstacles: shown.map { .init($0, size: PathLabels.pointSize) }),
        ]
        return (InsetMark(x: x, y: y, panel: panel, marks: marks), obstacles(covering: panel))
    }

    /// The candidate panel that covers the fewest of `avoid` and none of the zoomed region.
    private func chosenPanel(zoom: Box) -> InsetMark.Panel {
        let candidates = Self.lefts.map {
            InsetMark.Panel(left: $0, top: 0.02, width: Self.size.width, height: Self.size.height)
        }
        let corners = [Point(zoom.x.lowerBound, zoom.y.lowerBound), Point(zoom.x.upperBound, zoom.y.upperBound)]
        func cost(_ panel: InsetMark.Panel) -> Int {
            avoid.filter { covers(panel, $0) }.count + 1000 * corners.filter { covers(panel, $0) }.count
        }
        return candidates.min { cost($0) < cost($1) } ?? candidates[0]
    }

    private func covers(_ panel: InsetMark.Panel, _ point: Point) -> Bool {
        let unit = box.normalized(point)
        let (left, top) = (unit.x, 1 - unit.y)
        return left >= panel.left - 0.02 && left <= panel.left + panel.width + 0.02 && top >= panel.top - 0.02
            && top <= panel.top + panel.height + 0.03
    }

    /// A grid of obstacles over the panel (16 px squares at most a tenth of it apart, so no label
    /// fits between them), for the main figure's labels.
    private func obstacles(covering panel: InsetMark.Panel) -> [PlacedLabelsMark.Obstacle] {
        (0...10).flatMap { i in
            (0...8).map { j in
                let left = panel.left + panel.width * Double(i) / 10
                let top = panel.top + panel.height * Double(j) / 8
                let point = Point(
                    box.x.lowerBound + left * (box.x.upperBound - box.x.lowerBound),
                    box.y.lowerBound + (1 - top) * (box.y.upperBound - box.y.lowerBound))
                return PlacedLabelsMark.Obstacle(point, size: 16)
            }
        }
    }

    private func pixel(_ point: Point) -> Point { Trajectory.pixel(point, in: box) }

    private static func extent(_ pixels: ArraySlice<Point>) -> Double {
        let xs = pixels.map(\.x)
        let ys = pixels.map(\.y)
        return max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
    }

    private static func padded(_ range: ClosedRange<Double>, by fraction: Double) -> ClosedRange<Double> {
        let width = max(range.upperBound - range.lowerBound, 1e-12 * max(1, abs(range.lowerBound)))
        return (range.lowerBound - width * fraction)...(range.upperBound + width * fraction)
    }
}
