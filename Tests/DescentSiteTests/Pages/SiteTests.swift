import DescentText
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
        #expect(page.contains("<title>Lesson 2: Walking downhill · GD</title>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"style.css\">"))
        #expect(page.contains("<a href=\"index.html\">GD</a>"))
        #expect(
            page.contains(
                "<a rel=\"prev\" href=\"00-welcome.html\"><span class=\"pager-label\">Previous</span> Lesson 1: Welcome</a>"
            ))
        #expect(
            page.contains(
                "<a rel=\"next\" href=\"02-none.html\"><span class=\"pager-label\">Next</span> Lesson 3: 02-none</a>"))
        #expect(page.contains("<h2 id=\"walking-downhill\">Walking <em>downhill</em></h2>"))
        #expect(!files[0].contents.contains("rel=\"prev\""))
        #expect(!files[2].contents.contains("rel=\"next\""))
    }

    @Test func indexListsEveryLessonInOrder() {
        let index = Site(courseTitle: "GD").files(for: lessons, selected: ["01-walk"])
        #expect(index.map(\.path) == ["01-walk.html", "index.html", "style.css"])
        let html = index[1].contents
        let welcome = html.range(of: "<a href=\"00-welcome.html\">Lesson 1: Welcome</a>")
        let walk = html.range(of: "<a href=\"01-walk.html\">Lesson 2: Walking downhill</a>")
        #expect(welcome != nil && walk != nil)
        if let welcome, let walk { #expect(welcome.lowerBound < walk.lowerBound) }
    }

    @Test func sidebarListsEveryLessonAndMarksTheCurrentOne() {
        let page = Site(courseTitle: "GD").files(for: lessons)[1].contents
        #expect(
            page.contains(
                "<li><a href=\"00-welcome.html\"><span class=\"nav-number\">1</span> Welcome</a></li>\n"
                    + "<li><a href=\"01-walk.html\" aria-current=\"page\"><span class=\"nav-number\">2</span> Walking downhill</a></li>\n"
                    + "<li><a href=\"02-none.html\"><span class=\"nav-number\">3</span> 02-none</a></li>"
            ))
        #expect(page.components(separatedBy: "aria-current").count == 2)
    }

    @Test func contentsListSitsInTheSidebarAfterTheLessons() {
        let lesson = SiteLesson(
            slug: "a", markdown: "# Title\n\nIntro.\n\n## One\n\n### Sub\n\n## Two [link](x.html)\n")
        let page = Site(courseTitle: "GD").files(for: [lesson])[0].contents
        #expect(
            page.contains(
                """
                </nav>
                <nav class="page-contents" id="contents" aria-label="On this page">
                <details>
                <summary>On this page</summary>
                <p class="nav-title" aria-hidden="true">On this page</p>
                <ol>
                <li><a href="#one">One</a></li>
                <li><a href="#two-link">Two link</a></li>
                </ol>
                </details>
                </nav>
                </div>
                <main id="content">
                <article class="lesson">
                <p class="lesson-number">Lesson 1</p>
                <h1>Title</h1>
                <p>Intro.</p>
                """))
        let none = Site(courseTitle: "GD").files(for: [SiteLesson(slug: "b", markdown: "# T\n\n### only h3\n")])[0]
            .contents
        #expect(!none.contains("page-contents"))
    }

    @Test func lessonsFoldIntoADisclosureMenu() {
        let page = Site(courseTitle: "GD").files(for: lessons)[1].contents
        #expect(
            page.contains(
                """
                <div class="layout">
                <div class="sidebar">
                <nav class="course-nav" aria-label="Lessons">
                <details>
                <summary>Lessons</summary>
                <p class="nav-title" aria-hidden="true">Lessons</p>
                <ol>
                <li><a href="00-welcome.html"><span class="nav-number">1</span> Welcome</a></li>
                """))
        #expect(!page.contains("<script"))
    }

    @Test func indexShowsSummariesAndTheCourseDescription() {
        let settings = CourseSettings(title: "GD", description: "All <about> descent.")
        let lesson = SiteLesson(slug: "a", markdown: "# A\n\nFirst sentence here with $w$. Second.\n")
        let index = Site(settings: settings).files(for: [lesson])[1].contents
        #expect(index.contains("<h1>GD</h1>\n<p class=\"course-description\">All &lt;about&gt; descent.</p>"))
        #expect(
            index.contains("<li><a href=\"a.html\">Lesson 1: A</a>\n<p class=\"summary\">First sentence here with "))
        #expect(index.contains("<math><semantics><mi>w</mi>"))
        #expect(index.contains("</math>.</span> Second.</p></li>"))
    }

    @Test func renderReportsWarningsOfSelectedLessons() {
        let all = [SiteLesson(slug: "a", markdown: "$\\foo$\n"), SiteLesson(slug: "b", markdown: "x\n\n$\\qux$\n")]
        let output = Site(courseTitle: "GD").render(lessons: all, selected: ["b"])
        #expect(output.files.map(\.path) == ["b.html", "index.html", "style.css"])
        #expect(
            output.warnings.map(\.description) == [
                #"b.md:3:2: warning: unknown command '\qux'"# + "\n    $\\qux$\n     ^"
            ])
        let named = SiteLesson(slug: "b", markdown: "x\n\n$\\qux$\n", sourcePath: "lessons/b.md")
        #expect(Site(courseTitle: "GD").render(lessons: [named]).warnings.map(\.path) == ["lessons/b.md"])
        #expect(Site(courseTitle: "GD").render(lessons: all).warnings.map(\.path) == ["a.md", "b.md"])
    }

    @Test func outputIsDeterministic() {
        let first = Site(courseTitle: "GD").files(for: lessons)
        #expect(first == Site(courseTitle: "GD").files(for: lessons))
    }

    @Test func generatedTextIsEscaped() {
        let hostile = SiteLesson(slug: "x", markdown: "# <script>alert(1)</script> & \"q\" `\"c\"`\n")
        let page = Site(courseTitle: "A<b>").files(for: [hostile])[0].contents
        // The title is the heading's text, smart quotes included (`"c"` is code, kept straight).
        let title = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; “q” &quot;c&quot;"
        #expect(page.contains("<title>Lesson 1: \(title) · A&lt;b&gt;</title>"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("aria-current=\"page\"><span class=\"nav-number\">1</span> \(title)</a>"))
        #expect(HTMLEscaping.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func mathEscapingKeepsPrimes() {
        #expect(HTMLEscaping.escape("f'(w) < \"a\" & b", apostrophes: false) == "f'(w) &lt; &quot;a&quot; &amp; b")
    }

    @Test func rawHTMLFollowsTheLessonsOptIn() {
        let off = Site(courseTitle: "c").files(for: [SiteLesson(slug: "a", markdown: "<b>x</b>\n")])[0]
        let on = Site(courseTitle: "c").files(for: [SiteLesson(slug: "a", markdown: "<b>x</b>\n", allowsRawHTML: true)]
        )[0]
        #expect(off.contents.contains("<!-- raw HTML omitted -->x"))
        #expect(on.contents.contains("<b>x</b>"))
    }
}

@Suite struct PageLinkTests {
    @Test func pageLinksArePercentEncoded() {
        #expect(PageLink.href(slug: "01-walk") == "01-walk.html")
        #expect(PageLink.href(slug: "javascript:alert(1)") == "javascript%3Aalert%281%29.html")
        #expect(PageLink.href(slug: "a b#c?d") == "a%20b%23c%3Fd.html")
        #expect(PageLink.href(slug: "η") == "%CE%B7.html")
        let page = Site(courseTitle: "T").files(for: [SiteLesson(slug: "x:y", markdown: "# X\n")])[0].contents
        #expect(page.contains("href=\"x%3Ay.html\""))
        #expect(!page.contains("href=\"x:y"))
    }

    @Test func replacementRulesReachTheStylesheetSharedRulesOnce() {
        func lesson(_ slug: String, _ figures: [String]) -> SiteLesson {
            var lesson = SiteLesson(slug: slug, markdown: "x\n")
            for figure in figures {
                let replacement = SiteImage.Replacement(
                    html: "<div></div>", stylesheets: [".shared{}\n", "#\(figure){}\n"])
                lesson.images[figure + ".svg"] = SiteImage(width: 1, height: 1, replacement: replacement)
            }
            return lesson
        }
        let css = Site(courseTitle: "GD").files(for: [lesson("a", ["b", "a"]), lesson("b", ["c"])]).last!.contents
        #expect(css.contains(".shared{}\n#a{}\n#b{}\n#c{}\n"))
        #expect(css.components(separatedBy: ".shared{}").count == 2)
        let plain = Site(courseTitle: "GD").files(for: [lesson("a", [])]).last!.contents
        #expect(!plain.contains(".shared"))
    }

    @Test func stylesheetSizesNarrowFigureVariantsOncePerSize() {
        func lesson(_ slug: String, _ narrow: [(Int, Int)]) -> SiteLesson {
            var lesson = SiteLesson(slug: slug, markdown: "x\n")
            for (index, size) in narrow.enumerated() {
                let variant = SiteImage.Variant(source: "n\(index).svg", width: size.0, height: size.1)
                lesson.images["f\(index).svg"] = SiteImage(width: 720, height: 400, narrow: variant)
            }
            return lesson
        }
        let css = Site(courseTitle: "GD").files(for: [
            lesson("a", [(360, 320), (300, 200)]), lesson("b", [(360, 320)]),
        ])
        .last!.contents
        #expect(
            css.contains(
                """
                @media (max-width: 40rem) {
                  img.narrow-300x200 { width: 300px; aspect-ratio: 300 / 200; }
                  img.narrow-360x320 { width: 360px; aspect-ratio: 360 / 320; }
                }
                """))
        let plain = Site(courseTitle: "GD").files(for: [lesson("a", [])]).last!.contents
        #expect(!plain.contains("img.narrow-"))
    }
}
