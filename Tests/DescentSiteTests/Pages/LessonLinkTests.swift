import Testing

@testable import DescentSite

@Suite struct LessonLinkTests {
    @Test func linksToLessonFilesPointAtTheirPages() throws {
        let lessons = [
            SiteLesson(
                slug: "01-walk",
                markdown: "# Walk\n\nNext: [stop](02-stop.md), [its rule](./02-stop.md#the-rule), "
                    + "[other](notes.md), [site](https://example.org/02-stop.md), ![fig](02-stop.md)\n"),
            SiteLesson(slug: "02-stop", markdown: "# Stop\n"),
        ]
        let page = try #require(Site(courseTitle: "c").files(for: lessons).first).contents
        #expect(page.contains("<a href=\"02-stop.html\">stop</a>"))
        #expect(page.contains("<a href=\"02-stop.html#the-rule\">its rule</a>"))
        #expect(page.contains("<a href=\"notes.md\">other</a>"))
        #expect(page.contains("<a href=\"https://example.org/02-stop.md\">site</a>"))
        #expect(page.contains("src=\"02-stop.md\""))
    }
}
