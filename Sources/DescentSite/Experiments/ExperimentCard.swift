/// An experiment block shown as a card: a fenced code block whose info string is exactly
/// `descent ID` becomes
///
/// ```html
/// <section class="experiment" id="experiment-ID" aria-label="Experiment ID">
/// <header>Experiment <code>ID</code></header>
/// <pre><code>…highlighted source…</code></pre>
/// </section>
/// ```
///
/// The site knows nothing else about experiments: the block's text is shown, not read.
struct ExperimentCard {
    /// The experiment's id as written in the info string.
    let id: String
    /// The block's source lines.
    let source: String

    /// The card for a code block with `info`, nil unless `info` is `descent` and one more word.
    init?(info: String, source: String) {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == "descent" else { return nil }
        id = String(words[1])
        self.source = source
    }

    /// The card's HTML; `anchor` is its unique element id on the page.
    func html(anchor: String) -> String {
        let escapedID = HTMLEscaping.escape(id)
        return """
        <section class="experiment" id="\(HTMLEscaping.escape(anchor))" aria-label="Experiment \(escapedID)">
        <header>Experiment <code>\(escapedID)</code></header>
        <pre><code>\(ExperimentHighlighter.highlight(source))</code></pre>
        </section>

        """
    }
}
