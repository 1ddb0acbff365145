/// A figure written for an experiment, as the report refers to it.
public struct FigureReference: Sendable, Equatable {
    public var kind: PlotKind
    /// Whether the figure was asked for with `log`.
    public var logScale: Bool
    /// The file name inside the site's `figures/` directory (`lr-sweep-loss.svg`).
    public var fileName: String
    /// Alt text: what the figure shows, in one sentence.
    public var alt: String
    /// The caption under the figure: what to notice in it.
    public var caption: String
    /// The figure's name, `Figure 4.2` (`CourseNumbering`), which leads its caption.
    public var name: String
    /// Whether this is the still of an explorable figure (`show: explore`), which the site
    /// replaces with the figure itself (`GeneratedFigure.explore`).
    public var explore: Bool = false

    public init(kind: PlotKind, logScale: Bool, fileName: String, alt: String, caption: String, name: String = "Figure")
    {
        self.kind = kind
        self.logScale = logScale
        self.fileName = fileName
        self.alt = alt
        self.caption = caption
        self.name = name
    }

    /// An image paragraph with an emphasised caption led by the figure's name (`*Figure 4.2:
    /// Loss per iteration…*`); `directory` is the path to the figures from where the Markdown is
    /// read (`../output/figures` from `lessons/`, `figures` on the site).
    func markdown(directory: String) -> String {
        let caption = MarkdownEscaping.inline("\(name): \(caption)")
        return "![\(MarkdownEscaping.inline(alt))](\(directory)/\(fileName))\n*\(caption)*\n"
    }
}
