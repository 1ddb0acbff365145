import DescentText
/// What building one lesson produces: the lesson with its regions refreshed, the Markdown the
/// site renders, and the figures to write.
public struct LessonOutput: Sendable {
    /// The lesson file's new text (identical to the old when nothing changed).
    public var lessonText: String
    /// Markdown for the site: regions spliced in with site-relative figure paths, markers
    /// removed, inline references replaced by their values.
    public var siteMarkdown: String
    public var figures: [GeneratedFigure]
}

/// Turns a `LessonRun` into its outputs: reports and figures spliced in, expectations checked.
public struct LessonOutputBuilder: Sendable {
    /// The figures directory as seen from the lesson file (`../output/figures`).
    public var figureDirectoryFromLesson: String
    /// The figures directory as seen from the site's pages.
    public var figureDirectoryFromSite: String
    /// Overwrite generated regions even when they were edited by hand.
    public var force: Bool

    public init(figureDirectoryFromLesson: String, figureDirectoryFromSite: String = "figures", force: Bool = false) {
        self.figureDirectoryFromLesson = figureDirectoryFromLesson
        self.figureDirectoryFromSite = figureDirectoryFromSite
        self.force = force
    }

    /// Renders `run`; `references` holds every experiment of the course by id, for `{{…}}`.
    public func render(_ run: LessonRun, references: [String: ExperimentResult]) throws(DiagnosticList) -> LessonOutput {
        let source = run.document.source
        var problems = run.failedExpectations()
        problems += InlineReference.problems(in: source, results: references)
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        var figures: [GeneratedFigure] = []
        var forLesson: [String: String] = [:]
        var forSite: [String: String] = [:]
        for result in run.results {
            let drawn = FigureBuilder(result: result).figures()
            figures += drawn
            let report = ExperimentReport(result: result, figures: drawn.map(\.reference))
            forLesson[result.id] = report.markdown(figureDirectory: figureDirectoryFromLesson)
            forSite[result.id] = report.markdown(figureDirectory: figureDirectoryFromSite)
        }
        let lessonText = try run.document.splicing(forLesson, force: force)
        let siteText = try run.document.splicing(forSite, force: true)
        let resolved = InlineReference.resolve(LessonDocument.removingMarkers(siteText), results: references, source: source)
        return LessonOutput(lessonText: lessonText, siteMarkdown: resolved.text, figures: figures)
    }
}
