import DescentText

/// A file of the rendered site: a path relative to the output directory and its contents.
public struct SiteFile: Sendable, Equatable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Renders lessons into a static site: one page per lesson, an index and a stylesheet.
public struct Site: Sendable {
    public var template: PageTemplate
    /// Renderers for fenced code blocks by info word (`FencedBlockRenderer`); none by default.
    public var fencedBlocks: [any FencedBlockRenderer] = []

    /// A site titled `courseTitle`, without a course description.
    public init(courseTitle: String) {
        template = PageTemplate(settings: CourseSettings(title: courseTitle))
    }

    /// A site with the settings of `lessons/course.toml` (`CourseSettings(parsing:)`).
    public init(settings: CourseSettings) {
        template = PageTemplate(settings: settings)
    }

    /// Every file of the site. `all` is the whole course in order (for the index, the lesson
    /// list and the previous/next links); only the lessons whose slugs are in `selected` get a
    /// page (nil: every lesson).
    public func files(for all: [SiteLesson], selected: Set<String>? = nil) -> [SiteFile] {
        render(lessons: all, selected: selected).files
    }

    /// The site's files and the warnings of the lessons that get a page.
    public func render(lessons all: [SiteLesson], selected: Set<String>? = nil) -> SiteOutput {
        let links = Self.lessonPages(all)
        return render(
            lessons: all, pages: ParallelWork.map(all) { renderLesson($0, lessonPages: links) }, selected: selected)
    }

    /// Links from a lesson's Markdown file name (`02-when-to-stop.md`) to its page, for `all`.
    public static func lessonPages(_ all: [SiteLesson]) -> [String: String] {
        Dictionary(all.map { ($0.slug + ".md", $0.fileName) }, uniquingKeysWith: { a, _ in a })
    }

    /// One lesson rendered — cmark, math, tables, fenced blocks: the costly part of a page, and
    /// a function of `lesson`, `lessonPages` and this site's renderers only, so a caller may keep
    /// it between builds.
    public func renderLesson(_ lesson: SiteLesson, lessonPages: [String: String]) -> RenderedLesson {
        RenderedLesson(lesson, lessonPages: lessonPages, fencedBlocks: fencedBlocks)
    }

    /// The site's files from lessons already rendered (`pages[i]` is `all[i]` rendered), with
    /// `assets` (`MathFont.files`, decoded now when not given).
    public func render(
        lessons all: [SiteLesson], pages: [RenderedLesson], selected: Set<String>?, assets: [SiteAsset]? = nil
    ) -> SiteOutput {
        let chosen = pages.indices.filter { selected?.contains(pages[$0].slug) ?? true }
        var files = ParallelWork.map(chosen) { index in
            SiteFile(path: all[index].fileName, contents: template.lessonPage(pages[index], in: pages))
        }
        var warnings: [Diagnostic] = []
        // A lesson's lines are split only when it has warnings to place.
        for index in chosen where !pages[index].warnings.isEmpty {
            let source = SourceText(path: all[index].sourcePath, text: all[index].markdown)
            warnings += pages[index].warnings.map { source.warning(line: $0.line, column: $0.column, $0.value) }
        }
        files.append(SiteFile(path: "index.html", contents: template.indexPage(pages)))
        let imageRules = SiteImage.Variant.stylesheet(all.flatMap { $0.images.values.compactMap(\.narrow) })
        let replacements = SiteImage.Replacement.stylesheet(
            all.flatMap { lesson in lesson.images.keys.sorted().compactMap { lesson.images[$0]?.replacement } })
        let additions = fencedBlocks.map(\.stylesheet) + [imageRules, replacements]
        files.append(SiteFile(path: "style.css", contents: Stylesheet.css(adding: additions)))
        return SiteOutput(files: files, warnings: warnings, assets: assets ?? MathFont.files)
    }
}
