import DescentLesson
import DescentSite

/// One lesson on its way through the pipeline: read and run (`LessonRun`), then built
/// (`LessonOutput`); the site page is rendered from it. One record per lesson, carried forward,
/// so no stage zips parallel arrays by index.
struct BuiltLesson {
    let run: LessonRun
    let output: LessonOutput

    /// The lesson file's path, as the user named it.
    var path: String { run.document.source.path }
    /// The page's name: the file name without `.md`.
    var slug: String { FilePath.stem(FilePath.fileName(path)) }

    /// The lesson as the site sees it.
    var siteLesson: SiteLesson {
        SiteLesson(
            slug: slug, markdown: output.siteMarkdown, allowsRawHTML: run.document.options.allowsRawHTML,
            sourcePath: path)
    }
}
