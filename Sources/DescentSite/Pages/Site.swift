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
        let lessonPages = Dictionary(all.map { ($0.slug + ".md", $0.fileName) }, uniquingKeysWith: { a, _ in a })
        let pages = all.map { RenderedLesson($0, lessonPages: lessonPages, fencedBlocks: fencedBlocks) }
        var files: [SiteFile] = []
        var warnings: [Diagnostic] = []
        for (index, page) in pages.enumerated() where selected?.contains(page.slug) ?? true {
            files.append(SiteFile(path: all[index].fileName, contents: template.lessonPage(page, in: pages)))
            let source = SourceText(path: all[index].sourcePath, text: all[index].markdown)
            warnings += page.warnings.map { source.warning(line: $0.line, column: $0.column, $0.value) }
        }
        files.append(SiteFile(path: "index.html", contents: template.indexPage(pages)))
        files.append(SiteFile(path: "style.css", contents: Stylesheet.css(adding: fencedBlocks.map(\.stylesheet))))
        return SiteOutput(files: files, warnings: warnings)
    }
}
