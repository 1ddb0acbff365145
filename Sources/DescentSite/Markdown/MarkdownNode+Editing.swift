import Ccmark

extension MarkdownNode {
    /// Replaces this block in its document with HTML that cmark emits verbatim whatever the
    /// document's options (a custom block: the safe mode omits raw HTML, not custom blocks),
    /// and frees the replaced subtree. Only `MarkdownDocument`'s own passes call this, on
    /// nodes they obtained from the tree and do not use afterwards.
    func replace(withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        guard cmark_node_replace(pointer, block) == 1 else {
            cmark_node_free(block)
            return
        }
        cmark_node_free(pointer)
    }

    /// Points a link or image node at `url` (cmark copies the string).
    func setURL(_ url: String) {
        cmark_node_set_url(pointer, url)
    }

    /// Removes this node from its document and frees it with its subtree.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// The HTML cmark renders for each child in turn, joined: a heading's or paragraph's
    /// inline content without the element around it.
    var childrenHTML: String {
        children.map { $0.html() }.joined()
    }
}
