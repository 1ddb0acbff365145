import DescentText

/// Per-lesson switches written in the lesson itself as HTML comments, so they stay invisible
/// on a code host's preview and in the rendered page.
///
/// `<!-- descent: raw-html -->` on a line of its own opts the lesson in to raw HTML: cmark then
/// keeps tags such as `<details>` or `<b>`. Without it, raw HTML is omitted as cmark's safe mode
/// does (`<!-- raw HTML omitted -->`), so a lesson cannot inject markup by accident. The line
/// counts only where it is itself an HTML comment block: shown inside a code block, a code
/// span or another HTML block, it is text about the directive and turns nothing on.
public struct LessonOptions: Sendable, Equatable {
    /// Whether raw HTML in the lesson is rendered.
    public var allowsRawHTML: Bool

    /// The directive line that turns raw HTML on.
    public static let rawHTMLDirective = "<!-- descent: raw-html -->"

    /// Reads the directives of a lesson whose code has been found.
    public init(_ code: MarkdownCode) {
        allowsRawHTML = (0..<code.text.lineCount).contains { line in
            code.htmlBlockStarting(atLine: line) == .comment
                && String(code.text.line(line)).trimmingWhitespace() == Self.rawHTMLDirective
        }
    }

    /// Reads the directives present in `text`.
    init(scanning text: String) {
        self.init(MarkdownCode(text))
    }
}
