import DescentText

extension PageTemplate {
    /// The side column of a lesson page: the course's lessons, then the page's contents. Each
    /// sits in a `<details>` whose summary opens it on narrow screens; on wide screens the
    /// stylesheet hides the summaries and shows every list, in a column that stays in view.
    func sidebar(_ course: [RenderedLesson], current: String, headings: [LessonHeading]) -> String {
        "<div class=\"sidebar\">\n\(lessonList(course, current: current))\(contentsList(headings))</div>\n"
    }

    /// Every lesson with its number, the current one marked with `aria-current="page"`.
    func lessonList(_ course: [RenderedLesson], current: String) -> String {
        var items = ""
        for (position, lesson) in course.enumerated() {
            let marker = lesson.slug == current ? " aria-current=\"page\"" : ""
            let number = CourseNumbering.lessonNumber(position: position)
            items += "<li><a href=\"\(HTMLEscaping.escape(PageLink.href(slug: lesson.slug)))\"\(marker)>"
            items += "<span class=\"nav-number\">\(number)</span> \(HTMLEscaping.escape(lesson.title))</a></li>\n"
        }
        return disclosure(navClass: "course-nav", id: nil, title: "Lessons", items: items)
    }

    /// The in-page contents: a link to each `##` heading; empty when the lesson has none.
    func contentsList(_ headings: [LessonHeading]) -> String {
        let sections = headings.filter { $0.level == 2 }
        guard !sections.isEmpty else { return "" }
        var items = ""
        for heading in sections {
            items += "<li><a href=\"#\(HTMLEscaping.escape(heading.anchor))\">\(heading.html)</a></li>\n"
        }
        return disclosure(navClass: "page-contents", id: "contents", title: "On this page", items: items)
    }

    /// A `<nav>` named `title`, its list inside a `<details>`: the summary is the control on
    /// narrow screens, the `nav-title` paragraph the heading on wide ones (the stylesheet shows
    /// one of them). The name is an `aria-label`, not a reference to either: text inside a
    /// closed `<details>` is not rendered, and Chromium then computes an empty name from it.
    private func disclosure(navClass: String, id: String?, title: String, items: String) -> String {
        let idAttribute = id.map { " id=\"\($0)\"" } ?? ""
        var html = "<nav class=\"\(navClass)\"\(idAttribute) aria-label=\"\(title)\">\n<details>\n"
        html += "<summary>\(title)</summary>\n<p class=\"nav-title\" aria-hidden=\"true\">\(title)</p>\n<ol>\n"
        return html + items + "</ol>\n</details>\n</nav>\n"
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
