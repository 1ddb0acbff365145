import DescentLesson
import DescentText
import Foundation
import Testing

@testable import DescentCourse

/// A lesson has one number — in the index, the navigation, its page's title, its figures'
/// names and every reference to it — and references to lessons and figures cannot drift.
@Suite struct LessonNumberingTests {
    static let walk = """
        # Walking downhill

        See {{lesson:05-rates}} and {{fig:sweep-loss}}; here, {{fig:walk-path}}.

        ```descent walk
        f(w) = w^2
        start: w = -3
        lr: 0.3
        steps: 5
        show: plot path
        ```

        """

    static let rates = """
        # Rates

        Back to {{lesson:02-walk}}.

        ```descent sweep
        f(w) = w^2
        start: w = -3
        lr: 0.1, 0.3
        steps: 5
        show: plot sweep, plot loss
        ```

        """

    private func site(_ plan: BuildPlan) -> [String: String] {
        Dictionary(
            plan.files.filter { $0.path.hasSuffix(".html") }.map {
                (FilePath.fileName($0.path), String(decoding: $0.contents, as: UTF8.self))
            }, uniquingKeysWith: { a, _ in a })
    }

    @Test func indexNavigationTitlesFiguresAndReferencesAgree() throws {
        let course = try TemporaryCourse(lessons: ["02-walk.md": Self.walk, "05-rates.md": Self.rates])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        let pages = site(try CourseBuilder(layout: layout).plan())
        let walk = try #require(pages["02-walk.html"])
        let rates = try #require(pages["05-rates.html"])
        let index = try #require(pages["index.html"])
        // Lesson numbers count the course's lessons, whatever their file names say.
        #expect(index.contains(">Lesson 1: Walking downhill</a>") && index.contains(">Lesson 2: Rates</a>"))
        for page in [walk, rates] {
            #expect(page.contains("<span class=\"nav-number\">1</span> Walking downhill</a>"))
            #expect(page.contains("<span class=\"nav-number\">2</span> Rates</a>"))
        }
        #expect(walk.contains("<title>Lesson 1: Walking downhill · "))
        #expect(rates.contains("<title>Lesson 2: Rates · "))
        // References carry the same numbers, and link to the page and the figure's anchor.
        #expect(walk.contains("<a href=\"05-rates.html\">Lesson 2: Rates</a>"))
        #expect(rates.contains("<a href=\"02-walk.html\">Lesson 1: Walking downhill</a>"))
        #expect(walk.contains("<a href=\"05-rates.html#figure-sweep-loss\">Figure 2.2</a>"))
        #expect(walk.contains("<a href=\"#figure-walk-path\">Figure 1.1</a>"))
        #expect(rates.contains("<figure id=\"figure-sweep-loss\">"))
        #expect(rates.contains("<figcaption>Figure 2.2: "))
        #expect(rates.contains("<figcaption>Figure 2.1: "))
    }

    @Test func aLessonInsertedBeforeOthersRenumbersThemThroughTheCache() throws {
        let course = try TemporaryCourse(lessons: ["02-walk.md": Self.walk, "05-rates.md": Self.rates])
        var layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        layout.cacheDirectory = course.root + "/cache"
        let first = try CourseBuilder(layout: layout).plan()
        _ = try PlanApplier.apply(first)
        try course.write("lessons/01-intro.md", "# Intro\n\nStart with {{lesson:02-walk}}.\n")
        let pages = site(try CourseBuilder(layout: layout).plan())
        #expect(pages["01-intro.html"]?.contains(">Lesson 2: Walking downhill</a>") == true)
        #expect(pages["05-rates.html"]?.contains("<figcaption>Figure 3.2: ") == true)
        #expect(pages["02-walk.html"]?.contains("<a href=\"05-rates.html#figure-sweep-loss\">Figure 3.2</a>") == true)
    }

    @Test func anUnknownLessonOrFigureIsALocatedErrorWithASuggestion() throws {
        let course = try TemporaryCourse(lessons: [
            "02-walk.md": Self.walk.replacingOccurrences(of: "{{fig:sweep-loss}}", with: "{{fig:sweep-los}}"),
            "05-rates.md": Self.rates.replacingOccurrences(of: "{{lesson:02-walk}}", with: "{{lesson:02-wlak}}"),
        ])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        do {
            _ = try CourseBuilder(layout: layout).plan()
            Issue.record("the build should fail")
        } catch {
            #expect(
                error.diagnostics.map { "\(FilePath.fileName($0.path)):\($0.line):\($0.column): \($0.message)" } == [
                    "02-walk.md:3:29: unknown figure 'sweep-los' in reference '{{fig:sweep-los}}'; did you mean 'sweep-loss'?",
                    "05-rates.md:3:9: unknown lesson '02-wlak' in reference '{{lesson:02-wlak}}'; did you mean '02-walk'?",
                ])
        }
    }
}
