import DescentText

/// How `show: pytorch` puts its script on the page. The lesson's generated region holds it as a
/// fenced block whose info string is `python descent-pytorch` (a code host shows Python code);
/// the site, through this renderer, shows it collapsed:
///
/// ```html
/// <details class="pytorch">
/// <summary>Reproduce in PyTorch</summary>
/// <pre><code class="language-python">…</code></pre>
/// </details>
/// ```
///
/// No script: the code is plain, selectable text that scrolls sideways in its own box on a
/// narrow screen.
public struct PyTorchCard: Sendable {
    public init() {}

    /// The info string's first word, which the site matches renderers on.
    public var infoWord: String { "python" }

    /// The second word that marks a block as a `show: pytorch` script.
    static let marker = "descent-pytorch"

    /// The fenced block for `script`, its fence longer than any run of backticks in it.
    static func markdown(_ script: PyTorchScript) -> String {
        var longest = 0
        var run = 0
        for character in script.text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "python " + marker + "\n" + script.text + fence + "\n"
    }

    /// The collapsed script for a block whose info string is `python descent-pytorch`; nil for
    /// any other Python block, which cmark renders as usual.
    public func html(info: String, source: String, claimID: (String, String) -> String) -> String? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == Substring(infoWord), words[1] == Substring(Self.marker) else { return nil }
        return """
            <details class="pytorch">
            <summary>Reproduce in PyTorch</summary>
            <pre><code class="language-python">\(HTMLEscaping.escape(source))</code></pre>
            </details>

            """
    }

    /// The box's rules: a summary that reads as a control, the code in a box of its own.
    public let stylesheet = """
        .pytorch { margin: 0 0 1.4rem; border: 1px solid var(--rule); border-radius: 6px; max-width: 100%; }
        .pytorch > summary { padding: 0.5rem 1rem; cursor: pointer; font: 600 0.875rem/1.5 var(--sans); }
        .pytorch > pre { margin: 0; border-radius: 0 0 6px 6px; }
        @media print { .pytorch { display: none; } }

        """
}
