import DescentPlot
import DescentText

/// Every label of a 1-D path figure, handed to `PlacedLabelsMark` so that the figure places
/// them when it is drawn, clear of one another, of the iterates, arrows and curve, and of the
/// plot's edges.
///
/// In order of importance: a callout for each run hidden under another mark (`HiddenRuns`:
/// the figure must show every run it draws); `start`; for short runs, the number of the last iterate (where the run ended);
/// `minimum`; then the numbers 1, 2, 3, … for as long as each finds a place (a gap would read
/// as skipped steps).
struct PathLabels {
    let runs: [RunSeries]
    let trajectories: [Trajectory]
    let minimum: Point?
    let box: Box
    /// Whether iterates are numbered (not in an animation, whose frames say `i = k`).
    let numbered: Bool
    /// Obstacles covering a zoomed inset's panel (`PathInset`), which labels keep off.
    var panel: [PlacedLabelsMark.Obstacle] = []
    /// Whether runs hidden under others get callouts; not when each run is a layer shown alone.
    var callsOutHiddenRuns = true

    /// The most iterates a run may have to be numbered.
    static let numberedLimit = 12
    /// Pixels a marker covers: an iterate, the start ring, the minimum's cross.
    static let pointSize = 8.0
    static let ringSize = 14.0

    var mark: PlacedLabelsMark {
        var labels = callsOutHiddenRuns ? HiddenRuns(runs: runs, trajectories: trajectories, box: box).callouts : []
        if let start = trajectories.compactMap(\.points.first).first {
            labels.append(.init("start", at: start))
        }
        let numbers = numbered ? numbers() : []
        labels += numbers.filter { $0.chain == nil }
        if let minimum { labels.append(.init("minimum", at: minimum, leader: true)) }
        labels += numbers.filter { $0.chain != nil }
        return PlacedLabelsMark(labels, obstacles: obstacles())
    }

    /// For each run of at most `numberedLimit` iterations (at most three runs): its last
    /// iterate's number first, then 1, 2, 3, … as one chain.
    private func numbers() -> [PlacedLabelsMark.Label] {
        guard trajectories.count <= 3 else { return [] }
        return trajectories.enumerated().flatMap { run, trajectory -> [PlacedLabelsMark.Label] in
            guard (trajectory.iterations.last ?? 0) <= Self.numberedLimit else { return [] }
            let numbered = zip(trajectory.points, trajectory.iterations).filter { $0.1 > 0 && box.contains($0.0) }
            guard let last = numbered.last else { return [] }
            let leading = numbered.dropLast().map { PlacedLabelsMark.Label(String($0.1), at: $0.0, chain: run) }
            return [.init(String(last.1), at: last.0)] + leading
        }
    }

    /// The iterates, the points along each arrow, the start rings and the minimum. The curve is
    /// left out: beside a curve that runs through every iterate, nothing would stay clear.
    private func obstacles() -> [PlacedLabelsMark.Obstacle] {
        var result = panel
        for trajectory in trajectories {
            result += trajectory.points.map { .init($0, size: Self.pointSize) }
            for (from, to) in zip(trajectory.points, trajectory.points.dropFirst()) {
                result += (1..<8).map { step in
                    let t = Double(step) / 8
                    return .init(Point(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t), size: 2)
                }
            }
            if let start = trajectory.points.first { result.append(.init(start, size: Self.ringSize)) }
        }
        if let minimum { result.append(.init(minimum, size: Self.pointSize)) }
        return result
    }
}
