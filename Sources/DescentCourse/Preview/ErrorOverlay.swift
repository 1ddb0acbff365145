import DescentText

/// The page the preview server shows in place of every page while the course has errors: each
/// diagnostic as the terminal prints it (`path:line:col: error: message`, the line, the caret),
/// over the page's own stylesheet, until a build succeeds and the page reloads.
enum ErrorOverlay {
    /// A complete HTML page listing `failure`.
    static func page(_ failure: DiagnosticList) -> Data {
        let count = failure.diagnostics.count
        let items = failure.diagnostics.map { "<pre class=\"diagnostic\">\(HTMLEscaping.escape($0.description))</pre>" }
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Descent preview: \(count) error\(count == 1 ? "" : "s")</title>
            <style>
            body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#fff;color:#1a1a1a}
            main{max-width:60rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.25rem;color:#a40e26}
            pre{overflow-x:auto;padding:.75rem 1rem;border-left:4px solid #a40e26;background:#fbeff1;font-size:.9rem}
            @media (prefers-color-scheme: dark){body{background:#16181d;color:#e8e8e8}h1{color:#ff8f9f}
            pre{background:#2a1d21;border-color:#ff8f9f}}
            </style>
            </head>
            <body>
            <main role="alert">
            <h1>The course has \(count) error\(count == 1 ? "" : "s"); this page reloads when they are fixed</h1>
            \(items.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
        return Data(html.utf8)
    }
}
