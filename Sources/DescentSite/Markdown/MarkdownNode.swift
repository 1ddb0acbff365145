import Ccmark
import DescentText

/// One node of a parsed `MarkdownDocument`: its kind, text and source lines.
///
/// A node keeps its document alive, so it can never outlive the tree it points into.
public struct MarkdownNode {
    let pointer: OpaquePointer
    let document: MarkdownDocument

    init(_ pointer: OpaquePointer, in document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// The kinds of node cmark produces.
    public enum Kind: String, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph
        case heading, thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image, unknown
    }

    /// What kind of node this is.
    public var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .unknown
        }
    }

    /// The text of a text, code, code-block or HTML node; nil for containers.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// The info string of a code block ("swift", "descent seed-loop"; empty for an indented
    /// block or a fence without one); nil for any other node.
    public var fenceInfo: String? {
        guard kind == .codeBlock else { return nil }
        return cmark_node_get_fence_info(pointer).map { String(cString: $0) }
    }

    /// The heading level (1–6) of a heading node, 0 for any other node.
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// The URL of a link or image node.
    public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    /// The first source line of the node (1-based), 0 when cmark does not know it.
    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }

    /// The last source line of the node (1-based), 0 when cmark does not know it.
    public var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The node's children, in order.
    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(MarkdownNode(node, in: document))
            child = cmark_node_next(node)
        }
        return result
    }

    /// The plain text of the node and its descendants, as a heading title or alt text would read.
    /// Inline HTML is kept as its literal text (a title `<b>x</b>` reads as written).
    public var plainText: String {
        if let literal, kind != .codeBlock, kind != .htmlBlock { return literal }
        if kind == .softBreak || kind == .lineBreak { return " " }
        return children.map(\.plainText).joined()
    }

    /// This node and its descendants rendered to HTML with the document's options.
    public func html() -> String {
        guard let rendered = cmark_render_html(pointer, document.options.rawValue) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
