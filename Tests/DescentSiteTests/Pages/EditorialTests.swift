import DescentText
import Testing

@testable import DescentSite

/// Lessons named by one number everywhere, figures with anchors, and real punctuation.
@Suite struct EditorialTests {
    let lessons = [
        SiteLesson(slug: "00-welcome", markdown: "# Welcome\n\nHi.\n"),
        SiteLesson(slug: "01-walk", markdown: "# Walking downhill\n\nText.\n"),
        SiteLesson(slug: "02-rate", markdown: "# The learning rate\n\nText.\n"),
    ]

    @Test func everyPlaceNamesALessonByTheSameNumber() {
        let files = Site(courseTitle: "GD").files(for: lessons)
        let page = files[1].contents
        #expect(page.contains("<title>Lesson 2: Walking downhill · GD</title>"))
        #expect(page.contains("<p class=\"lesson-number\">Lesson 2</p>\n<h1"))
        #expect(
            page.contains(
                "<a href=\"01-walk.html\" aria-current=\"page\"><span class=\"nav-number\">2</span> Walking downhill</a>"
            ))
        #expect(page.contains("<span class=\"pager-label\">Previous</span> Lesson 1: Welcome</a>"))
        #expect(page.contains("<span class=\"pager-label\">Next</span> Lesson 3: The learning rate</a>"))
        let index = files.first { $0.path == "index.html" }?.contents ?? ""
        #expect(index.contains("<a href=\"02-rate.html\">Lesson 3: The learning rate</a>"))
    }

    @Test func aFigureGetsAnAnchorFromItsImagesFileName() {
        let html = LessonRenderer.render("![Chart](figures/lr-sweep-loss.svg)\n*Figure 1.2: Loss.*\n").html
        #expect(html.hasPrefix("<figure id=\"figure-lr-sweep-loss\">\n<img src=\"figures/lr-sweep-loss.svg\""))
        let odd = LessonRenderer.render("![Chart](figures/a%20b.svg)\n*Caption.*\n").html
        #expect(odd.hasPrefix("<figure>\n"))
    }

    @Test func pagesGetCurlyQuotesAndDashesButCodeAndMathKeepTheirs() {
        let markdown = """
            # "Quoted" -- it's

            She said "stop" -- it's 1--2 --- done... `a -- "b"` and $x - -1$ and -3.

                code -- "kept"

            """
        let page = RenderedLesson(SiteLesson(slug: "a", markdown: markdown))
        #expect(page.title == "“Quoted” – it’s")
        #expect(page.bodyHTML.contains("She said “stop” – it’s 1–2 — done…"))
        #expect(page.bodyHTML.contains("<code>a -- &quot;b&quot;</code>"))
        #expect(page.bodyHTML.contains("and -3."))
        #expect(page.bodyHTML.contains("<pre><code>code -- &quot;kept&quot;\n</code></pre>"))
        #expect(!page.bodyHTML.contains("$x"))
        #expect(page.bodyHTML.contains("<math"))
    }
}
