import DescentPlot

/// A figure before it is written: the chart and the words that go with it.
///
/// `alt` is one sentence for screen readers (also the SVG's `<desc>`); `caption` is the text
/// under the figure without the `Figure:` lead, which `FigureBuilder` adds.
struct FigureDraft {
    /// The chart to render.
    var chart: Chart
    /// A short accessible name, the SVG's `<title>`.
    var title: String
    /// What the figure shows, in one sentence.
    var alt: String
    /// The caption's sentences.
    var caption: String
}
