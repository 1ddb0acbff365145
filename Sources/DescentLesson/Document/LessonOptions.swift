import Foundation

/// Per-lesson switches written in the lesson itself as HTML comments, so they stay invisible
/// on a code host's preview and in the rendered page.
///
/// `<!-- descent: raw-html -->` on a line of its own opts the lesson in to raw HTML: cmark then
/// keeps tags such as `<details>` or `<b>`. Without it, raw HTML is omitted as cmark's safe mode
/// does (`<!-- raw HTML omitted -->`), so a lesson cannot inject markup by accident.
public struct LessonOptions: Sendable, Equatable {
    /// Whether raw HTML in the lesson is rendered.
    public var allowsRawHTML: Bool

    /// The directive line that turns raw HTML on.
    public static let rawHTMLDirective = "<!-- descent: raw-html -->"

    /// Reads the directives present in `text`.
    public init(scanning text: String) {
        allowsRawHTML = text.split(omittingEmptySubsequences: false) { $0.isNewline }.contains {
            $0.trimmingCharacters(in: .whitespacesAndNewlines) == Self.rawHTMLDirective
        }
    }
}
