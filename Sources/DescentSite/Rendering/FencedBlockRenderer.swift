/// Renders the fenced code blocks whose info string starts with one word as the site's own
/// HTML instead of cmark's `<pre><code>`: the site's extension point, through which the course
/// pipeline adds experiment cards while the site knows nothing of experiments.
///
/// A renderer is consulted for every fenced block with its `infoWord`; returning nil leaves
/// the block to cmark. Element ids must come from `claimID`, which keeps them unique on the
/// page (headings claim theirs from the same pool).
public protocol FencedBlockRenderer: Sendable {
    /// The first word of the info strings this renderer handles.
    var infoWord: String { get }
    /// CSS rules the rendered blocks need, added to the site's `style.css`.
    var stylesheet: String { get }
    /// The HTML for a block with `info` (the whole info string) and `source` (its text), or nil.
    /// `claimID(text, prefix)` returns a page-unique id: `prefix` and a slug of `text`.
    func html(info: String, source: String, claimID: (_ text: String, _ prefix: String) -> String) -> String?
}

extension Array where Element == any FencedBlockRenderer {
    /// The renderer for a block with `info`, if any handles its first word.
    func renderer(forInfo info: String) -> (any FencedBlockRenderer)? {
        guard let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { return nil }
        return first { $0.infoWord == word }
    }
}
