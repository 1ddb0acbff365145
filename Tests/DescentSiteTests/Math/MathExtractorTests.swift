import DescentText
import Testing

@testable import DescentSite

@Suite struct MathExtractorTests {
    @Test func inlineMathIsReplacedByAPlaceholder() {
        let extraction = MathExtractor.extract("Let $a_1 * b_2$ be.")
        #expect(extraction.markdown == "Let MATHPH0001X be.")
        #expect(
            extraction.spans == [
                MathSpan(
                    tex: "a_1 * b_2", display: false, placeholder: "MATHPH0001X",
                    position: SourcePosition(line: 1, column: 5),
                    texPosition: SourcePosition(line: 1, column: 6)
                )
            ])
    }

    @Test func positionsAreLineAndColumnInTheOriginal() {
        let extraction = MathExtractor.extract("# Title\n\nSome *text* and $x$,\nthen $$y$$.\n")
        #expect(
            extraction.spans.map(\.position) == [
                SourcePosition(line: 3, column: 17), SourcePosition(line: 4, column: 6),
            ])
        #expect(extraction.spans.map(\.display) == [false, true])
        #expect(extraction.markdown == "# Title\n\nSome *text* and MATHPH0001X,\nthen MATHPH0002X.\n")
    }

    @Test func codeSpansAreNotMath() {
        #expect(MathExtractor.extract("Use `$x$` here").spans.isEmpty)
        #expect(MathExtractor.extract("Use ``a ` $x$`` here").spans.isEmpty)
        let unmatched = MathExtractor.extract("a `` b ` and $x$")
        #expect(unmatched.spans.map(\.tex) == ["x"])
    }

    @Test func fencedCodeBlocksAreNotMath() {
        let markdown = "Before $a$\n\n```swift\nlet s = \"$x$\"\n```\n\n~~~~\n$y$\n~~~\n$z$\n~~~~\nAfter $b$\n"
        #expect(MathExtractor.extract(markdown).spans.map(\.tex) == ["a", "b"])
    }

    @Test func fencedCodeInsideListsAndQuotes() {
        let markdown = "- item\n  ```\n  $x$\n  ```\n\n> ```\n> $y$\n> ```\n> $z$\n"
        #expect(MathExtractor.extract(markdown).spans.map(\.tex) == ["z"])
    }

    @Test func indentedCodeBlocksAreNotMath() {
        let markdown = "Text $a$\n\n    code $x$\n\nText\n    lazy $b$\n"
        #expect(MathExtractor.extract(markdown).spans.map(\.tex) == ["a", "b"])
    }

    @Test func listContinuationParagraphsAreProse() {
        let markdown = "1.  First\n\n    More about $w$.\n"
        #expect(MathExtractor.extract(markdown).spans.map(\.tex) == ["w"])
    }

    @Test func htmlCommentsAndPreBlocksAreNotMath() {
        let markdown = "<!-- $x$\n\n $y$ -->\n\n<pre>\n$z$\n</pre>\n\nok $a$\n"
        #expect(MathExtractor.extract(markdown).spans.map(\.tex) == ["a"])
    }

    @Test func escapedDollarIsLiteral() {
        let extraction = MathExtractor.extract(#"It costs \$5, or $x$."#)
        #expect(extraction.spans.map(\.tex) == ["x"])
        #expect(extraction.markdown == #"It costs \$5, or MATHPH0001X."#)
    }

    @Test func pricesAreNotMath() {
        #expect(MathExtractor.extract("costs $5 and $6").spans.isEmpty)
        #expect(MathExtractor.extract("costs $5 and $6 or $x$").spans.map(\.tex) == ["x"])
        #expect(MathExtractor.extract("$x$5").spans.isEmpty)
        #expect(MathExtractor.extract("$ x$").spans.isEmpty)
    }

    @Test func escapedDollarInsideMathDoesNotClose() {
        #expect(MathExtractor.extract(#"$a\$b$"#).spans.map(\.tex) == [#"a\$b"#])
    }

    @Test func displayMathSpansLines() {
        let markdown = "Before\n\n$$\nf(w) = w^2\n$$\n\nAfter\n"
        let extraction = MathExtractor.extract(markdown)
        #expect(extraction.spans.map(\.tex) == ["\nf(w) = w^2\n"])
        #expect(extraction.spans.first?.display == true)
        #expect(extraction.spans.first?.texPosition == SourcePosition(line: 3, column: 3))
        #expect(extraction.markdown == "Before\n\nMATHPH0001X\n\nAfter\n")
    }

    @Test func mathDoesNotCrossBlankLines() {
        #expect(MathExtractor.extract("$a\n\nb$").spans.isEmpty)
        #expect(MathExtractor.extract("$$a\n\nb$$").spans.isEmpty)
        #expect(MathExtractor.extract("$a\n \t \nb$").spans.isEmpty, "a line of white space is blank")
        #expect(MathExtractor.extract("$a\r\n\r\nb$").spans.isEmpty)
        #expect(MathExtractor.extract("$$a\n```\nx\n```\nb$$").spans.isEmpty, "nor code lines")
        #expect(MathExtractor.extract("$a\nb$").spans.map(\.tex) == ["a\nb"], "a line break alone is crossed")
        #expect(MathExtractor.extract("$$a\r\nb$$").spans.map(\.tex) == ["a\r\nb"])
        #expect(MathExtractor.extract("x $a\n\n").spans.isEmpty)
    }

    /// An unclosed `<!--` in one paragraph does not hide the math of the next ones.
    @Test func anUnclosedCommentStaysInItsParagraph() {
        let spans = MathExtractor.extract("Write <!-- to open.\n\nThen $x^2$ here.\n\nMore $y$ -->\n").spans
        #expect(spans.map(\.tex) == ["x^2", "y"])
        #expect(MathExtractor.extract("a <!-- $x$ --> $y$\n").spans.map(\.tex) == ["y"])
    }

    @Test func warningPositionsFollowLinesInsideTheFormula() {
        let markdown = "Text\n\n$$\na +\n  \\foo\n$$\n"
        let span = MathExtractor.extract(markdown).spans[0]
        let warnings = span.render().warnings
        #expect(warnings == [Located(#"unknown command '\foo'"#, line: 5, column: 3)])
    }

    @Test func placeholderPrefixAvoidsTheAuthorsText() {
        let extraction = MathExtractor.extract("MATHPH is a word; $x$")
        #expect(extraction.spans.first?.placeholder == "MATHPHQ0001X")
    }

    @Test func restoringSourceForTitles() {
        let extraction = MathExtractor.extract("# Minimizing $w^2$")
        #expect(extraction.restoringSource(in: "Minimizing MATHPH0001X") == "Minimizing $w^2$")
    }
}
