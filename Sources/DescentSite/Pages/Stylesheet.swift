/// The site's stylesheet, written to `style.css` beside the pages.
public enum Stylesheet {
    /// The CSS text: one readable measure, light and dark themes.
    public static let css = """
    :root {
      color-scheme: light dark;
      --text: #1d1f21; --muted: #5c6166; --background: #fdfdfc; --surface: #f3f2ef;
      --rule: #dddad4; --accent: #0b63a8;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e4e2dd; --muted: #a6a39c; --background: #16181a; --surface: #202326;
        --rule: #34383c; --accent: #7cb8ea;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0 auto; max-width: 46rem; padding: 0 1.25rem 3rem;
      font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
      color: var(--text); background: var(--background);
    }
    a { color: var(--accent); }
    .site-header { padding: 1rem 0; border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
    .site-header a { font-weight: 600; text-decoration: none; }
    h1, h2, h3 { line-height: 1.25; }
    code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    pre { background: var(--surface); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
    table { border-collapse: collapse; display: block; overflow-x: auto; }
    th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid var(--rule); }
    img { max-width: 100%; height: auto; }
    .lesson-list li { margin: 0.4rem 0; }
    .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem;
      padding-top: 1rem; border-top: 1px solid var(--rule); }
    .pager a[rel="next"] { margin-left: auto; text-align: right; }
    .site-footer { margin-top: 3rem; color: var(--muted); font-size: 0.875rem; }

    """
}
