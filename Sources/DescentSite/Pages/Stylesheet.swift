/// The site's stylesheet, written to `style.css` beside the pages: one readable measure
/// (`--measure`, about 65–75 characters a line), a side column of lessons and page contents
/// that stays in view on wide screens and folds into two `<details>` menus above the lesson on
/// narrow ones, figures and tables allowed wider than the text (a grid with named columns
/// `text`, `wide` and `full`), light and dark themes from `prefers-color-scheme`, and a print
/// style (no navigation, black on white).
public enum Stylesheet {
    /// The complete CSS text, with the rules of the site's fenced-block renderers (`additions`)
    /// after the content rules and before the print style, which may override them.
    public static func css(adding additions: [String] = []) -> String {
        theme + layout + content + math + additions.joined() + print
    }

    static let theme = """
        :root {
          color-scheme: light dark;
          --text: #1f2124; --muted: #5d6268; --background: #fcfbf8; --surface: #f1efe9;
          --rule: #dcd8cf; --accent: #0a5c9e; --accent-soft: #e3edf6;
          --hl-key: #8a3c00; --hl-number: #0a6a55; --hl-comment: #6b6f75; --hl-objective: #5b2d91;
          --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "DejaVu Serif", Georgia, serif;
          --sans: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
          --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          --measure: 38em;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e3e1dc; --muted: #a4a19a; --background: #15171a; --surface: #1f2226;
            --rule: #373b40; --accent: #86bdf0; --accent-soft: #1d2c3b;
            --hl-key: #f0a45d; --hl-number: #6fd6b5; --hl-comment: #8e939a; --hl-objective: #c9a7f5;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; color: var(--text); background: var(--background);
          font: 1.0625rem/1.65 var(--serif); font-kerning: normal;
        }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }
        :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        .skip-link { position: absolute; left: -100vw; top: 0.5rem; }
        .skip-link:focus { left: 0.5rem; background: var(--background); padding: 0.25rem 0.5rem; z-index: 1; }

        """

    static let layout = """
        .site-header {
          max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem;
          border-bottom: 1px solid var(--rule); font-family: var(--sans);
        }
        .site-header a { color: var(--text); font-weight: 650; text-decoration: none; letter-spacing: 0.01em; }
        .layout { max-width: 80rem; margin: 0 auto; padding: 0 1.5rem; }
        .layout-index { max-width: calc(var(--measure) + 3rem); padding-top: 2rem; }
        main { min-width: 0; }
        .lesson {
          display: grid;
          grid-template-columns:
            [full-start] minmax(0, 1fr) [wide-start] minmax(0, 6rem)
            [text-start] minmax(0, var(--measure)) [text-end]
            minmax(0, 6rem) [wide-end] minmax(0, 1fr) [full-end];
        }
        .lesson > * { grid-column: text; min-width: 0; }
        .lesson > figure { grid-column: wide; }
        .lesson > .table-scroll { grid-column: text-start / full-end; justify-self: start; max-width: 100%; }
        .pager { max-width: var(--measure); margin-left: auto; margin-right: auto; }
        .sidebar { font: 0.9375rem/1.45 var(--sans); }
        .sidebar details > summary {
          cursor: pointer; padding: 0.3rem 0.75rem; border: 1px solid var(--rule); border-radius: 6px;
          color: var(--text); font-weight: 600; background: var(--surface);
        }
        .sidebar ol { margin: 0; padding: 0; list-style: none; }
        .sidebar li { margin: 0 0 0.1rem; }
        .sidebar a { display: block; padding: 0.25rem 0.6rem; border-radius: 6px; color: var(--muted); text-decoration: none; }
        .sidebar a:hover { color: var(--text); background: var(--surface); }
        .course-nav a[aria-current="page"] { color: var(--text); background: var(--accent-soft); font-weight: 600; }
        .nav-title {
          margin: 0 0 0.4rem; padding: 0 0.6rem; font: 600 0.75rem/1.4 var(--sans); letter-spacing: 0.08em;
          text-transform: uppercase; color: var(--muted);
        }
        .pager {
          display: flex; justify-content: space-between; gap: 1rem; margin-top: 3.5rem;
          padding-top: 1.25rem; border-top: 1px solid var(--rule); font-family: var(--sans);
        }
        .pager a { text-decoration: none; max-width: 48%; }
        .pager a[rel="next"] { margin-left: auto; text-align: right; }
        .pager-label { display: block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
        .site-footer {
          max-width: 80rem; margin: 4rem auto 0; padding: 1.25rem 1.5rem 2.5rem;
          border-top: 1px solid var(--rule); color: var(--muted); font: 0.875rem/1.5 var(--sans);
        }
        .lesson-list { list-style: none; padding-left: 0; }
        .course-nav a:has(.nav-number) { display: flex; }
        .nav-number { flex: none; min-width: 1.6em; font-variant-numeric: tabular-nums; color: var(--muted); }
        .lesson-number {
          margin: 0 0 0.25rem; font: 600 0.8125rem/1.4 var(--sans); letter-spacing: 0.08em;
          text-transform: uppercase; color: var(--muted);
        }
        .lesson-list li { margin: 0 0 1.1rem; }
        .lesson-list > li > a { font-weight: 600; font-family: var(--sans); }
        .lesson-list .summary { margin: 0.2rem 0 0; color: var(--muted); }
        .course-description { font-size: 1.125rem; color: var(--muted); }
        @media (max-width: 63.99rem) {
          .sidebar { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 1rem 0; border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
          .sidebar nav { flex: 1 1 9rem; }
          .sidebar nav:has(details[open]) { flex-basis: 100%; }
          .sidebar .nav-title { display: none; }
          .sidebar details[open] > ol { margin-top: 0.4rem; padding: 0.3rem 0; border: 1px solid var(--rule); border-radius: 6px; }
          .lesson { grid-template-columns: [full-start wide-start text-start] minmax(0, 1fr) [text-end wide-end full-end]; }
          .pager { max-width: none; }
        }
        @media (min-width: 64rem) {
          .layout:not(.layout-index) { display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 2.5rem; }
          .sidebar {
            position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto;
            padding: 2rem 0 1.5rem; overscroll-behavior: contain;
          }
          .sidebar nav + nav { margin-top: 1.75rem; padding-top: 1.25rem; border-top: 1px solid var(--rule); }
          main { padding-top: 2rem; }
          @supports selector(::details-content) {
            .sidebar details > summary { display: none; }
            .sidebar details::details-content { content-visibility: visible; display: block; }
          }
        }
        @media (max-width: 30rem) {
          body { font-size: 1rem; }
          .layout, .site-header, .site-footer { padding-left: 1rem; padding-right: 1rem; }
        }

        """
}
