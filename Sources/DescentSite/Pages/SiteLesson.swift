/// One lesson as the site sees it: a slug and finished Markdown, nothing about experiments.
public struct SiteLesson: Sendable, Equatable {
    /// The page's file name without extension, e.g. `01-walking-downhill`.
    public var slug: String
    /// The Markdown to render (results already spliced in, generated markers already removed).
    public var markdown: String
    /// Whether raw HTML in the lesson is kept (the lesson opted in) or omitted as cmark does.
    public var allowsRawHTML: Bool
    /// The path warnings name (the lesson file); `slug.md` unless given.
    public var sourcePath: String
    /// The size (and narrow variant) of images the Markdown shows, by URL as written; images
    /// not listed are shown as cmark writes them.
    public var images: [String: SiteImage] = [:]

    public init(slug: String, markdown: String, allowsRawHTML: Bool = false, sourcePath: String? = nil) {
        self.slug = slug
        self.markdown = markdown
        self.allowsRawHTML = allowsRawHTML
        self.sourcePath = sourcePath ?? slug + ".md"
    }

    /// The page's file name inside the site.
    public var fileName: String { slug + ".html" }
}
