import DescentText
import Testing

@testable import DescentLesson

/// `{{lesson:…}}` and `{{fig:…}}`: links whose text the build writes from the course's order.
@Suite struct CourseCatalogueTests {
    let catalogue = CourseCatalogue([
        ("00-welcome", "Welcome", []),
        ("01-walk", "Walking downhill", ["walk-path.svg", "walk-loss-log.svg"]),
        ("02-rate", "The learning rate", ["rate-sweep.svg"]),
    ])

    @Test func aLessonReferenceIsALinkNamedByTheLessonsNumberAndTitle() {
        #expect(
            catalogue.markdown(for: "lesson:02-rate", fromSlug: "00-welcome")
                == .success(
                    "[Lesson 3: The learning rate](02-rate.md)"))
        #expect(catalogue.lesson("01-walk")?.number == 2)
    }

    @Test func aFigureReferenceLinksToTheFiguresAnchorOnItsPage() {
        #expect(
            catalogue.markdown(for: "fig:walk-loss-log", fromSlug: "01-walk")
                == .success(
                    "[Figure 2.2](#figure-walk-loss-log)"))
        #expect(
            catalogue.markdown(for: "fig:rate-sweep", fromSlug: "01-walk")
                == .success(
                    "[Figure 3.1](02-rate.md#figure-rate-sweep)"))
        #expect(catalogue.text(for: "fig:walk-path", fromSlug: "01-walk") == .success("Figure 2.1"))
    }

    @Test func unknownNamesAreProblemsWithASuggestion() {
        #expect(
            catalogue.markdown(for: "lesson:02-rat", fromSlug: "01-walk")
                == .failure(
                    ReferenceProblem(
                        message: "unknown lesson '02-rat' in reference '{{lesson:02-rat}}'; did you mean '02-rate'?")))
        #expect(
            catalogue.markdown(for: "fig:walk-los-log", fromSlug: "01-walk")
                == .failure(
                    ReferenceProblem(
                        message:
                            "unknown figure 'walk-los-log' in reference '{{fig:walk-los-log}}'; did you mean 'walk-loss-log'?"
                    )))
        #expect(
            catalogue.markdown(for: "fig:nothing-like-it", fromSlug: "01-walk")
                == .failure(
                    ReferenceProblem(message: "unknown figure 'nothing-like-it' in reference '{{fig:nothing-like-it}}'")
                ))
        #expect(
            catalogue.markdown(for: "fg:walk-path", fromSlug: "01-walk")
                == .failure(
                    ReferenceProblem(
                        message:
                            "unknown reference kind 'fg' in '{{fg:walk-path}}'; kinds: lesson, fig; did you mean 'fig'?"
                    )))
    }

    @Test func onlyABodyWithAKindBeforeItsColonIsACatalogueReference() {
        #expect(CourseCatalogue.isCatalogueReference("lesson:01-walk"))
        #expect(CourseCatalogue.isCatalogueReference("fig:x"))
        #expect(!CourseCatalogue.isCatalogueReference("sweep.iterations"))
        #expect(!CourseCatalogue.isCatalogueReference("sweep[lr=1].label"))
        #expect(!CourseCatalogue.isCatalogueReference("sweep[schedule=a:b].label"))
        #expect(CourseCatalogue.slug(ofPath: "lessons/03-the-learning-rate.md") == "03-the-learning-rate")
    }

    @Test func theSplicerWritesTheLinkInTheSiteAndKeepsTheLessonAsWritten() throws {
        let text = "# Walk\n\nSee {{lesson:02-rate}} and {{ fig:walk-path }}.\n\n`{{fig:walk-path}}` is code.\n"
        var references = InlineReference(results: [:])
        references.catalogue = catalogue
        let spliced = try Splicer(LessonDocument(SourceText(path: "lessons/01-walk.md", text: text)))
            .splice([:], references: references)
        #expect(spliced.lessonText == text)
        #expect(
            spliced.siteMarkdown
                == "# Walk\n\nSee [Lesson 3: The learning rate](02-rate.md) and [Figure 2.1](#figure-walk-path).\n\n"
                + "`{{fig:walk-path}}` is code.\n")
    }

    @Test func insideAnHTMLBlockOnlyTheEscapedTextIsWritten() throws {
        let text = "<div>\nSee {{lesson:02-rate}}.\n</div>\n"
        var references = InlineReference(results: [:])
        references.catalogue = CourseCatalogue([("02-rate", "Rates & <steps>", [])])
        let spliced = try Splicer(LessonDocument(SourceText(path: "01-walk.md", text: text)))
            .splice([:], references: references)
        #expect(spliced.siteMarkdown == "<div>\nSee Lesson 1: Rates &amp; &lt;steps&gt;.\n</div>\n")
    }

    @Test func anUnknownReferenceIsAnErrorAtItsColumn() {
        let text = "# Walk\n\nAs {{lesson:02-rat}} shows.\n"
        var references = InlineReference(results: [:])
        references.catalogue = catalogue
        #expect(throws: DiagnosticList.self) {
            try Splicer(LessonDocument(SourceText(path: "01-walk.md", text: text))).splice([:], references: references)
        }
        do {
            _ = try Splicer(LessonDocument(SourceText(path: "01-walk.md", text: text))).splice(
                [:], references: references)
        } catch {
            #expect(
                error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
                    "3:4: unknown lesson '02-rat' in reference '{{lesson:02-rat}}'; did you mean '02-rate'?"
                ])
        }
    }

    @Test func aLessonsTitleIsItsFirstLevelOneHeadingOutsideCode() {
        let title = { (text: String) in LessonDocument(SourceText(path: "x.md", text: text)).title }
        #expect(title("# The learning rate\n\nText\n") == "The learning rate")
        #expect(title("```\n# not this\n```\n\n  # Closed ##\n") == "Closed")
        #expect(title("## Second level\n#hashtag\n") == nil)
        #expect(title("Text only\n") == nil)
    }
}
