import DescentPlot
import DescentText

/// Finds the runs of a path figure that would vanish under other marks, and writes a callout
/// for each, so a run the tables talk about is never missing from its figure.
///
/// A run is hidden when every point it draws lies within `radius` pixels of the start ring it
/// set out from, or of a point another run draws: a run that stopped at once sits under the
/// ring, one that retraced another's path sits under that path. Its callout (drawn with a
/// leader line) says how far it went: `η = 0.0001 barely moves: −3 → −2.9994`.
struct HiddenRuns {
    let runs: [RunSeries]
    let trajectories: [Trajectory]
    let box: Box

    /// Pixels within which a run counts as covered: about the start ring's radius.
    static let radius = 7.0

    /// The indices of the hidden runs.
    var hidden: [Int] {
        let pixels = trajectories.map { $0.points.map(pixel) }
        return pixels.indices.filter { index in
            let own = pixels[index]
            guard let start = own.first else { return false }
            let others = pixels.indices.filter { $0 != index }.flatMap { pixels[$0] }
            return own.allSatisfy { point in
                point.distance(to: start) <= Self.radius || others.contains { point.distance(to: $0) <= Self.radius }
            }
        }
    }

    /// One callout per hidden run, with a leader line to where it ended.
    var callouts: [PlacedLabelsMark.Label] {
        hidden.compactMap { index in
            guard let first = trajectories[index].points.first, let last = trajectories[index].points.last
            else { return nil }
            return PlacedLabelsMark.Label(
                Self.text(label: runs[index].label, from: first.x, to: last.x), at: last, leader: true)
        }
    }

    /// `η = 0.0001 barely moves: −3 → −2.9994`, or `… stays at −3` when it took no step.
    static func text(label: String, from start: Double, to end: Double) -> String {
        let (from, to) = (
            NumberText.typeset(start, digits: NumberText.digits), NumberText.typeset(end, digits: NumberText.digits)
        )
        return start == end ? "\(label) stays at \(from)" : "\(label) barely moves: \(from) → \(to)"
    }

    private func pixel(_ point: Point) -> Point {
        let unit = box.normalized(point)
        return Point(unit.x * Trajectory.plotSize.x, unit.y * Trajectory.plotSize.y)
    }
}
