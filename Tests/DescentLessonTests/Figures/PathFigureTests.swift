import DescentPlot
import Foundation
import Testing

@testable import DescentLesson

/// The window, labels and hidden runs of 1-D path figures (issue 14).
@Suite struct PathFigureTests {
    static func path(_ body: String) throws -> FigureDraft {
        try #require(PathFigure(result: try FigureFixtures.run(body), animation: nil).draft())
    }

    /// hills-nudge showed only 0 … 2: the other valley (−2) and the hump (0) were off the page.
    @Test func windowShowsTheOtherValleyAndItsWall() throws {
        let draft = try Self.path(
            """
            f(w) = w^4 - 8*w^2
            start: w = 0.001
            lr: 0.01
            steps: 1000
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: plot path
            minimum: w = 2

            """)
        let x = draft.chart.x.domain
        #expect(x.contains(-2.83) && x.contains(2.83) && x.contains(0.001), "\(x)")
        #expect(x.lowerBound > -4 && x.upperBound < 4, "\(x)")
    }

    /// walk-loop drew only the left half of the bowl w² that its run came down.
    @Test func windowDrawsTheBowlWhole() throws {
        let draft = try Self.path(
            "f(w) = w^2\nstart: w = -3\nlr: 0.3\nsteps: 25\nstop: |Δw| < 0.001 and |grad| < 0.001\nshow: plot path\n")
        let x = draft.chart.x.domain
        #expect(x.contains(-3) && x.contains(3), "\(x)")
        #expect(x.upperBound < 4, "\(x)")
    }

    /// A landscape search finds minima, humps and the walls up to a level.
    @Test func landscapeFindsStationaryPointsAndWalls() {
        let landscape = Landscape(f: { $0 * $0 * $0 * $0 - 8 * $0 * $0 }, over: -5...5)
        let minima = landscape.extrema(minima: true).map { landscape.xs[$0] }
        let maxima = landscape.extrema(minima: false).map { landscape.xs[$0] }
        #expect(minima.count == 2 && minima.allSatisfy { abs(abs($0) - 2) < 0.02 }, "\(minima)")
        #expect(maxima.count == 1 && abs(maxima[0]) < 0.02, "\(maxima)")
        let features = landscape.features(upTo: 0)
        #expect(
            features.contains { abs($0 + 2.83) < 0.02 } && features.contains { abs($0 - 2.83) < 0.02 }, "\(features)")
    }

    /// stop-dw: the lr = 0.0001 run stopped at its start, invisible under the ring, while its
    /// table called it fastest; it is now found and called out with a leader line.
    @Test func aRunUnderTheStartRingIsCalledOut() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.0001, 0.01, 0.3
            steps: 2000
            stop: |Δw| < 0.001
            show: plot path

            """
        let result = try FigureFixtures.run(body)
        let svg = try #require(FigureBuilder(result: result).figures().first).svg
        #expect(svg.contains(">η = 0.0001 stays at −3</text>"), "\(svg)")
        #expect(svg.contains("class=\"leader\""))
        let runs = result.tracedSeries
        let moving = Trajectory([Point(-3, 9), Point(-1, 1), Point(0, 0)])
        let box = Box(x: -3.5...3.5, y: -1...12)
        let still = Trajectory([Point(-3, 9), Point(-2.9994, 8.996)])
        #expect(HiddenRuns(runs: Array(runs.prefix(2)), trajectories: [still, moving], box: box).hidden == [0])
        #expect(HiddenRuns(runs: Array(runs.prefix(1)), trajectories: [moving], box: box).hidden.isEmpty)
        // A run drawn on top of a denser one (stop-dw's η = 0.3 over η = 0.01) is not hidden;
        // one retracing a later run's path is, and its callout names that run.
        let dense = Trajectory(
            (0...60).map { index in Point(-3 + Double(index) * 0.05, pow(-3 + Double(index) * 0.05, 2)) })
        let two = Array(runs.prefix(2))
        #expect(HiddenRuns(runs: two, trajectories: [dense, moving], box: box).hidden.isEmpty)
        let under = HiddenRuns(runs: two, trajectories: [moving, moving], box: box)
        #expect(under.hidden == [0] && under.callouts.first?.text == "\(runs[0].label) runs under \(runs[1].label)")
        #expect(HiddenRuns.text(label: "η = 0.0001", from: -3, to: -2.9994) == "η = 0.0001 barely moves: −3 → −2.9994")
    }

    /// walk-loop-frames looped forever on a 5.7 s cycle and dropped the step numbers: it now
    /// plays once within five seconds, holds, and writes "i = k, f(w) = …" for each frame.
    @Test func animationPlaysOnceAndSaysWhichStep() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 0.3\nsteps: 25\nstop: |Δw| < 0.001 and |grad| < 0.001\nshow: plot frames\n"
        let svg = try #require(FigureBuilder(result: try FigureFixtures.run(body)).figures().first).svg
        #expect(!svg.contains("infinite"))
        #expect(svg.contains(">i = 0, f(w) = 9</text>") && svg.contains(">i = 10, f(w) = 9.9"), "\(svg)")
        let delays = svg.split(separator: "ease-out ").dropFirst().compactMap { Double($0.prefix { $0 != "s" }) }
        #expect(!delays.isEmpty && delays.allSatisfy { $0 + 0.2 <= 5 }, "\(delays)")
    }

    /// walk-loop-path ended with seven iterates inside 20 px: they now get a zoomed inset, and
    /// a run whose steps stay apart gets none.
    @Test func crowdedLastIteratesGetAnInset() throws {
        let crowded =
            "f(w) = w^2\nstart: w = -3\nlr: 0.3\nsteps: 25\nstop: |Δw| < 0.001 and |grad| < 0.001\nshow: plot path\n"
        let svg = try #require(FigureBuilder(result: try FigureFixtures.run(crowded)).figures().first).svg
        #expect(svg.contains("class=\"inset-panel\"") && svg.contains("class=\"inset-zoom\""))
        let spread = "f(w) = w^2\nstart: w = -3\nlr: 0.1\nsteps: 4\nshow: plot path\n"
        let plain = try #require(FigureBuilder(result: try FigureFixtures.run(spread)).figures().first).svg
        #expect(!plain.contains("inset-panel"))
        let box = Box(x: -3.5...3.5, y: -1...12)
        let points = (0...10).map { Point(-3 * pow(0.4, Double($0)), 9 * pow(0.16, Double($0))) }
        let inset = PathInset(
            runs: [], trajectories: [Trajectory(points)], f: { $0 * $0 }, minimum: nil, box: box, avoid: [])
        let crowd = try #require(inset.crowd())
        #expect(crowd.run == 0 && crowd.from <= 4 && crowd.from >= 2, "\(crowd)")
    }
}
