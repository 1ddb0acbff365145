import DescentLesson
import DescentSite

/// One lesson on its way through the pipeline: read, run (or reused from the build cache), then
/// built (`LessonOutput`); the site page is rendered from it. One record per lesson, carried
/// forward, so no stage zips parallel arrays by index.
struct BuiltLesson {
    let file: LessonFile
    let document: LessonDocument
    let output: LessonOutput
    /// Where each experiment id is written.
    let experiments: [CachedLesson.Experiment]
    /// The data files its blocks read, with their fingerprints.
    let dataFiles: [CachedLesson.DataFile]
    /// Whether the outputs came from the build cache instead of running the experiments.
    let reused: Bool

    /// The lesson file's path, as the user named it.
    var path: String { file.path }
    /// The page's name: the file name without `.md`.
    var slug: String { file.slug }

    /// The lesson as the site sees it, with the size of each figure and its narrow drawing.
    var siteLesson: SiteLesson {
        var lesson = SiteLesson(
            slug: slug, markdown: output.siteMarkdown, allowsRawHTML: document.options.allowsRawHTML,
            sourcePath: path)
        lesson.images = Dictionary(
            output.figures.map { figure in
                let narrow = SiteImage.Variant(
                    source: "figures/" + figure.narrow.fileName, width: figure.narrow.width,
                    height: figure.narrow.height)
                return (
                    "figures/" + figure.reference.fileName,
                    SiteImage(width: figure.width, height: figure.height, narrow: narrow)
                )
            }, uniquingKeysWith: { first, _ in first })
        return lesson
    }
}
