import DescentText

/// Renders one line of Markdown as inline content only, as a table cell needs it: cmark's
/// HTML for the paragraph's contents, without the `<p>` around it.
///
/// A cell that cmark would read as a block (`# x`, `- x`, `1. x`, `> x`, `---`, a link
/// reference definition) is read as text instead: its block marker is backslash-escaped,
/// which is what GFM's cells (inline content only) mean.
enum InlineMarkdown {
    /// The inline HTML of `text`, parsed and rendered with `options`.
    static func html(_ text: String, options: MarkdownDocument.Options) -> String {
        guard !text.isEmpty else { return "" }
        if let html = paragraphContents(text, options: options) { return html }
        if let html = paragraphContents(escapingBlockMarker(text), options: options) { return html }
        return HTMLEscaping.escape(text)
    }

    private static func paragraphContents(_ text: String, options: MarkdownDocument.Options) -> String? {
        let document = MarkdownDocument(text, options: options)
        let blocks = document.root.children
        guard blocks.count == 1, blocks[0].kind == .paragraph else { return nil }
        return blocks[0].childrenHTML
    }

    /// `text` with the character that makes it a block escaped.
    private static func escapingBlockMarker(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first.isASCII, first.isPunctuation || first.isSymbol { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
