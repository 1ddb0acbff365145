import DescentText

/// A lesson rendered to HTML: its title, body and what the page template and index need.
public struct RenderedLesson: Sendable, Equatable {
    /// The page's file name without extension.
    public var slug: String
    /// Plain text of the lesson's first heading, or the slug when it has none.
    public var title: String
    /// The leading `<h1>` (empty when the lesson does not start with one), which opens the
    /// page's article.
    public var headerHTML: String
    /// The rest of the lesson's HTML (`LessonRenderer`).
    public var bodyHTML: String
    /// The `##`/`###` headings with their anchors.
    public var headings: [LessonHeading]
    /// The index page's summary (`LessonSummary`), as HTML with MathML formulas.
    public var summaryHTML: String
    /// Problems in the lesson's formulas, positioned in its Markdown.
    public var warnings: [Located<String>]

    /// A lesson rendered elsewhere: a title and a finished body, no contents or summary.
    public init(slug: String, title: String, bodyHTML: String) {
        self.slug = slug
        self.title = title
        headerHTML = ""
        self.bodyHTML = bodyHTML
        headings = []
        summaryHTML = ""
        warnings = []
    }

    /// Renders `lesson` (`LessonRenderer`) with smart punctuation (curly quotes, en and em
    /// dashes, ellipses — cmark leaves code spans, code blocks and the formulas, which are taken
    /// out before it parses, as written), taking its title from the first heading; links to
    /// the lesson files in `lessonPages` become links to their pages; `fencedBlocks` render the
    /// fenced code blocks they handle.
    public init(
        _ lesson: SiteLesson, lessonPages: [String: String] = [:],
        fencedBlocks: [any FencedBlockRenderer] = []
    ) {
        let body = LessonRenderer.render(
            lesson.markdown, options: lesson.allowsRawHTML ? [.smart, .unsafe] : [.smart],
            lessonPages: lessonPages, fencedBlocks: fencedBlocks, images: lesson.images)
        slug = lesson.slug
        title = body.title ?? lesson.slug
        headerHTML = body.headerHTML
        bodyHTML = body.html
        headings = body.headings
        summaryHTML = body.summaryHTML
        warnings = body.warnings
    }
}
