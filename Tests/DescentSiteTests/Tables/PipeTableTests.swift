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
                <th class="num">step</th>
                <th class="num">w</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td class="num">0</td>
                <td class="num">3</td>
                </tr>
                <tr>
                <td class="num">1</td>
                <td class="num">1.8</td>
                </tr>
                </tbody>
                </table>
                </div>
                <p>After.</p>

                """)
    }

    @Test func alignmentsComeFromTheDelimiterRow() {
        let html = render("| a | b | c | d |\n|:--|:-:|--:|---|\n| x | y | z | w |\n")
        #expect(html.contains("<th style=\"text-align:left\">a</th>"))
        #expect(html.contains("<th style=\"text-align:center\">b</th>"))
        #expect(html.contains("<td style=\"text-align:right\">z</td>"))
        #expect(html.contains("<td>w</td>"))
    }

    @Test func escapedPipesStayInTheCell() {
        let table = PipeTableExtractor.extract("| a | b |\n|---|---|\n| x \\| y | `p\\|q` |\n").tables[0]
        #expect(table.rows == [["x | y", "`p|q`"]])
        #expect(render("| a |\n|---|\n| x \\| y |\n").contains("<td>x | y</td>"))
    }

    @Test func cellsAreInlineMarkdown() {
        let html = render("| *a* | b |\n|---|---|\n| **x** [l](u.html) | `c<d` |\n| # not a heading | - not a list |\n")
        #expect(html.contains("<th><em>a</em></th>"))
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
        #expect(html.contains("<td style=\"text-align:right\">\(eta)</td>"))
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
        for text in ["", "e5", "1.2.3", "x1", "1e", "--1", "NaN"] { #expect(!PipeTable.isNumber(text), "\(text)") }
    }
}
