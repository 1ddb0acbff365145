/// What a mark contributes to the SVG document.
public struct MarkOutput: Sendable {
    /// Elements drawn inside the plot area's clip path.
    public var clipped: [SVGElement]
    /// Elements drawn above everything and not clipped, such as markers on the plot's edge.
    public var overlay: [SVGElement]
    /// Elements for `<defs>`, such as arrowhead markers; duplicates (same `id`) are written once.
    public var definitions: [SVGElement]
    /// CSS rules, already scoped to the chart, added to the document's `<style>`.
    public var styles: [String]

    /// Creates mark output.
    public init(
        clipped: [SVGElement] = [], overlay: [SVGElement] = [],
        definitions: [SVGElement] = [], styles: [String] = []
    ) {
        self.clipped = clipped
        self.overlay = overlay
        self.definitions = definitions
        self.styles = styles
    }
}
