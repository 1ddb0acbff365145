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
/// emphasis's contents. An image the site knows (`SiteImage`) gets its `width` and `height`, and
/// with a narrow variant sits in a `<picture>` whose `<source>` serves that variant below
/// `SiteImage.Variant.media`, the `<img>` classed for the variant's box (`Variant.className`);
/// one with a `replacement` (an explorable figure) shows that markup instead of the image. Any other paragraph, an image without caption included, is untouched.
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

    /// The `<figure>` element, anchored by its image's file name, its image sized from
    /// `images` (by URL) when listed there.
    func html(images: [String: SiteImage] = [:]) -> String {
        let id = image.url.flatMap { CourseNumbering.figureAnchor(imageFileName: $0) }
        let opening = id.map { "<figure id=\"\($0)\">" } ?? "<figure>"
        let known = images[image.url ?? ""]
        let content = known?.replacement.map { $0.html.hasSuffix("\n") ? String($0.html.dropLast()) : $0.html }
        return
            "\(opening)\n\(content ?? imageHTML(known))\n<figcaption>\(caption.childrenHTML)</figcaption>\n</figure>\n"
    }

    /// cmark's `<img src="…" alt="…" />` (its escaping kept) with `width` and `height` added
    /// before the closing ` />`, in a `<picture>` when there is a narrow variant.
    private func imageHTML(_ known: SiteImage?) -> String {
        let img = image.html()
        guard let known, img.hasSuffix(" />") else { return img }
        let size = "width=\"\(known.width)\" height=\"\(known.height)\""
        // A `srcset` entry ends at white space and a comma may start the next: such a URL is not offered.
        guard let narrow = known.narrow, !narrow.source.contains(where: { $0.isWhitespace || $0 == "," }) else {
            return "\(img.dropLast(3)) \(size) />"
        }
        let source = "<source media=\"\(SiteImage.Variant.media)\" srcset=\"\(HTMLEscaping.escape(narrow.source))\" />"
        return "<picture>\(source)\(img.dropLast(3)) \(size) class=\"\(narrow.className)\" /></picture>"
    }
}
