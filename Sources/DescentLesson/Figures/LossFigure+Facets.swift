import DescentPlot

extension LossFigure {
    /// The most lines one loss chart draws; more become small multiples.
    static let mostLinesInOneChart = 6
    /// The most panels small multiples have. Past it a panel is too small to read, and every
    /// panel repeating every line as context grows with the square of the runs (a 1,000-rate
    /// sweep would draw a million lines), so a larger sweep stays one chart.
    static let mostPanels = 24

    /// `chart` (one line per run) as small multiples when it has more than
    /// `mostLinesInOneChart` and at most `mostPanels` lines: a panel per line, titled
    /// `titles[i]`, with every line as faint grey context behind it, the chart as tall as its
    /// rows need. Otherwise unchanged.
    static func smallMultiples(_ chart: Chart, titles: [String]) -> Chart {
        let lines = chart.marks.compactMap { $0 as? LineMark }
        guard (mostLinesInOneChart + 1...mostPanels).contains(lines.count), lines.count == titles.count else {
            return chart
        }
        var faceted = chart
        faceted.marks = lines.map { $0.asContext() }
        faceted.facets = zip(lines, titles).map { line, title in Facet(title: title, marks: [line]) }
        faceted.height = FacetGrid.chartHeight(count: lines.count, width: chart.width)
        return faceted
    }

    /// How the alt text names the chart: `Line chart`, or `Small multiples (a panel per run)
    /// of line charts`.
    static func chartNoun(_ chart: Chart) -> String {
        chart.facets.isEmpty ? "Line chart" : "Small multiples (a panel per run) of line charts"
    }

    /// The caption's sentence for small multiples, nil for one chart.
    static func facetNote(_ chart: Chart) -> String? {
        chart.facets.isEmpty
            ? nil : "Drawn as small multiples: one panel per run, the other runs in faint grey behind it."
    }
}
