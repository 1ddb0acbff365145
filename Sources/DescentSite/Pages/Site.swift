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

    public init(courseTitle: String) {
        template = PageTemplate(courseTitle: courseTitle)
    }

    /// Every file of the site. `all` is the whole course in order (for the index and the
    /// previous/next links); only the lessons whose slugs are in `selected` get a page
    /// (nil: every lesson).
    public func files(for all: [SiteLesson], selected: Set<String>? = nil) -> [SiteFile] {
        let pages = all.map(RenderedLesson.init)
        var files: [SiteFile] = []
        for (index, page) in pages.enumerated() where selected?.contains(page.slug) ?? true {
            let previous = index > 0 ? link(pages[index - 1]) : nil
            let next = index + 1 < pages.count ? link(pages[index + 1]) : nil
            files.append(SiteFile(path: all[index].fileName,
                                  contents: template.lessonPage(page, previous: previous, next: next)))
        }
        files.append(SiteFile(path: "index.html", contents: template.indexPage(pages)))
        files.append(SiteFile(path: "style.css", contents: Stylesheet.css))
        return files
    }

    private func link(_ page: RenderedLesson) -> PageTemplate.Link {
        PageTemplate.Link(href: page.slug + ".html", title: page.title)
    }
}
