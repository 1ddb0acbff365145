import DescentText

/// What building one lesson produces: the lesson with its regions refreshed, the Markdown the
/// site renders, and the figures to write.
public struct LessonOutput: Sendable {
    /// The lesson file's new text and the site's Markdown beside it (`SplicedLesson`).
    public var spliced: SplicedLesson
    public var figures: [GeneratedFigure]

    /// The lesson file's new text (identical to the old when nothing changed).
    public var lessonText: String { spliced.lessonText }
    /// Markdown for the site: regions spliced in with site-relative figure paths, marker lines
    /// blank, inline references replaced by their values.
    public var siteMarkdown: String { spliced.siteMarkdown }
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
    /// Failed expectations, hand-edited regions and unknown references are reported together.
    public func render(_ run: LessonRun, references: [String: ExperimentResult]) throws(DiagnosticList) -> LessonOutput
    {
        var figures: [GeneratedFigure] = []
        var generated: [String: RegionContent] = [:]
        for result in run.results {
            let drawn = result.rendered?.figures ?? FigureBuilder(result: result).figures()
            figures += drawn
            let report = ExperimentReport(result: result, figures: drawn.map(\.reference))
            generated[result.id] = report.content(
                figureDirectories: (figureDirectoryFromLesson, figureDirectoryFromSite))
        }
        let expectations = run.failedExpectations()
        do throws(DiagnosticList) {
            let spliced = try Splicer(run.document).splice(
                generated, references: InlineReference(results: references),
                force: force)
            guard expectations.isEmpty else { throw DiagnosticList(expectations) }
            return LessonOutput(spliced: spliced, figures: figures)
        } catch {
            throw DiagnosticList(
                LessonRun.sorted(expectations + error.diagnostics.filter { !expectations.contains($0) }))
        }
    }
}
