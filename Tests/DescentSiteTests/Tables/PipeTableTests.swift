import Testing

@testable import DescentSite

private func render(_ markdown: String, options: MarkdownDocument.Options = []) -> String {
    LessonRenderer.render(markdown, options: options).html
}

@Suite struct PipeTableTests {
    @Test func headerDelimiterAndBodyBecomeATable() {
        let html = render("Steps:\n\n| step | w |\n|---|---|\n| 0 | 3 |\n| 1 | 1.8 |\n\nAfter.\n")
        #expect(
            html == """
                <p>Steps:</p>
                <div class="table-scroll">
                <table>
                <thead>
                <tr>
                <th scope="col" class="num">step</th>
                <th scope="col" class="num">w</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td class="num"><span class="num">0</span></td>
                <td class="num"><span class="num">3</span>\u{2008}\u{2007}</td>
                </tr>
                <tr>
                <td class="num"><span class="num">1</span></td>
                <td class="num"><span class="num">1.8</span></td>
                </tr>
                </tbody>
                </table>
                </div>
                <p>After.</p>

                """)
    }

    @Test func alignmentsComeFromTheDelimiterRow() {
        let html = render("| a | b | c | d |\n|:--|:-:|--:|---|\n| x | y | z | w |\n")
        #expect(html.contains("<th scope=\"col\" class=\"left\">a</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"center\">b</th>"))
        #expect(html.contains("<td class=\"right\">z</td>"))
        #expect(html.contains("<td>w</td>"))
        #expect(!html.contains("style="), "alignment lives in the stylesheet")
    }

    @Test func escapedPipesStayInTheCell() {
        let table = PipeTableExtractor.extract("| a | b |\n|---|---|\n| x \\| y | `p\\|q` |\n").tables[0]
        #expect(table.rows == [["x | y", "`p|q`"]])
        #expect(render("| a |\n|---|\n| x \\| y |\n").contains("<td>x | y</td>"))
    }

    /// A run label wraps between its settings, never inside `η = 0.25` or before its star;
    /// formulas keep their source as written.
    @Test func settingsInCellsStayOnOneLine() {
        let html = render("| run | n |\n|---|---:|\n| Nesterov (momentum 0.4) with η = 0.25 ★ | 3 |\n| $a = 1$ | 2 |\n")
        #expect(html.contains("with η\u{00A0}=\u{00A0}0.25\u{00A0}★</td>"))
        #expect(html.contains("a = 1</annotation>"))
    }

    @Test func cellsAreInlineMarkdown() {
        let html = render("| *a* | b |\n|---|---|\n| **x** [l](u.html) | `c<d` |\n| # not a heading | - not a list |\n")
        #expect(html.contains("<th scope=\"col\"><em>a</em></th>"))
        #expect(html.contains("<td><strong>x</strong> <a href=\"u.html\">l</a></td>"))
        #expect(html.contains("<td><code>c&lt;d</code></td>"))
        #expect(html.contains("<td># not a heading</td>"))
        #expect(html.contains("<td>- not a list</td>"))
    }

    @Test func mathWorksInCellsWithPipesInsideFormulas() {
        let html = render("| rule | value |\n|---|--:|\n| $|w|$ | $\\eta_t$ |\n")
        let abs = MathConverter.convert("|w|", display: false).mathml
        let eta = MathConverter.convert("\\eta_t", display: false).mathml
        #expect(html.contains("<td>\(abs)</td>"))
        #expect(html.contains("<td class=\"right\">\(eta)</td>"))
    }

    @Test func rowsAreNormalisedToTheHeader() {
        let table = PipeTableExtractor.extract("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\nlazy\n").tables[0]
        #expect(table.rows == [["1", ""], ["1", "2"], ["lazy", ""]])
    }

    @Test func headerOnlyTableHasNoBody() {
        let html = render("| a |\n|---|\n")
        #expect(html.contains("</thead>\n</table>"))
        #expect(!html.contains("<tbody>"))
    }

    @Test func delimiterRowsAreOnlyDashesColonsPipesAndSpaces() {
        #expect(PipeTableSyntax.delimiterRow("|:--|--:| :-: |\t---") == [.left, .right, .center, .none])
        #expect(PipeTableSyntax.delimiterRow(" --- | --- ") == [.none, .none])
        for line in ["| --- |x", "| -\\|- |", "|---|\u{00A0}", "| --- | \u{2013} |", "---", "| |"] {
            #expect(PipeTableSyntax.delimiterRow(Substring(line)) == nil, "\(line)")
        }
    }

    @Test func notTables() {
        let cases = [
            "a | b\nc | d\n",  // no delimiter row
            "| a | b |\n|---|\n| 1 | 2 |\n",  // cell counts differ
            "Foo\n---\n",  // setext heading
            "| a |\n| -x- |\n",  // not a delimiter row
            "```\n| a |\n|---|\n```\n",  // fenced code
            "    | a |\n    |---|\n",  // indented code
            "para\n| a |\n|---|\n",  // does not start a block
            "`| a |`\n",  // one line
            "| a | b |\n| --- | -\\|- |\n",  // an escaped pipe in the delimiter row
            "| a |\n| --- x\n",  // a letter after the dashes
            "| a |\n| \u{2212}\u{2212}\u{2212} |\n",  // minus signs are not dashes
        ]
        for markdown in cases {
            #expect(PipeTableExtractor.extract(markdown).tables.isEmpty, "\(markdown)")
            let expected = MarkdownDocument(markdown).html()
            #expect(CommonMarkFidelityTests.withoutHeadingIDs(render(markdown)) == expected, "\(markdown)")
        }
    }

    @Test func tableEndsAtABlankLineOrAnotherBlock() {
        let html = render("| a |\n|---|\n| 1 |\n> quote\n")
        #expect(html.hasSuffix("</table>\n</div>\n<blockquote>\n<p>quote</p>\n</blockquote>\n"))
        let next = render("| a |\n|---|\n| 1 |\n---\n")
        #expect(next.hasSuffix("</div>\n<hr />\n"))
    }

    @Test func tableAfterAHeadingAndInsideAListItem() {
        #expect(render("## Steps\n| a |\n|---|\n| 1 |\n").contains("</h2>\n<div class=\"table-scroll\">"))
        let listed = render("- item\n\n  | a |\n  |---|\n  | 1 |\n")
        #expect(listed.contains("<li>\n<p>item</p>\n<div class=\"table-scroll\">"))
    }

    @Test func tableRightAfterAFencedBlock() {
        let html = render("```descent a\nlr: 1\n```\n| step | w |\n|---:|---:|\n| 0 | 1 |\n")
        #expect(html.contains("</code></pre>\n<div class=\"table-scroll\">"))
    }

    @Test func rawHTMLInCellsFollowsTheOptIn() {
        let markdown = "| a |\n|---|\n| <b>x</b> |\n"
        #expect(render(markdown).contains("<td><!-- raw HTML omitted -->x<!-- raw HTML omitted --></td>"))
        #expect(render(markdown, options: .unsafe).contains("<td><b>x</b></td>"))
    }

    @Test func numbersAreRecognised() {
        for number in ["0", "-3", "0.25", "1e-3", "−2.5", "+4", "6.02e23"] {
            #expect(PipeTable.isNumber(number), "\(number)")
        }
        for text in ["", "e5", "1.2.3", "x1", "1e", "--1", "12 ★"] { #expect(!PipeTable.isNumber(text), "\(text)") }
    }

    @Test func numberCellsAreSetTypographically() {
        let html = render("| i | x |\n|--:|--:|\n| 0 | -5.74512e-6 |\n| 1 | −2 |\n| 2 | inf |\n")
        #expect(
            html.contains("<td class=\"num\"><span class=\"num\">−5.74512\u{202F}×\u{202F}10<sup>−6</sup></span></td>"))
        #expect(html.contains("<td class=\"num\"><span class=\"num\">−2</span></td>"))
        #expect(html.contains("<span class=\"num\">∞</span>"))
        #expect(!html.contains("e-6") && !html.contains(">-"))
    }

    @Test func decimalPointsLineUpInANumericColumn() {
        let html = render("| x |\n|--:|\n| -8 |\n| -7.28 |\n| 0.4096 |\n| 1e-6 |\n")
        #expect(html.contains("<span class=\"num\">−8</span>\u{2008}\u{2007}\u{2007}\u{2007}\u{2007}</td>"))
        #expect(html.contains("<span class=\"num\">−7.28</span>\u{2007}\u{2007}</td>"))
        #expect(html.contains("<span class=\"num\">0.4096</span></td>"))
        #expect(html.contains("10<sup>−6</sup></span></td>"), "scientific cells are not padded")
    }

    @Test func elisionRowsDoNotMakeAColumnText() {
        let html = render("| i | loss |\n|--:|--:|\n| 0 | 1 |\n| ⋮ | 3 rows omitted |\n| 4 | 0.5 |\n")
        #expect(html.contains("<th scope=\"col\" class=\"num\">loss</th>"))
        #expect(html.contains("<td class=\"num\">3 rows omitted</td>"))
    }

    @Test func aLabelCommentNamesTheTableAndItsScrollRegion() {
        let markdown = "Before.\n\n<!-- table: Steps of walk-loop -->\n| i |\n|--:|\n| 0 |\n"
        let extraction = PipeTableExtractor.extract(markdown)
        #expect(extraction.tables.first?.label == "Steps of walk-loop")
        #expect(!extraction.markdown.contains("<!--"), "the comment goes with the table")
        let html = render(markdown)
        #expect(
            html.contains(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Steps of walk-loop\">\n"
                    + "<table aria-label=\"Steps of walk-loop\">"))
        #expect(!render("| a |\n|---|\n| b |\n").contains("aria-label"), "no name, no region")
    }

    @Test func otherCommentsAboveATableStayComments() {
        let extraction = PipeTableExtractor.extract("<!-- note -->\n| a |\n|---|\n| b |\n")
        #expect(extraction.tables.first?.label == nil)
        #expect(extraction.markdown.hasPrefix("<!-- note -->\n"))
        #expect(TableLabel.name(in: "<!-- table: a -- b -->") == nil)
        #expect(TableLabel.name(in: "  <!-- table:  x  -->  ") == "x")
    }
}
