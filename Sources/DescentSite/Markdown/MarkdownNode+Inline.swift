extension MarkdownNode {
    /// The node's inline content as HTML with every link replaced by its text (images, code,
    /// emphasis and math kept), for places where a link may not nest, such as a contents entry.
    var inlineHTMLWithoutLinks: String {
        children.map { child in
            child.kind == .link ? child.inlineHTMLWithoutLinks : child.html()
        }.joined()
    }
}
