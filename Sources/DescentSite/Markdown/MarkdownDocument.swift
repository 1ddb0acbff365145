import Ccmark

/// A CommonMark document parsed by cmark, owning its node tree.
///
/// The document frees the cmark tree exactly once, when it is deallocated. Nodes handed out by
/// `root` and `walk` borrow from the document and are only valid while it is alive, which the
/// `MarkdownNode` type enforces by holding a strong reference to its document.
public final class MarkdownDocument {
    /// Options that change how cmark parses and renders.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// Keep raw HTML blocks and inline HTML in the rendered output (cmark's `--unsafe`).
        public static let unsafe = Options(rawValue: CMARK_OPT_UNSAFE)
        /// Record start and end lines on nodes (cmark's `--sourcepos`).
        public static let sourcePositions = Options(rawValue: CMARK_OPT_SOURCEPOS)
        /// Render softbreaks as spaces.
        public static let noBreaks = Options(rawValue: CMARK_OPT_NOBREAKS)
        /// Replace straight quotes and dashes with typographic ones.
        public static let smart = Options(rawValue: CMARK_OPT_SMART)
    }

    let pointer: OpaquePointer
    /// The options the document was parsed with; rendering uses them too.
    public let options: Options

    /// Parses `markdown` with cmark. Parsing never fails: CommonMark gives every input a meaning.
    public init(_ markdown: String, options: Options = []) {
        self.options = options
        var text = markdown
        pointer = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options.rawValue)
            }
        }
    }

    deinit { cmark_node_free(pointer) }

    /// The document node.
    public var root: MarkdownNode { MarkdownNode(pointer, in: self) }

    /// The whole document rendered to HTML by cmark.
    public func html() -> String {
        root.html()
    }

    /// Visits every node in document order; `entering` is false on the way back out of a
    /// container node (leaf nodes are visited once, entering).
    public func walk(_ visit: (MarkdownNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(MarkdownNode(node, in: self), event == CMARK_EVENT_ENTER)
        }
    }
}
