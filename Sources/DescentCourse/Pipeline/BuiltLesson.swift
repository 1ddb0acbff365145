import DescentLesson
import DescentSite

/// One lesson on its way through the pipeline: read, run (or reused from the build cache), then
/// spliced; the site page is rendered from it. One record per lesson, carried forward, so no
/// stage zips parallel arrays by index.
struct BuiltLesson {
    let file: LessonFile
    /// The lesson's title (its first heading), if it has one.
    let title: String?
    /// Whether the lesson lets raw HTML through (`<!-- descent: raw-html -->`).
    let allowsRawHTML: Bool
    /// The lesson's new text and the site's Markdown beside it.
    let spliced: SplicedLesson
    let figures: [GeneratedFigure]
    /// Each experiment's generated Markdown by id, as spliced.
    let regions: [String: RegionContent]
    /// Where each experiment id is written.
    let experiments: [CachedLesson.Experiment]
    /// The data files its blocks read, with their fingerprints.
    let dataFiles: [CachedLesson.DataFile]
    /// The value each of its own references (`{{…}}`) resolved to.
    let quotes: Quotes
    /// How it was built.
    let origin: Origin

    /// A lesson's quoted values: known (from its cache entry), or to be read from its new text
    /// when its cache entry is made (`LessonEntries`), which takes a parse of that text.
    enum Quotes {
        case known([String: String])
        /// Collected from the lesson's new text; the document is the one it was spliced from.
        case collect(from: LessonDocument)
    }

    /// Where a lesson's outputs came from.
    enum Origin: Equatable {
        /// Its experiments ran.
        case ran
        /// Its experiments' outputs came from the build cache and were spliced again, since a
        /// value it quotes changed.
        case respliced
        /// Everything came from the build cache: nothing it depends on changed.
        case stored
    }

    init(
        file: LessonFile, document: LessonDocument, output: LessonOutput, experiments: [CachedLesson.Experiment],
        dataFiles: [CachedLesson.DataFile], quotes: Quotes, origin: Origin
    ) {
        self.init(
            file: file, title: document.title, allowsRawHTML: document.options.allowsRawHTML, spliced: output.spliced,
            figures: output.figures, regions: output.regions,
            experiments: experiments, dataFiles: dataFiles, quotes: quotes, origin: origin)
    }

    init(
        file: LessonFile, title: String?, allowsRawHTML: Bool, spliced: SplicedLesson, figures: [GeneratedFigure],
        regions: [String: RegionContent], experiments: [CachedLesson.Experiment], dataFiles: [CachedLesson.DataFile],
        quotes: Quotes, origin: Origin
    ) {
        self.file = file
        self.title = title
        self.allowsRawHTML = allowsRawHTML
        self.spliced = spliced
        self.figures = figures
        self.regions = regions
        self.experiments = experiments
        self.dataFiles = dataFiles
        self.quotes = quotes
        self.origin = origin
    }

    /// The lesson file's path, as the user named it.
    var path: String { file.path }
    /// The page's name: the file name without `.md`.
    var slug: String { file.slug }
    /// Whether the outputs came from the build cache instead of running the experiments.
    var reused: Bool { origin != .ran }
    /// The lesson file's new text (identical to the old when nothing changed).
    var lessonText: String { spliced.lessonText }

    /// The lesson as the site sees it, with the size of each figure and its narrow drawing.
    var siteLesson: SiteLesson {
        var lesson = SiteLesson(
            slug: slug, markdown: spliced.siteMarkdown, allowsRawHTML: allowsRawHTML, sourcePath: path)
        lesson.images = Dictionary(
            figures.map { figure in
                let narrow = SiteImage.Variant(
                    source: "figures/" + figure.narrow.fileName, width: figure.narrow.width,
                    height: figure.narrow.height)
                return (
                    "figures/" + figure.reference.fileName,
                    SiteImage(
                        width: figure.width, height: figure.height, narrow: narrow,
                        replacement: figure.explore.map {
                            SiteImage.Replacement(html: $0.html, stylesheets: $0.stylesheets)
                        }
                    )
                )
            }, uniquingKeysWith: { first, _ in first })
        return lesson
    }
}
