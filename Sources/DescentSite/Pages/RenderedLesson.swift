import Foundation

/// A lesson rendered to HTML: its title and body, ready for the page template.
public struct RenderedLesson: Sendable, Equatable {
    public var slug: String
    /// Plain text of the lesson's first heading, or the slug when it has none.
    public var title: String
    /// The body HTML exactly as cmark renders the lesson.
    public var bodyHTML: String

    public init(slug: String, title: String, bodyHTML: String) {
        self.slug = slug
        self.title = title
        self.bodyHTML = bodyHTML
    }

    /// Renders `lesson` with cmark, taking its title from the first heading.
    public init(_ lesson: SiteLesson) {
        let document = MarkdownDocument(lesson.markdown, options: lesson.allowsRawHTML ? [.unsafe] : [])
        slug = lesson.slug
        title = Self.firstHeading(in: document) ?? lesson.slug
        bodyHTML = document.html()
    }

    private static func firstHeading(in document: MarkdownDocument) -> String? {
        var title: String?
        document.walk { node, entering in
            if title == nil, entering, node.kind == .heading { title = node.plainText }
        }
        return title.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
