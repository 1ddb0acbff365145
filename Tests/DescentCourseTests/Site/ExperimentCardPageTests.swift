import DescentLesson
import DescentSite
import Testing

@testable import DescentCourse

/// The experiment card as the course wires it into the site (`ExperimentCard+Site`).
@Suite struct ExperimentCardPageTests {
    func render(_ markdown: String) -> String {
        LessonRenderer.render(markdown, fencedBlocks: [ExperimentCard()]).html
    }

    @Test func descentBlockBecomesACardOnThePage() {
        let html = render("Text\n\n```descent lr-sweep\nlr: 0.3\n```\n")
        #expect(
            html.contains(
                "<section class=\"experiment\" id=\"experiment-lr-sweep\" aria-label=\"Experiment lr-sweep\">"))
        #expect(!html.contains("language-descent"))
    }

    @Test func otherBlocksStayCmarks() {
        for markdown in [
            "```descent\nlr: 1\n```\n", "```descent a b\nlr: 1\n```\n", "```python\nlr: 1\n```\n", "    lr: 1\n",
        ] {
            #expect(render(markdown) == MarkdownDocument(markdown).html(), "\(markdown)")
        }
    }

    @Test func cardIDsAreUniqueOnThePage() {
        let html = render("## Experiment a\n\n```descent a\n```\n\n```descent a\n```\n")
        #expect(html.contains("<h2 id=\"experiment-a\">"))
        #expect(html.contains("id=\"experiment-a-2\""))
        #expect(html.contains("id=\"experiment-a-3\""))
    }

    @Test func cardsRenderInSafeModeInsideLists() {
        let html = render("- item\n\n  ```descent x\n  lr: 1\n  ```\n")
        #expect(html.contains("<li>\n<p>item</p>\n<section class=\"experiment\""))
    }

    @Test func theSiteKnowsNoExperimentsWithoutTheCard() {
        let html = LessonRenderer.render("```descent x\nlr: 1\n```\n").html
        #expect(html == MarkdownDocument("```descent x\nlr: 1\n```\n").html())
        #expect(!Stylesheet.css().contains(".experiment"))
        #expect(Stylesheet.css(adding: [ExperimentCard().stylesheet]).contains(".experiment {"))
    }
}
