import Foundation
import Testing

@testable import DescentPlot

/// A layer groups its marks' elements so that a page can show or hide them together.
@Suite struct LayerMarkTests {
    private func chart(_ marks: [any Mark]) -> String {
        Chart(x: .linear(0...4), y: .linear(0...4), xLabel: "x", yLabel: "y") { marks }
            .svg(id: "layers", title: "Layers", description: "Two layers.")
    }

    @Test func eachLayerIsOneGroupNamedByItsLayer() {
        let svg = chart([
            LayerMark("0", marks: [LineMark([Point(0, 0), Point(1, 1)], series: 0)]),
            LayerMark(
                "1", marks: [LineMark([Point(0, 1), Point(2, 3)], series: 1), PointMark([Point(2, 3)], series: 0)]),
        ])
        #expect(svg.components(separatedBy: "<g class=\"layer\" data-layer=\"0\">").count == 2)
        #expect(svg.components(separatedBy: "<g class=\"layer\" data-layer=\"1\">").count == 2)
        let second = svg.components(separatedBy: "data-layer=\"1\">")[1].components(separatedBy: "</g>")[0]
        #expect(second.components(separatedBy: "<path").count == 3)
    }

    @Test func aLayerDrawsWhatItsMarksDrawAlone() {
        let line = LineMark([Point(0, 0), Point(1, 1), Point(3, 2)], series: 2, marksEscapes: true)
        let plain = chart([line])
        let layered = chart([LayerMark("a", marks: [line])])
        let pathOf = { (svg: String) in svg.components(separatedBy: " d=\"")[1].prefix { $0 != "\"" } }
        #expect(pathOf(plain) == pathOf(layered))
        #expect(!plain.contains("data-layer"))
    }

    @Test func anEmptyLayerWritesNoGroup() {
        #expect(!chart([LayerMark("empty", marks: [])]).contains("data-layer"))
    }
}
