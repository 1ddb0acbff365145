import Testing
@testable import DescentSite

@Suite struct SiteTests {
    let lessons = [
        SiteLesson(slug: "00-welcome", markdown: "# Welcome\n\nHi.\n"),
        SiteLesson(slug: "01-walk", markdown: "Intro\n\n## Walking *downhill*\n"),
        SiteLesson(slug: "02-none", markdown: "no heading\n"),
    ]

    @Test func pagesHaveAHeadTitleStylesheetAndNavigation() throws {
        let files = Site(courseTitle: "GD").files(for: lessons)
        #expect(files.map(\.path) == ["00-welcome.html", "01-walk.html", "02-none.html", "index.html", "style.css"])
        let page = files[1].contents
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<title>Walking downhill · GD</title>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"style.css\">"))
        #expect(page.contains("<a href=\"index.html\">GD</a>"))
        #expect(page.contains("<a rel=\"prev\" href=\"00-welcome.html\">← Welcome</a>"))
        #expect(page.contains("<a rel=\"next\" href=\"02-none.html\">02-none →</a>"))
        #expect(page.contains("<h2>Walking <em>downhill</em></h2>"))
        #expect(!files[0].contents.contains("rel=\"prev\""))
        #expect(!files[2].contents.contains("rel=\"next\""))
    }

    @Test func indexListsEveryLessonInOrder() {
        let index = Site(courseTitle: "GD").files(for: lessons, selected: ["01-walk"])
        #expect(index.map(\.path) == ["01-walk.html", "index.html", "style.css"])
        let html = index[1].contents
        let welcome = html.range(of: "<a href=\"00-welcome.html\">Welcome</a>")
        let walk = html.range(of: "<a href=\"01-walk.html\">Walking downhill</a>")
        #expect(welcome != nil && walk != nil)
        #expect(welcome!.lowerBound < walk!.lowerBound)
    }

    @Test func generatedTextIsEscaped() {
        let hostile = SiteLesson(slug: "x", markdown: "# <script>alert(1)</script> & \"q\"\n")
        let page = Site(courseTitle: "A<b>").files(for: [hostile])[0].contents
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; · A&lt;b&gt;</title>"))
        #expect(!page.contains("<script>"))
        #expect(HTMLEscaping.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func rawHTMLFollowsTheLessonsOptIn() {
        let off = Site(courseTitle: "c").files(for: [SiteLesson(slug: "a", markdown: "<b>x</b>\n")])[0]
        let on = Site(courseTitle: "c").files(for: [SiteLesson(slug: "a", markdown: "<b>x</b>\n", allowsRawHTML: true)])[0]
        #expect(off.contents.contains("<!-- raw HTML omitted -->x"))
        #expect(on.contents.contains("<b>x</b>"))
    }
}
