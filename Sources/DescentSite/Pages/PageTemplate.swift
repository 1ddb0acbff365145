import DescentText

/// The HTML shell every page shares: head, header, a side column with the course's lessons and
/// the page's contents, previous/next links and footer around a lesson's body. All text it adds
/// is escaped; pages need no JavaScript.
public struct PageTemplate: Sendable {
    /// The course's title and description.
    public var settings: CourseSettings

    /// The course's name, shown in the header and in every `<title>`.
    public var courseTitle: String { settings.title }

    /// A template for a course titled `courseTitle`.
    public init(courseTitle: String) { settings = CourseSettings(title: courseTitle) }

    /// A template for a course with `settings`.
    public init(settings: CourseSettings) { self.settings = settings }

    /// A complete lesson page; `course` is every lesson in order, `lesson` among them. The page
    /// names the lesson by its number (`CourseNumbering`) above its heading and in its `<title>`.
    public func lessonPage(_ lesson: RenderedLesson, in course: [RenderedLesson]) -> String {
        let position = course.firstIndex { $0.slug == lesson.slug }
        let previous = position.flatMap { $0 > 0 ? course[$0 - 1] : nil }
        let next = position.flatMap { $0 + 1 < course.count ? course[$0 + 1] : nil }
        let number = CourseNumbering.lessonNumber(position: position ?? 0)
        let kicker = "<p class=\"lesson-number\">\(CourseNumbering.lessonName(number))</p>\n"
        return page(
            title: "\(CourseNumbering.lessonTitle(number, lesson.title)) · \(courseTitle)",
            body: [
                "<div class=\"layout\">\n", sidebar(course, current: lesson.slug, headings: lesson.headings),
                "<main id=\"content\">\n", "<article class=\"lesson\">\n", kicker, lesson.headerHTML, lesson.bodyHTML,
                "</article>\n", pager(previous: previous, next: next, in: course), "</main>\n", "</div>\n",
            ])
    }

    /// The index page: the course's title and description, then every lesson (`Lesson 4: The
    /// learning rate`) with its summary.
    public func indexPage(_ lessons: [RenderedLesson]) -> String {
        var list = "<ol class=\"lesson-list\">\n"
        for (position, lesson) in lessons.enumerated() {
            let title = CourseNumbering.lessonTitle(CourseNumbering.lessonNumber(position: position), lesson.title)
            list += "<li><a href=\"\(HTMLEscaping.escape(PageLink.href(slug: lesson.slug)))\">"
            list += "\(HTMLEscaping.escape(title))</a>"
            if !lesson.summaryHTML.isEmpty { list += "\n<p class=\"summary\">\(lesson.summaryHTML)</p>" }
            list += "</li>\n"
        }
        list += "</ol>\n"
        var main = "<main id=\"content\" class=\"index\">\n<h1>\(HTMLEscaping.escape(courseTitle))</h1>\n"
        if let description = settings.description {
            main += "<p class=\"course-description\">\(HTMLEscaping.escape(description))</p>\n"
        }
        main += list + "</main>\n"
        return page(title: courseTitle, body: ["<div class=\"layout layout-index\">\n", main, "</div>\n"])
    }

    /// The page around `body`, whose parts are copied once each into a buffer made large enough
    /// for all of them: a lesson's body is some 100 KB, which joining the parts with `+` and
    /// interpolation copied five times over.
    private func page(title: String, body: [String]) -> String {
        let head = pageHead(title: title)
        let foot =
            "<footer class=\"site-footer\">Built with Descent from the lessons in this course.</footer>\n</body>\n</html>\n"
        var html = ""
        html.reserveCapacity(body.reduce(head.utf8.count + foot.utf8.count) { $0 + $1.utf8.count })
        html += head
        for part in body { html += part }
        html += foot
        return html
    }

    private func pageHead(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="\(Self.generator)">
        <title>\(HTMLEscaping.escape(title))</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to the lesson</a>
        <header class="site-header"><a href="index.html">\(HTMLEscaping.escape(courseTitle))</a></header>

        """
    }

    /// The value of the generator `<meta>` that marks a page as ours (safe to replace or remove).
    public static let generator = "descent"
}
