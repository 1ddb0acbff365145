/// A figure written for an experiment, as the report refers to it.
public struct FigureReference: Sendable, Equatable, Codable {
    public var kind: PlotKind
    /// Whether the figure was asked for with `log`.
    public var logScale: Bool
    /// The file name inside the site's `figures/` directory (`lr-sweep-loss.svg`).
    public var fileName: String
    /// Alt text: what the figure shows, in one sentence.
    public var alt: String
    /// The caption under the figure.
    public var caption: String

    /// An image paragraph with an emphasised caption; `directory` is the path to the figures
    /// from where the Markdown is read (`../output/figures` from `lessons/`, `figures` on the site).
    func markdown(directory: String) -> String {
        "![\(MarkdownEscaping.inline(alt))](\(directory)/\(fileName))\n*\(MarkdownEscaping.inline(caption))*\n"
    }
}
