import DescentText

extension PageTemplate {
    /// The sidebar listing every lesson, the current one marked with `aria-current="page"`.
    func lessonList(_ course: [RenderedLesson], current: String) -> String {
        var html = "<nav class=\"course-nav\" aria-labelledby=\"lessons-title\">\n"
        html += "<p class=\"nav-title\" id=\"lessons-title\">Lessons</p>\n<ol>\n"
        for lesson in course {
            let marker = lesson.slug == current ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(HTMLEscaping.escape(PageLink.href(slug: lesson.slug)))\"\(marker)>"
            html += "\(HTMLEscaping.escape(lesson.title))</a></li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    /// The in-page contents: a link to each `##` heading; empty when the lesson has none.
    func contentsList(_ headings: [LessonHeading]) -> String {
        let sections = headings.filter { $0.level == 2 }
        guard !sections.isEmpty else { return "" }
        var html = "<nav class=\"page-contents\" id=\"contents\" aria-labelledby=\"contents-title\">\n"
        html += "<p class=\"nav-title\" id=\"contents-title\">On this page</p>\n<ol>\n"
        for heading in sections {
            html += "<li><a href=\"#\(HTMLEscaping.escape(heading.anchor))\">\(heading.html)</a></li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    /// Links to the lessons before and after the current one; empty when there are none.
    func pager(previous: RenderedLesson?, next: RenderedLesson?) -> String {
        guard previous != nil || next != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Previous and next lesson\">\n"
        if let previous {
            html += "<a rel=\"prev\" href=\"\(HTMLEscaping.escape(PageLink.href(slug: previous.slug)))\">"
            html += "<span class=\"pager-label\">Previous</span> \(HTMLEscaping.escape(previous.title))</a>\n"
        }
        if let next {
            html += "<a rel=\"next\" href=\"\(HTMLEscaping.escape(PageLink.href(slug: next.slug)))\">"
            html += "<span class=\"pager-label\">Next</span> \(HTMLEscaping.escape(next.title))</a>\n"
        }
        return html + "</nav>\n"
    }
}
