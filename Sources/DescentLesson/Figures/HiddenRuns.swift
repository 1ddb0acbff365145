import DescentPlot
import DescentText

/// Finds the runs of a path figure that would vanish under other marks, and writes a callout
/// for each, so a run the tables talk about is never missing from its figure.
///
/// A run is hidden when every point it draws lies within `radius` pixels of the start ring it
/// set out from, or of a point a run drawn after it (on top of it) draws: a run that stopped at
/// once sits under the ring, one that retraced a later run's path sits under that path. Its
/// callout (drawn with a leader line) says what happened: `η = 0.0001 barely moves: −3 →
/// −2.9994` when it stayed within the ring, `η = 0.01 runs under η = 0.3` otherwise; or just
/// names the run where that does not fit (a phone's narrow figure).
struct HiddenRuns {
    let runs: [RunSeries]
    let trajectories: [Trajectory]
    let box: Box

    /// Pixels within which a run counts as covered: about the start ring's radius.
    static let radius = 7.0

    /// The indices of the hidden runs.
    var hidden: [Int] { coverage.map(\.run) }

    /// Each hidden run, with the later run that covers it (nil when only the start ring does).
    var coverage: [(run: Int, under: Int?)] {
        let pixels = trajectories.map { $0.points.map(pixel) }
        return pixels.indices.compactMap { index in
            let own = pixels[index]
            guard let start = own.first else { return nil }
            let later = pixels.indices.filter { $0 > index }
            var under: Int?
            for point in own where point.distance(to: start) > Self.radius {
                guard
                    let cover = later.first(where: { run in
                        pixels[run].contains { point.distance(to: $0) <= Self.radius }
                    })
                else { return nil }
                under = under ?? cover
            }
            return (index, under)
        }
    }

    /// One callout per hidden run, with a leader line to where it ended.
    var callouts: [PlacedLabelsMark.Label] {
        coverage.compactMap { index, under in
            guard let first = trajectories[index].points.first, let last = trajectories[index].points.last
            else { return nil }
            let text =
                under.map { "\(runs[index].label) runs under \(runs[$0].label)" }
                ?? Self.text(label: runs[index].label, from: first.x, to: last.x)
            return PlacedLabelsMark.Label(text, at: last, leader: true, fallbacks: [runs[index].label])
        }
    }

    /// `η = 0.0001 barely moves: −3 → −2.9994`, or `… stays at −3` when it took no step.
    static func text(label: String, from start: Double, to end: Double) -> String {
        let (from, to) = (
            NumberText.typeset(start, digits: NumberText.digits), NumberText.typeset(end, digits: NumberText.digits)
        )
        return start == end ? "\(label) stays at \(from)" : "\(label) barely moves: \(from) → \(to)"
    }

    private func pixel(_ point: Point) -> Point { Trajectory.pixel(point, in: box) }
}
