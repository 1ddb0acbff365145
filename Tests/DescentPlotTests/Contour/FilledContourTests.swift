import Foundation
import Testing

@testable import DescentPlot

/// Filled contours: the regions above each level tile the window into bands, their colours
/// stay muted on both pages, and log-spaced levels are labelled in one format.
@Suite struct FilledContourTests {
    /// A skewed valley with a hole (a bump) and values running off the grid's edges.
    static let grid = ContourGrid(x: -2...2, y: -1...3, columns: 41, rows: 37) { x, y in
        pow(1 - x, 2) + 10 * pow(y - x * x, 2) + 3 * exp(-4 * ((x + 1) * (x + 1) + (y - 2) * (y - 2)))
    }

    /// Even–odd point-in-polygon over every ring.
    static func inside(_ point: Point, _ rings: [Polyline]) -> Bool {
        var crossings = 0
        for ring in rings {
            let points = ring.points
            for (a, b) in zip(points, points.dropFirst() + [points[0]])
            where (a.y > point.y) != (b.y > point.y) {
                let x = a.x + (point.y - a.y) / (b.y - a.y) * (b.x - a.x)
                if x > point.x { crossings += 1 }
            }
        }
        return crossings % 2 == 1
    }

    @Test(arguments: [0.5, 2.0, 8.0, 30.0])
    func regionAboveALevelHoldsExactlyTheSamplesAboveIt(level: Double) {
        let grid = Self.grid
        let rings = ContourRegions.rings(in: grid, level: level)
        #expect(!rings.isEmpty)
        #expect(rings.allSatisfy { $0.isClosed })
        // Every sample not within a hair of the level (where a crossing may pass through it),
        // including those on the window's edge, nudged inwards, is inside iff above.
        var checked = 0
        for row in grid.ys.indices {
            for column in grid.xs.indices {
                let value = grid.value(column: column, row: row)
                guard abs(value - level) > 1e-6 * max(1, level) else { continue }
                let x = min(max(grid.xs[column], -2 + 1e-7), 2 - 1e-7)
                let y = min(max(grid.ys[row], -1 + 1e-7), 3 - 1e-7)
                #expect(Self.inside(Point(x + 1.3e-9, y + 1.7e-9), rings) == (value > level))
                checked += 1
            }
        }
        #expect(checked > 1400)
    }

    @Test func nonFiniteSamplesCountAsHighGround() {
        let grid = ContourGrid(x: 0...4, y: 0...4, columns: 5, rows: 5) { x, y in
            x == 2 && y == 2 ? .infinity : x
        }
        let rings = ContourRegions.rings(in: grid, level: 2.5)
        #expect(Self.inside(Point(2, 2), rings))
        #expect(!Self.inside(Point(1, 1), rings))
        #expect(Self.inside(Point(3.5, 1), rings))
    }

    @Test func filledMarkPaintsTheWindowThenOneBandPerLevel() {
        let mark = ContourMark(grid: Self.grid, levels: .linear(count: 6), filled: true)
        let chart = Chart(x: .linear(-2...2), y: .linear(-1...3)) { mark }
        let svg = chart.svg(id: "f", title: "t", description: "d")
        #expect(svg.contains("class=\"band0\""))
        for index in mark.levelValues.indices { #expect(svg.contains("class=\"band\(index + 1)\"")) }
        #expect(svg.contains("class=\"level-line\""))
        #expect(mark.colorLegend?.isBanded == true)
    }

    static func luminance(_ color: Color) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    static func contrast(_ a: Color, _ b: Color) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test(arguments: [true, false])
    func bandsStepAwayFromThePageAndStayMuted(light: Bool) {
        let page = (light ? Theme.light : Theme.dark).color("bg")
        let count = 12
        let bands = (0..<count).map {
            light ? ContourFillPalette.light($0, of: count) : ContourFillPalette.dark($0, of: count)
        }
        let contrasts = bands.map { Self.contrast($0, page) }
        #expect(zip(contrasts, contrasts.dropFirst()).allSatisfy { $0 < $1 })
        #expect(contrasts[0] < 1.15)
        #expect(contrasts[count - 1] > 1.4)
        #expect(contrasts[count - 1] < 1.9)
    }

    @Test func logLevelsAreLabelledOnlyAtPowersOfTenInOneFormat() {
        let labels = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000].map(ContourMark.logLevelLabel)
        #expect(labels == ["10⁻²", "", "10⁻¹", "", "1", "", "10", "", "10²", "", "10³"])
        let legend = ContourMark(grid: Self.grid, levels: .logarithmic(count: 14, decades: 4), filled: true).colorLegend
        let written = legend?.labels.filter { !$0.isEmpty } ?? []
        #expect(!written.isEmpty)
        #expect(written.allSatisfy { $0 == "1" || $0 == "10" || $0.hasPrefix("10") && $0.count > 2 })
    }

    /// Fifteen evenly spaced levels are labelled as an axis would be, not one label per band.
    @Test func manyEvenLevelsAreLabelledAsAnAxis() {
        let labels = ContourMark.evenLevelLabels((1...15).map(Double.init))
        #expect(labels.filter { !$0.isEmpty } == ["5", "10", "15"], "\(labels)")
        #expect(ContourMark.evenLevelLabels([1, 2, 3]) == ["1", "2", "3"])
        let odd = ContourMark.evenLevelLabels((0..<12).map { 0.7 + 1.3 * Double($0) })
        #expect((2...ContourMark.mostEvenLabels).contains(odd.filter { !$0.isEmpty }.count), "\(odd)")
    }
}
