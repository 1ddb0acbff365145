import DescentText
import Testing

@testable import DescentSite

/// extract → cmark → substitute, spelled out as a caller would.
private func renderPage(_ markdown: String) -> String {
    let extraction = MathExtractor.extract(markdown)
    let rendered = extraction.spans.map { $0.render() }
    let html = MarkdownDocument(extraction.markdown).html()
    return MathSubstitution.substitute(rendered, into: html)
}

private func inline(_ tex: String) -> String {
    MathConverter.convert(tex, display: false).mathml
}

private func display(_ tex: String) -> String {
    MathConverter.convert(tex, display: true).mathml
}

@Suite struct MathPipelineTests {
    @Test func underscoresAndAsterisksInMathAreNotEmphasis() {
        let html = renderPage("Let $a_1 * b_2$ and $c_1 * d_2$ be.")
        #expect(!html.contains("<em>"))
        #expect(html == "<p>Let \(inline("a_1 * b_2")) and \(inline("c_1 * d_2")) be.</p>\n")
    }

    @Test func backslashesInMathAreNotEscapes() {
        let html = renderPage(#"Sets $\{x\}$ and $a\,b$."#)
        #expect(
            html == "<p>Sets \(inline(#"\{x\}"#)) and <span class=\"math-nowrap\">\(inline(#"a\,b"#)).</span></p>\n")
    }

    @Test func codeSpanIsUntouched() {
        #expect(renderPage("Write `$x$` for math.") == "<p>Write <code>$x$</code> for math.</p>\n")
    }

    @Test func fencedCodeIsUntouched() {
        #expect(renderPage("```\n$x_1$\n```\n") == "<pre><code>$x_1$\n</code></pre>\n")
    }

    @Test func escapedDollarRendersAsDollar() {
        #expect(renderPage(#"It costs \$5."#) == "<p>It costs $5.</p>\n")
        #expect(renderPage("costs $5 and $6") == "<p>costs $5 and $6</p>\n")
    }

    @Test func loneDisplayMathIsNotWrappedInAParagraph() {
        let html = renderPage("Before\n\n$$\n\\frac{a}{b}\n$$\n\nAfter\n")
        #expect(html == "<p>Before</p>\n\(display("\n\\frac{a}{b}\n"))\n<p>After</p>\n")
    }

    @Test func displayMathInsideAParagraphStaysInIt() {
        let html = renderPage("So $$x$$ holds.")
        #expect(html == "<p>So \(display("x")) holds.</p>\n")
    }

    @Test func placeholdersSurviveStrongHeadingsAndLinks() {
        #expect(renderPage("**bold $x$**") == "<p><strong>bold \(inline("x"))</strong></p>\n")
        #expect(renderPage("## Minimizing $w^2$") == "<h2>Minimizing \(inline("w^2"))</h2>\n")
        #expect(
            renderPage("[see $f'(w)$](https://example.com)")
                == "<p><a href=\"https://example.com\">see \(inline("f'(w)"))</a></p>\n")
        #expect(
            renderPage("- item $x_i$\n- *em $y$*")
                == "<ul>\n<li>item \(inline("x_i"))</li>\n<li><em>em \(inline("y"))</em></li>\n</ul>\n")
    }

    @Test func placeholderInAnAttributeBecomesTheEscapedSource() {
        let html = renderPage("![plot of $a<b$](p.svg)")
        #expect(html == "<p><img src=\"p.svg\" alt=\"plot of $a&lt;b$\" /></p>\n")
    }

    @Test func mathAdjacentToWordsAndPunctuation() {
        let html = renderPage("a$x$b, ($y$).")
        #expect(html == "<p>a\(inline("x"))b, (<span class=\"math-nowrap\">\(inline("y"))).</span></p>\n")
    }

    @Test func punctuationAfterInlineMathStaysOnItsLine() {
        let html = renderPage("So $x$, then $y$;\n\n$$z$$\n.")
        #expect(html.contains("<span class=\"math-nowrap\">\(inline("x")),</span> then"))
        #expect(html.contains("<span class=\"math-nowrap\">\(inline("y"));</span>"))
        #expect(
            !html.contains(
                "display=\"block\"><semantics><mi>z</mi><annotation encoding=\"application/x-tex\">z</annotation></semantics></math>.</span>"
            ))
    }

    @Test func punctuationCarryingACombiningMarkIsNotTakenIntoTheFormula() {
        // "." + U+0301 and "?" + U+FE0F are characters of their own, not a period or a question
        // mark: the span stops before them, and a plain mark before them is still taken.
        #expect(renderPage("$x$.\u{301} a").contains("\(inline("x")).\u{301} a"))
        #expect(renderPage("$x$,?\u{FE0F}").contains("<span class=\"math-nowrap\">\(inline("x")),</span>?\u{FE0F}"))
        #expect(renderPage("$x$”.").contains("<span class=\"math-nowrap\">\(inline("x"))”.</span>"))
    }

    @Test func rendererCollectsPositionedWarnings() {
        let body = LessonRenderer.render("# T\n\nA $\\foo$ and\n$$\\frac{a}$$\n")
        #expect(
            body.warnings == [
                Located(#"unknown command '\foo'"#, line: 3, column: 4),
                Located(#"missing argument for '\frac'"#, line: 4, column: 3),
            ])
        #expect(body.html.contains(#"<merror><mtext>\foo</mtext></merror>"#))
    }

    /// A formula written twice is converted once; each place still gets its own warning.
    @Test func aRepeatedFormulaWarnsAtEachPlace() {
        let body = LessonRenderer.render("A $\\foo$ and $\\foo$,\n$$\\foo$$\n")
        #expect(
            body.warnings == [
                Located(#"unknown command '\foo'"#, line: 1, column: 4),
                Located(#"unknown command '\foo'"#, line: 1, column: 15),
                Located(#"unknown command '\foo'"#, line: 2, column: 3),
            ])
    }

    @Test func rendererHonoursSourcePositions() {
        let body = LessonRenderer.render("$$x$$\n", options: .sourcePositions)
        #expect(body.html == display("x") + "\n")
    }

    @Test func withoutMathTheHTMLIsCmarks() {
        let markdown = "Plain *text* with a $ sign.\n"
        #expect(renderPage(markdown) == MarkdownDocument(markdown).html())
    }
}
