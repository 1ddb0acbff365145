/// A figure drawn for an experiment: how the report refers to it and the SVG document itself.
public struct GeneratedFigure: Sendable, Equatable {
    public var reference: FigureReference
    /// The complete SVG text, starting with the generator signature comment.
    public var svg: String

    public init(reference: FigureReference, svg: String) {
        self.reference = reference
        self.svg = svg
    }
}
