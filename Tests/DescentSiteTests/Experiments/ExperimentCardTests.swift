import Testing
@testable import DescentSite

@Suite struct ExperimentCardTests {
    @Test func descentBlockBecomesACard() {
        let html = LessonRenderer.render("```descent lr-sweep\nlr: 0.3\n```\n").html
        #expect(html == """
        <section class="experiment" id="experiment-lr-sweep" aria-label="Experiment lr-sweep">
        <header>Experiment <code>lr-sweep</code></header>
        <pre><code><span class="hl-key">lr:</span> <span class="hl-number">0.3</span>
        </code></pre>
        </section>

        """)
    }

    @Test func highlighterMarksKeysNumbersCommentsAndObjectives() {
        let source = "f(w) = w^2 - 3  # bowl\noptimizer: adam\nη: 1e-3\nstart: -3\nshow: w2 x_1 2w\n# whole line\nexpect: converges"
        #expect(ExperimentHighlighter.highlight(source).components(separatedBy: "\n") == [
            "<span class=\"hl-objective\">f(w) = w^<span class=\"hl-number\">2</span> - <span class=\"hl-number\">3</span>  </span><span class=\"hl-comment\"># bowl</span>",
            "<span class=\"hl-key\">optimizer:</span> adam",
            "<span class=\"hl-key\">η:</span> <span class=\"hl-number\">1e-3</span>",
            "<span class=\"hl-key\">start:</span> <span class=\"hl-number\">-3</span>",
            "<span class=\"hl-key\">show:</span> w2 x_1 2w",
            "<span class=\"hl-comment\"># whole line</span>",
            "<span class=\"hl-key\">expect:</span> converges",
        ])
    }

    @Test func hashInsideAWordIsNotAComment() {
        #expect(ExperimentHighlighter.highlight("label: run#2") == "<span class=\"hl-key\">label:</span> run#<span class=\"hl-number\">2</span>")
    }

    @Test func everythingIsEscaped() {
        let html = LessonRenderer.render("```descent <script>\nlabel: <script>alert(1)</script> & \"x\"\n```\n").html
        #expect(!html.contains("<script>"))
        #expect(html.contains("id=\"experiment-script\""))
        #expect(html.contains("<header>Experiment <code>&lt;script&gt;</code></header>"))
        #expect(html.contains("&lt;script&gt;alert(<span class=\"hl-number\">1</span>)&lt;/script&gt; &amp; &quot;x&quot;"))
    }

    @Test func onlyDescentWithOneIDMakesACard() {
        for markdown in ["```descent\nlr: 1\n```\n", "```descent a b\nlr: 1\n```\n", "```python\nlr: 1\n```\n", "    lr: 1\n"] {
            #expect(LessonRenderer.render(markdown).html == MarkdownDocument(markdown).html(), "\(markdown)")
        }
    }

    @Test func cardIDsAreUniqueOnThePage() {
        let html = LessonRenderer.render("## Experiment a\n\n```descent a\n```\n\n```descent a\n```\n").html
        #expect(html.contains("<h2 id=\"experiment-a\">"))
        #expect(html.contains("id=\"experiment-a-2\""))
        #expect(html.contains("id=\"experiment-a-3\""))
    }

    @Test func cardsRenderInSafeMode() {
        let html = LessonRenderer.render("- item\n\n  ```descent x\n  lr: 1\n  ```\n").html
        #expect(html.contains("<li>\n<p>item</p>\n<section class=\"experiment\""))
    }
}
