/// Renders one lesson's Markdown to HTML: cmark's output, plus math, pipe tables, heading
/// anchors, figures and the fenced blocks its renderers handle.
///
/// The pipeline, each step documented on its type:
/// 1. `MathExtractor` takes formulas out (placeholders);
/// 2. `PipeTableExtractor` takes pipe tables out (placeholders);
/// 3. cmark parses the rest; `LessonTree` rewrites the tree: `<h2>`/`<h3>` given ids, figure
///    paragraphs made `<figure>`s, fenced blocks with a `FencedBlockRenderer` rendered by it;
/// 4. cmark renders; the tables' HTML, then the formulas' MathML, replace the placeholders.
///
/// Everything else is exactly cmark's HTML for the same Markdown and options.
public enum LessonRenderer {
    /// Renders `markdown` with cmark `options` (`.unsafe` keeps raw HTML). Links to the files
    /// named in `lessonPages` (a lesson's `.md` file → its page) are pointed at the pages;
    /// figures whose image is in `images` get its size and narrow variant.
    public static func render(
        _ markdown: String, options: MarkdownDocument.Options = [],
        lessonPages: [String: String] = [:],
        fencedBlocks: [any FencedBlockRenderer] = [],
        images: [String: SiteImage] = [:]
    ) -> LessonBody {
        let math = MathExtractor.extract(markdown)
        let formulas = renderedFormulas(math.spans)
        let tables = PipeTableExtractor.extract(math.markdown)
        let document = MarkdownDocument(tables.markdown, options: options)
        let tree = LessonTree(
            document: document, math: math,
            tableTokens: Set(tables.tables.map(\.placeholder)), lessonPages: lessonPages,
            fencedBlocks: fencedBlocks, images: images)
        let title = tree.title()
        let rewrite = tree.rewrite()
        let summary = tree.summary()
        let tableHTML = Dictionary(
            tables.tables.map { ($0.placeholder, $0.html(options: options)) },
            uniquingKeysWith: { first, _ in first })
        let substitute: (String) -> String = { html in
            MathSubstitution.substitute(formulas, into: PlaceholderSubstitution.substitute(tableHTML, into: html))
        }
        let headings = rewrite.headings.map {
            LessonHeading(level: $0.level, text: $0.text, anchor: $0.anchor, html: substitute($0.html))
        }
        return LessonBody(
            title: title, headerHTML: substitute(rewrite.headerHTML), html: substitute(document.html()),
            headings: headings, summaryHTML: substitute(summary), warnings: formulas.flatMap(\.warnings)
        )
    }

    /// Every span rendered, each distinct formula converted once: a lesson writes `$w$` or
    /// `$\eta$` many times (a third of the course's 600 formulas repeat one before them on
    /// their page), and a conversion depends only on the TeX and whether it is displayed.
    private static func renderedFormulas(_ spans: [MathSpan]) -> [RenderedMath] {
        var conversions: [Formula: MathConversion] = [:]
        return spans.map { span in
            let formula = Formula(tex: span.tex, display: span.display)
            let conversion = conversions[formula] ?? MathConverter.convert(span.tex, display: span.display)
            conversions[formula] = conversion
            return span.rendered(conversion)
        }
    }

    /// A formula's TeX and kind: what its conversion depends on.
    private struct Formula: Hashable {
        let tex: String
        let display: Bool
    }
}
