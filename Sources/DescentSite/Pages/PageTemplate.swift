/// The HTML shell every page shares: head, header, navigation and footer around a body.
public struct PageTemplate: Sendable {
    /// The course's name, shown in the header and in every `<title>`.
    public var courseTitle: String

    public init(courseTitle: String) { self.courseTitle = courseTitle }

    /// A link to a neighbouring page.
    public struct Link: Sendable, Equatable {
        public var href: String
        public var title: String
        public init(href: String, title: String) {
            self.href = href
            self.title = title
        }
    }

    /// A complete lesson page with links to the lessons before and after it.
    public func lessonPage(_ lesson: RenderedLesson, previous: Link?, next: Link?) -> String {
        let navigation = pager(previous: previous, next: next)
        let main = "<main>\n<article class=\"lesson\">\n\(lesson.bodyHTML)</article>\n\(navigation)</main>\n"
        return page(title: "\(lesson.title) · \(courseTitle)", main: main)
    }

    /// The index page listing every lesson in order.
    public func indexPage(_ lessons: [RenderedLesson]) -> String {
        var list = "<ol class=\"lesson-list\">\n"
        for lesson in lessons {
            list += "<li><a href=\"\(HTMLEscaping.escape(lesson.slug)).html\">"
            list += "\(HTMLEscaping.escape(lesson.title))</a></li>\n"
        }
        list += "</ol>\n"
        let main = "<main>\n<h1>\(HTMLEscaping.escape(courseTitle))</h1>\n\(list)</main>\n"
        return page(title: courseTitle, main: main)
    }

    private func page(title: String, main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(Self.generator)">
        <title>\(HTMLEscaping.escape(title))</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <header class="site-header"><a href="index.html">\(HTMLEscaping.escape(courseTitle))</a></header>
        \(main)<footer class="site-footer">Built with Descent from the lessons in this course.</footer>
        </body>
        </html>

        """
    }

    private func pager(previous: Link?, next: Link?) -> String {
        guard previous != nil || next != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Lessons\">\n"
        if let previous {
            html += "<a rel=\"prev\" href=\"\(HTMLEscaping.escape(previous.href))\">← "
            html += "\(HTMLEscaping.escape(previous.title))</a>\n"
        }
        if let next {
            html += "<a rel=\"next\" href=\"\(HTMLEscaping.escape(next.href))\">"
            html += "\(HTMLEscaping.escape(next.title)) →</a>\n"
        }
        return html + "</nav>\n"
    }

    /// The value of the generator `<meta>` that marks a page as ours (safe to replace or remove).
    public static let generator = "descent"
}
