import DescentText

/// Shows an experiment block on the site as a card: a fenced code block whose info string is
/// exactly `descent ID` becomes
///
/// ```html
/// <section class="experiment" id="experiment-ID" aria-label="Experiment ID">
/// <header>Experiment <code>ID</code></header>
/// <pre><code>…highlighted source…</code></pre>
/// </section>
/// ```
///
/// The course pipeline hands it to the site as a fenced-block renderer; the block's text is
/// shown, highlighted by `ExperimentHighlighter`, not run.
public struct ExperimentCard: Sendable {
    public init() {}

    public var infoWord: String { ExperimentBlock.infoWord }

    /// The card for a block with `info`, nil unless `info` is `descent` and one more word.
    public func html(info: String, source: String, claimID: (String, String) -> String) -> String? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == Substring(infoWord) else { return nil }
        let id = String(words[1])
        let escapedID = HTMLEscaping.escape(id)
        return """
            <section class="experiment" id="\(HTMLEscaping.escape(claimID(id, "experiment-")))" aria-label="Experiment \(escapedID)">
            <header>Experiment <code>\(escapedID)</code></header>
            <pre><code>\(ExperimentHighlighter.highlight(source))</code></pre>
            </section>

            """
    }

    /// The card's rules: its frame and header, and the colours of highlighted keys, numbers,
    /// comments and objectives (the `--hl-*` colours come from the site's theme).
    public let stylesheet = """
        .experiment { margin: 1.5rem 0; border: 1px solid var(--rule); border-radius: 8px; overflow: hidden; break-inside: avoid; }
        .experiment > header {
          padding: 0.4rem 1rem; background: var(--accent-soft); border-bottom: 1px solid var(--rule);
          font: 600 0.8125rem/1.5 var(--sans); letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted);
        }
        .experiment > header code { text-transform: none; letter-spacing: 0; color: var(--text); background: none; padding: 0; }
        .experiment pre { margin: 0; border-radius: 0; }
        .hl-key { color: var(--hl-key); font-weight: 600; }
        .hl-number { color: var(--hl-number); }
        .hl-comment { color: var(--hl-comment); font-style: italic; }
        .hl-objective { color: var(--hl-objective); }

        """
}
