import DescentText

/// Everything `Site.render(lessons:selected:)` produces: the files to write and the problems
/// found while rendering.
public struct SiteOutput: Sendable, Equatable {
    /// The site's files: the selected lessons' pages, `index.html` and `style.css`.
    public var files: [SiteFile]
    /// The rendering warnings of the selected lessons (today: formulas the math converter could
    /// not fully convert; the page still shows them, as `<merror>`), lesson by lesson in course
    /// order, each positioned in the Markdown the site was given (`SiteLesson.markdown`) and
    /// named by `SiteLesson.sourcePath`.
    public var warnings: [Diagnostic]
    /// Binary files every site carries (the math font and its licence, `MathFont`).
    public var assets: [SiteAsset]

    /// Creates an output.
    public init(files: [SiteFile], warnings: [Diagnostic], assets: [SiteAsset] = []) {
        self.files = files
        self.warnings = warnings
        self.assets = assets
    }
}
