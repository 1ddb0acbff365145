import DescentText

/// A paragraph that is a figure: an image, a soft line break and an emphasised caption,
///
/// ```markdown
/// ![Loss per iteration for 4 learning rates](figures/lr-sweep-loss.svg)
/// *Figure 4.1: Loss per iteration for each learning rate. η = 1.1 diverges at iteration 3.*
/// ```
///
/// rendered as `<figure id="figure-lr-sweep-loss">` (the id from the image's file name,
/// `CourseNumbering.figureAnchor`, so prose can link to it) holding cmark's `<img>` (the alt text stays the accessible name; the
/// SVG's own `prefers-color-scheme` styles apply inside `<img>`) and a `<figcaption>` with the
/// emphasis's contents. Any other paragraph, an image without caption included, is untouched.
struct FigureParagraph {
    private let image: MarkdownNode
    private let caption: MarkdownNode

    /// The figure in `paragraph`, nil unless it has exactly the figure shape.
    init?(_ paragraph: MarkdownNode) {
        let parts = paragraph.children
        guard paragraph.kind == .paragraph, parts.count == 3, parts[0].kind == .image,
            parts[1].kind == .softBreak, parts[2].kind == .emphasis
        else { return nil }
        image = parts[0]
        caption = parts[2]
    }

    /// The `<figure>` element.
    func html() -> String {
        let id = image.url.flatMap { CourseNumbering.figureAnchor(imageFileName: $0) }
        let opening = id.map { "<figure id=\"\($0)\">" } ?? "<figure>"
        return "\(opening)\n\(image.html())\n<figcaption>\(caption.childrenHTML)</figcaption>\n</figure>\n"
    }
}
