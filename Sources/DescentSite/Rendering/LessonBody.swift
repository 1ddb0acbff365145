import DescentText

/// A lesson's Markdown rendered by `LessonRenderer`: the HTML and what the page template needs
/// to know about it.
public struct LessonBody: Sendable, Hashable {
    /// The plain text of the first heading (formulas as TeX source), nil if there is none.
    public let title: String?
    /// The leading `<h1>…</h1>` when the lesson starts with a level-1 heading, else empty;
    /// `headerHTML + html` is the whole lesson.
    public let headerHTML: String
    /// The rest of the lesson's HTML.
    public let html: String
    /// The `##` and `###` headings in order, with their anchors.
    public let headings: [LessonHeading]
    /// The summary for the index page (`LessonSummary`'s rule), as HTML with MathML formulas.
    public let summaryHTML: String
    /// Problems in the lesson's formulas, in source order.
    public let warnings: [Located<String>]

    /// Creates a rendered body.
    public init(
        title: String?, headerHTML: String, html: String, headings: [LessonHeading],
        summaryHTML: String, warnings: [Located<String>]
    ) {
        self.title = title
        self.headerHTML = headerHTML
        self.html = html
        self.headings = headings
        self.summaryHTML = summaryHTML
        self.warnings = warnings
    }
}
