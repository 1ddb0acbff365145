/// Marks drawn together as one layer: their elements are grouped in a `<g class="layer"
/// data-layer="NAME">` (one group among the clipped elements, one among the overlay), so a
/// page's stylesheet can show or hide the layer as a whole — the runs of a figure whose reader
/// picks one with a control, for instance. Without a stylesheet every layer is drawn.
///
/// The marks keep their own scopes (`SCOPE-0`, `SCOPE-1`, …), definitions, styles and legend
/// entries; the layer adds nothing else.
public struct LayerMark: Mark {
    /// The layer's name, written as `data-layer`.
    public var name: String
    /// The marks of the layer, drawn in order.
    public var marks: [any Mark]

    /// Creates a layer named `name` of `marks`.
    public init(_ name: String, marks: [any Mark]) {
        self.name = name
        self.marks = marks
    }

    public func render(in area: PlotArea) -> MarkOutput {
        var output = MarkOutput()
        var clipped: [SVGElement] = []
        var overlay: [SVGElement] = []
        for (index, mark) in marks.enumerated() {
            var markArea = area
            markArea.scope = "\(area.scope)-\(index)"
            let drawn = mark.render(in: markArea)
            clipped += drawn.clipped
            overlay += drawn.overlay
            output.definitions += drawn.definitions
            output.styles += drawn.styles
        }
        output.clipped = group(clipped)
        output.overlay = group(overlay)
        return output
    }

    public var legendEntries: [LegendEntry] { marks.flatMap(\.legendEntries) }

    /// `elements` in the layer's group; nothing when there are none.
    private func group(_ elements: [SVGElement]) -> [SVGElement] {
        guard !elements.isEmpty else { return [] }
        return [SVGElement.group([("class", "layer"), ("data-layer", name)], elements)]
    }
}
