import DescentEngine
import DescentPlot
import Foundation
import Testing

@testable import DescentLesson

/// Defects found by reviewers of the bundled course, each pinned by the figure it showed in.
@Suite struct FigureReviewTests {
    /// fit-decay-lr: a decaying rate on a linear axis ran down to −0.01; rates are never negative.
    @Test func learningRateAxisStartsAtZero() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.05
            schedule: constant, inverse_time(decay=0.5)
            steps: 40
            show: plot lr

            """
        let draft = LearningRateFigure(result: try FigureFixtures.run(body), logScale: false).draft()
        #expect(draft.chart.y.domain.lowerBound == 0)
        #expect(draft.chart.y.ticks(count: 6).allSatisfy { $0.value >= 0 })
    }

    /// A long 1-D path thinned by keeping every k-th point joined the start to a late iterate;
    /// the real path is 3 → −0.9 → −1.65 → −2.20 … and those steps must survive.
    @Test func thinningKeepsTheFirstStepsAndEveryTurn() throws {
        let body = """
            f(w) = w^4 - 8*w^2
            start: w = 3
            lr: 0.065
            steps: 5000
            show: plot path

            """
        let result = try FigureFixtures.run(body)
        let path = try #require(result.results[0].trace?.path.map { $0[0] })
        #expect(path.count > 1000)
        let f = { (w: Double) in w * w * w * w - 8 * w * w }
        let points = path.map { Point($0, f($0)) }
        let box = Box(x: -3.5...3.5, y: -20...30)
        let thinned = Trajectory(points).thinned(in: box, spacing: 4, limit: 120)
        #expect(thinned.points.count <= 120)
        #expect(Array(thinned.iterations.prefix(4)) == [0, 1, 2, 3])
        #expect(thinned.iterations.last == path.count - 1)
        let firstSteps = thinned.points.prefix(4).map(\.x)
        for (kept, expected) in zip(firstSteps, [3, -0.9, -1.65, -2.2]) {
            #expect(abs(kept - expected) < 0.01, "\(firstSteps)")
        }
        // Every dropped iterate lies near the drawn polyline: within the tolerance of a kept
        // segment or within the spacing of a kept point (in pixels).
        let pixel = { (p: Point) in
            Point(box.normalized(p).x * Trajectory.plotSize.x, box.normalized(p).y * Trajectory.plotSize.y)
        }
        for (index, point) in points.enumerated() {
            let k = thinned.iterations.lastIndex { $0 <= index }!
            let a = pixel(thinned.points[k])
            let b = pixel(thinned.points[min(k + 1, thinned.points.count - 1)])
            let p = pixel(point)
            let near = min(p.distance(to: a), p.distance(to: b), Self.distance(p, fromSegment: a, b))
            #expect(near <= 6, "iteration \(index) is \(near) px from the drawn path")
            if near > 6 { break }
        }
        // The whole figure stays small, and the few points kept of a long run are not numbered.
        let svg = try #require(FigureBuilder(result: result).figures().first).svg
        #expect(svg.utf8.count < 60_000)
        let annotations = svg.components(separatedBy: "<text class=\"annotation placed-label\"").dropFirst()
        #expect(
            annotations.allSatisfy { $0.hasPrefix(" x=") && !$0.contains(">4999<") } && annotations.count == 1,
            "\(annotations)")
    }

    /// walk-loop-path numbered 1, 2, 3, then 7, and never the last iterate (10).
    @Test func iterationNumbersAreRegularAndEndAtTheLastIterate() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.3
            steps: 25
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: plot path

            """
        let result = try FigureFixtures.run(body)
        let last = result.results[0].outcome.iteration
        let svg = try #require(FigureBuilder(result: result).figures().first).svg
        let main = svg.components(separatedBy: "class=\"inset-zoom\"")[0]
        let numbers = main.components(separatedBy: "<text class=\"annotation placed-label\"").dropFirst().compactMap {
            chunk -> Int? in
            guard let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</text>") else { return nil }
            return Int(chunk[chunk.index(after: open)..<close.lowerBound])
        }
        #expect(numbers.first == last, "\(numbers)")
        let leading = numbers.dropFirst()
        #expect(Array(leading) == Array(1..<(leading.count + 1)), "\(numbers)")
        #expect(numbers.count >= 3)
    }

    /// Labels of a path figure ("4 10", "4 9" and "minimum" on the cross before) never
    /// overlap one another, in the wide and the narrow figure: their boxes, rebuilt from the
    /// SVG's text positions and the width estimates, are pairwise disjoint.
    @Test func pathLabelsDoNotOverlap() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.0001, 0.01, 0.3
            steps: 2000
            stop: |Δw| < 0.001
            show: plot path
            minimum: w = 0

            """
        let figure = try #require(FigureBuilder(result: try FigureFixtures.run(body)).figures().first)
        for svg in [figure.svg, figure.narrow.svg] {
            // The main plot's labels, then the zoomed inset's, each in its own coordinates.
            let parts = svg.components(separatedBy: "class=\"inset-zoom\"")
            #expect(Self.annotationBoxes(parts[0]).count >= 4, "\(parts[0])")
            for boxes in parts.map(Self.annotationBoxes) {
                for i in boxes.indices {
                    for j in boxes.indices where j > i {
                        #expect(!boxes[i].box.overlaps(boxes[j].box), "\(boxes[i].text) overlaps \(boxes[j].text)")
                    }
                }
            }
        }
    }

    /// The boxes of an SVG's `annotation` texts (anchored at their start), from their x and
    /// baseline and the 12 px width estimate.
    static func annotationBoxes(_ svg: String) -> [(text: String, box: Rect)] {
        svg.components(separatedBy: "<text class=\"annotation placed-label\" x=\"").dropFirst().compactMap { chunk in
            let parts = chunk.split(separator: "\"", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count >= 3, let x = Double(parts[0]), let y = Double(parts[2]),
                let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</text>")
            else { return nil }
            let text = String(chunk[chunk.index(after: open)..<close.lowerBound])
            let metrics = TextMetrics(fontSize: 12)
            return (text, Rect(x: x, y: y - 10, width: metrics.width(of: text), height: 12))
        }
    }

    /// mom-tune-sweep (rates 0.5 … 0.668) said "log learning-rate axis" over an axis that
    /// reads as linear: the caption now names the axis actually drawn.
    @Test func sweepCaptionNamesTheAxisDrawn() throws {
        let narrow =
            "f(w) = w^2\nstart: w = -3\nlr: 0.5, 0.6, 0.668\nsteps: 100\nstop: |grad| < 1e-6\nshow: plot sweep\n"
        let figure = try #require(FigureBuilder(result: try FigureFixtures.run(narrow)).figures().first)
        let draft = SweepFigure(result: try FigureFixtures.run(narrow), logScale: false).draft()
        #expect(draft.chart.x.kind == .linear)
        #expect(
            !figure.reference.caption.contains("learning-rate axis") && !figure.reference.caption.contains("log axes"))
        // Counts from 1 to beyond 10 go on a log axis of their own, and the caption says so.
        #expect(draft.chart.y.kind == .log && figure.reference.caption.contains("(log iterations axis)"))
        let wide = FigureFixtures.sweepBody
        let wideDraft = SweepFigure(result: try FigureFixtures.run(wide), logScale: false).draft()
        #expect(wideDraft.chart.x.kind == .log)
        let named = wideDraft.chart.y.kind == .log ? "(log axes)" : "(log learning-rate axis)"
        #expect(wideDraft.caption.contains(named))
        let both = SweepFigure(result: try FigureFixtures.run(wide), logScale: true).draft()
        #expect(both.chart.y.kind == .log && both.caption.contains("(log axes)"))
    }

    /// learn-plateau-loss ended at 2.49e-12 but was floored at 10⁻¹⁵ of its 10⁴ spike
    /// (10⁻¹¹), so its tail ran flat along the bottom: positive losses are drawn as they are,
    /// and the axis reaches the smallest value plotted.
    @Test func logLossAxisCoversTheSmallestValue() throws {
        let body = """
            f(x, y) = 0.1*x^2 + 2*y^2
            start: x = -8, y = 1
            schedule: constant, plateau(factor=0.5, patience=2)
            lr: 1
            steps: 3000
            stop: |grad| < 1e-6
            show: plot loss log

            """
        let result = try FigureFixtures.run(body)
        let plateau = result.results[1]
        #expect(plateau.converged && plateau.finalLoss < 1e-11)
        let draft = LossFigure(result: result, logScale: true).draft()
        let smallest = try #require(plateau.trace?.losses.filter { $0 > 0 }.min())
        #expect(draft.chart.y.domain.lowerBound <= smallest)
        let log = LogValues([[1e4, 3, 2.5e-12]], reference: nil)
        #expect(log(2.5e-12) == 2.5e-12 && log.floorContact([1e4, 2.5e-12]) == nil)
        #expect(!draft.caption.contains("floor"))
    }

    /// A run that lands exactly on 0 drops into the floor strip, never onto another run's
    /// value, and the caption says so.
    @Test func exactZerosAreNamedInTheCaption() throws {
        let body = "f(w) = w^2\nstart: w = -3\nlr: 0.1, 0.5, 0.8\nsteps: 8\nshow: plot loss log\n"
        let result = try FigureFixtures.run(body)
        let figure = try #require(FigureBuilder(result: result).figures().first)
        #expect(
            figure.reference.caption.contains(
                "η = 0.5 reaches 0 exactly and drops into the strip marked 0 below the axis."),
            "\(figure.reference.caption)")
        let chart = LossFigure(result: result, logScale: true).draft().chart
        #expect(chart.floorStrip == FloorStrip(label: "0"))
        let lines = chart.marks.compactMap { $0 as? LineMark }
        let zeroRun = lines[1].points.map(\.y)
        #expect(zeroRun.last == 0 && zeroRun.dropFirst().allSatisfy { $0 == 0 || $0 >= 1 })
        // No point of the run is drawn at a positive value it never had (such as η = 0.8's last).
        let lowest = try #require(lines[2].points.last?.y)
        #expect(!zeroRun.contains(lowest))
        #expect(!figure.reference.caption.contains("η = 0.1 reaches"))
        let shifted = LogValues([[5, 0, -4, -4]], reference: -4)
        #expect(shifted.floorContact([5, -4]) == .exact && shifted.floorContact([5, 1]) == nil)
    }

    static func distance(_ p: Point, fromSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = dx * dx + dy * dy
        guard length > 0 else { return p.distance(to: a) }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
        return p.distance(to: Point(a.x + t * dx, a.y + t * dy))
    }
}
