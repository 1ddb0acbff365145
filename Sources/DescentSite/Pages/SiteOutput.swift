/// Everything `Site.render(lessons:selected:)` produces: the files to write and the problems
/// found while rendering, per lesson.
public struct SiteOutput: Sendable, Equatable {
    /// The site's files: the selected lessons' pages, `index.html` and `style.css`.
    public var files: [SiteFile]
    /// The rendering warnings of the selected lessons, lesson by lesson in course order, each
    /// in source order.
    public var warnings: [SiteWarning]

    /// Creates an output.
    public init(files: [SiteFile], warnings: [SiteWarning]) {
        self.files = files
        self.warnings = warnings
    }
}

/// A rendering warning in one lesson (today: a formula the math converter could not fully
/// convert; the page still shows it, as an `<merror>`).
public struct SiteWarning: Sendable, Hashable, CustomStringConvertible {
    /// The lesson's slug (`SiteLesson.slug`).
    public var slug: String
    /// The warning, positioned in the lesson's Markdown.
    public var warning: MathSourceWarning

    /// Creates a warning.
    public init(slug: String, warning: MathSourceWarning) {
        self.slug = slug
        self.warning = warning
    }

    /// `slug:line:column: warning: message`.
    public var description: String { warning.formatted(path: slug) }

    /// `path:line:column: warning: message`, given the lesson file's path.
    public func formatted(path: String) -> String { warning.formatted(path: path) }
}
