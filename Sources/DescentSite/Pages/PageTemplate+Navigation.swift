import DescentText

extension PageTemplate {
    /// The sidebar listing every lesson with its number, the current one marked with
    /// `aria-current="page"`.
    func lessonList(_ course: [RenderedLesson], current: String) -> String {
        var html = "<nav class=\"course-nav\" aria-labelledby=\"lessons-title\">\n"
        html += "<p class=\"nav-title\" id=\"lessons-title\">Lessons</p>\n<ol>\n"
        for (position, lesson) in course.enumerated() {
            let marker = lesson.slug == current ? " aria-current=\"page\"" : ""
            let number = CourseNumbering.lessonNumber(position: position)
            html += "<li><a href=\"\(HTMLEscaping.escape(PageLink.href(slug: lesson.slug)))\"\(marker)>"
            html += "<span class=\"nav-number\">\(number)</span> \(HTMLEscaping.escape(lesson.title))</a></li>\n"
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
    func pager(previous: RenderedLesson?, next: RenderedLesson?, in course: [RenderedLesson]) -> String {
        guard previous != nil || next != nil else { return "" }
        let title = { (lesson: RenderedLesson) -> String in
            let position = course.firstIndex { $0.slug == lesson.slug } ?? 0
            return HTMLEscaping.escape(
                CourseNumbering.lessonTitle(CourseNumbering.lessonNumber(position: position), lesson.title))
        }
        var html = "<nav class=\"pager\" aria-label=\"Previous and next lesson\">\n"
        if let previous {
            html += "<a rel=\"prev\" href=\"\(HTMLEscaping.escape(PageLink.href(slug: previous.slug)))\">"
            html += "<span class=\"pager-label\">Previous</span> \(title(previous))</a>\n"
        }
        if let next {
            html += "<a rel=\"next\" href=\"\(HTMLEscaping.escape(PageLink.href(slug: next.slug)))\">"
            html += "<span class=\"pager-label\">Next</span> \(title(next))</a>\n"
        }
        return html + "</nav>\n"
    }
}
