import DescentText

/// What building one lesson produces: the lesson with its regions refreshed, the Markdown the
/// site renders, and the figures to write.
public struct LessonOutput: Sendable {
    /// The lesson file's new text and the site's Markdown beside it (`SplicedLesson`).
    public var spliced: SplicedLesson
    public var figures: [GeneratedFigure]
    /// Each experiment's generated Markdown by id, as spliced (kept so a later build can splice
    /// it again without running the experiment).
    public var regions: [String: RegionContent]

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
        try render(run, references: InlineReference(results: references))
    }

    /// Renders `run`, resolving `{{…}}` through `references`; figures are numbered within the
    /// lesson only (`Figure 2`).
    public func render(_ run: LessonRun, references: InlineReference) throws(DiagnosticList) -> LessonOutput {
        try render(run, drawn: drawFigures(run, lessonNumber: nil), references: references)
    }

    /// Every figure of `run`'s experiments, by experiment id, each named by its number:
    /// `Figure 4.2` for the second figure of lesson 4 (`CourseNumbering`), in reading order —
    /// block by block, each block's figures in the order its `show:` line asks for them.
    public func drawFigures(_ run: LessonRun, lessonNumber: Int?) -> [String: [GeneratedFigure]] {
        var drawn: [String: [GeneratedFigure]] = [:]
        var count = 0
        let byID = Dictionary(run.results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for result in run.results {
            var figures = result.rendered?.figures ?? FigureBuilder(result: result, companions: byID).figures()
            for index in figures.indices {
                count += 1
                figures[index].reference.name =
                    lessonNumber.map { CourseNumbering.figureName(lesson: $0, index: count) } ?? "Figure \(count)"
            }
            drawn[result.id] = figures
        }
        return drawn
    }

    /// Renders `run` with the figures `drawFigures` drew, resolving `{{…}}` through `references`.
    public func render(_ run: LessonRun, drawn: [String: [GeneratedFigure]], references: InlineReference)
        throws(DiagnosticList) -> LessonOutput
    {
        var figures: [GeneratedFigure] = []
        var generated: [String: RegionContent] = [:]
        for result in run.results {
            let drawn = drawn[result.id] ?? []
            figures += drawn
            let report = ExperimentReport(result: result, figures: drawn.map(\.reference))
            generated[result.id] = report.content(
                figureDirectories: (figureDirectoryFromLesson, figureDirectoryFromSite))
        }
        let expectations = run.failedExpectations()
        do throws(DiagnosticList) {
            let spliced = try Splicer(run.document).splice(generated, references: references, force: force)
            guard expectations.isEmpty else { throw DiagnosticList(expectations) }
            return LessonOutput(spliced: spliced, figures: figures, regions: generated)
        } catch {
            throw DiagnosticList(
                LessonRun.sorted(expectations + error.diagnostics.filter { !expectations.contains($0) }))
        }
    }

    /// The outputs of a lesson whose experiments did not run again: its `document` already holds
    /// `regions` (a previous build wrote them), so splicing them changes no byte of the lesson
    /// and yields the site's Markdown with `references` resolved anew.
    public func reuse(
        _ document: LessonDocument, regions: [String: RegionContent], figures: [GeneratedFigure],
        references: InlineReference
    ) throws(DiagnosticList) -> LessonOutput {
        let spliced = try Splicer(document).splice(regions, references: references, force: force)
        return LessonOutput(spliced: spliced, figures: figures, regions: regions)
    }
}
