import DescentText
import Testing

@testable import DescentSite

@Suite struct LessonRendererTests {
    @Test func headingsGetUniqueStableAnchors() {
        let body = LessonRenderer.render(
            "# Title\n\n## Step size\n\n## Step size\n\n### Step size 2\n\n## Step *size*!\n\n## ???\n\n## Minimising $w^2$\n"
        )
        #expect(
            body.headings.map(\.anchor) == [
                "step-size", "step-size-2", "step-size-2-2", "step-size-3", "section", "minimising-w-2",
            ])
        #expect(body.headings.map(\.level) == [2, 2, 3, 2, 2, 2])
        #expect(body.html.hasPrefix("<h2 id=\"step-size\">Step size</h2>\n<h2 id=\"step-size-2\">"))
        #expect(body.headings[5].text == "Minimising $w^2$")
        #expect(body.headings[5].html == "Minimising " + MathConverter.convert("w^2", display: false).mathml)
        #expect(Anchors.slug("Learning rate η = 0.1") == "learning-rate-η-0-1")
        #expect(Anchors.slug("contents") == "contents")
        var anchors = Anchors()
        #expect(anchors.claim("Contents") == "contents-2")
    }

    @Test func contentsEntriesHaveNoNestedLinks() {
        let body = LessonRenderer.render("## See [the docs](d.html) `now`\n")
        #expect(body.headings[0].html == "See the docs <code>now</code>")
        #expect(body.html == "<h2 id=\"see-the-docs-now\">See <a href=\"d.html\">the docs</a> <code>now</code></h2>\n")
    }

    @Test func leadingTitleIsKeptApart() {
        let body = LessonRenderer.render("# Walking *downhill*\n\nText.\n")
        #expect(body.title == "Walking downhill")
        #expect(body.headerHTML == "<h1>Walking <em>downhill</em></h1>\n")
        #expect(body.html == "<p>Text.</p>\n")
        let late = LessonRenderer.render("Intro\n\n# Late\n")
        #expect(late.headerHTML == "")
        #expect(late.title == "Late")
        #expect(late.html == "<p>Intro</p>\n<h1>Late</h1>\n")
    }

    @Test func summaryIsWholeSentencesOfTheFirstParagraphAfterTheTitle() {
        #expect(
            LessonRenderer.render("# T\n\nIt *walks* downhill. Then more.\n").summaryHTML
                == "It <em>walks</em> downhill. Then more.")
        #expect(LessonRenderer.render("# T\n\n| a |\n|---|\n\nReal.\n").summaryHTML == "Real.")
        #expect(LessonRenderer.render("# T\n\n## Only headings\n").summaryHTML == "")
        let skipped = LessonRenderer.render("Before.\n\n# T\n\n![x](p.svg)\n\nAfter it, e.g. this, no stop\n")
        #expect(skipped.summaryHTML == "After it, e.g. this, no stop")
    }

    @Test func summaryShowsFormulasAsMathML() {
        let body = LessonRenderer.render("# T\n\nWe model $p(y = 1 \\mid x)$ here.\n")
        #expect(body.summaryHTML.hasPrefix("We model <math><semantics><mrow><mi>p</mi>"))
        #expect(body.summaryHTML.hasSuffix("</math> here."))
        #expect(!body.summaryHTML.contains("$"))
    }

    @Test func summaryKeepsWholeSentencesUpToTheLimit() {
        let sentence = String(repeating: "word ", count: 30) + "end."
        let three = LessonSummary.summary(ofParagraphHTML: [sentence, sentence, sentence].joined(separator: " "))
        #expect(three == sentence)
        let long = String(repeating: "word ", count: 60) + "end. Next."
        #expect(LessonSummary.summary(ofParagraphHTML: long) == String(repeating: "word ", count: 60) + "end.")
        #expect(
            LessonSummary.summary(ofParagraphHTML: "Rates differ:\n  some,  diverge") == "Rates differ: some, diverge")
        #expect(LessonSummary.summary(ofParagraphHTML: "A <em>b. c</em> d. E.") == "A <em>b. c</em> d. E.")
        let cut = LessonSummary.summary(ofParagraphHTML: "A <em>b. c</em> d. " + long)
        #expect(cut == "A <em>b. c</em> d.")
    }

    @Test func figureParagraphBecomesAFigure() {
        let markdown = "![Loss for $\\eta$ < 1](figures/a.svg)\n*Figure: loss per **iteration**.*\n"
        #expect(
            LessonRenderer.render(markdown).html == """
                <figure id="figure-a">
                <img src="figures/a.svg" alt="Loss for $\\eta$ &lt; 1" />
                <figcaption>Figure: loss per <strong>iteration</strong>.</figcaption>
                </figure>

                """)
    }

    @Test func aKnownFigureGetsItsSizeAndItsNarrowVariant() {
        let markdown = "![Loss](figures/a.svg)\n*Figure: loss.*\n\n![Path](figures/b.svg)\n*Figure: path.*\n"
        let narrow = SiteImage.Variant(source: "figures/a-narrow.svg", width: 360, height: 320)
        let images = [
            "figures/a.svg": SiteImage(width: 720, height: 400, narrow: narrow),
            "figures/b.svg": SiteImage(width: 480, height: 300),
        ]
        #expect(
            LessonRenderer.render(markdown, images: images).html == """
                <figure id="figure-a">
                <picture><source media="(max-width: 40rem)" srcset="figures/a-narrow.svg" />\
                <img src="figures/a.svg" alt="Loss" width="720" height="400" class="narrow-360x320" /></picture>
                <figcaption>Figure: loss.</figcaption>
                </figure>
                <figure id="figure-b">
                <img src="figures/b.svg" alt="Path" width="480" height="300" />
                <figcaption>Figure: path.</figcaption>
                </figure>

                """)
        #expect(LessonRenderer.render(markdown).html.contains("<img src=\"figures/a.svg\" alt=\"Loss\" />"))
    }

    @Test func aFigureWithAReplacementShowsItsMarkupInsteadOfTheImage() {
        let markdown = "![Still](figures/e.svg)\n*Figure: choose a run.*\n"
        let replacement = SiteImage.Replacement(
            html: "<div class=\"explore\">runs</div>\n", stylesheets: [".explore{}"])
        let image = SiteImage(width: 720, height: 400, replacement: replacement)
        #expect(
            LessonRenderer.render(markdown, images: ["figures/e.svg": image]).html == """
                <figure id="figure-e">
                <div class="explore">runs</div>
                <figcaption>Figure: choose a run.</figcaption>
                </figure>

                """)
    }

    @Test func aNarrowVariantWhoseURLASrcsetWouldSplitIsNotOffered() {
        let markdown = "![Loss](a.svg)\n*Figure: loss.*\n"
        for source in ["a b.svg", "a,b.svg"] {
            let image = SiteImage(width: 720, height: 400, narrow: .init(source: source, width: 360, height: 320))
            let html = LessonRenderer.render(markdown, images: ["a.svg": image]).html
            #expect(!html.contains("<picture>"), "\(source)")
            #expect(html.contains("<img src=\"a.svg\" alt=\"Loss\" width=\"720\" height=\"400\" />"))
        }
    }

    @Test func otherImageParagraphsStayAsCmarkRendersThem() {
        for markdown in [
            "![a](a.svg)\n", "![a](a.svg) *caption*\n", "![a](a.svg)\\\n*c*\n", "![a](a.svg)\n*c* more\n",
            "*c*\n![a](a.svg)\n",
        ] {
            #expect(LessonRenderer.render(markdown).html == MarkdownDocument(markdown).html(), "\(markdown)")
        }
    }

    @Test func mathWarningsArePositioned() {
        let body = LessonRenderer.render("# T\n\n| a |\n|---|\n| $\\farc{1}{2}$ |\n")
        #expect(body.warnings == [Located(#"unknown command '\farc'; did you mean '\frac'?"#, line: 5, column: 4)])
    }
}
