/// The site's stylesheet, written to `style.css` beside the pages: one readable measure
/// (~70ch), a sidebar that moves above the content on narrow screens, light and dark themes
/// from `prefers-color-scheme`, and a print style (no navigation, black on white).
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
          max-width: 74rem; margin: 0 auto; padding: 1rem 1.5rem;
          border-bottom: 1px solid var(--rule); font-family: var(--sans);
        }
        .site-header a { color: var(--text); font-weight: 650; text-decoration: none; letter-spacing: 0.01em; }
        .layout {
          display: grid; grid-template-columns: 14rem minmax(0, 70ch); gap: 3.5rem;
          max-width: 74rem; margin: 0 auto; padding: 2rem 1.5rem 0;
        }
        .layout-index { grid-template-columns: minmax(0, 70ch); justify-content: center; }
        main { min-width: 0; }
        .course-nav { font: 0.9375rem/1.45 var(--sans); }
        .course-nav ol { list-style: none; margin: 0; padding: 0; position: sticky; top: 1rem; }
        .course-nav li { margin: 0 0 0.15rem; }
        .course-nav a { display: block; padding: 0.3rem 0.6rem; border-radius: 6px; color: var(--muted); text-decoration: none; }
        .course-nav a:hover { color: var(--text); background: var(--surface); }
        .course-nav a[aria-current="page"] { color: var(--text); background: var(--accent-soft); font-weight: 600; }
        .nav-title {
          margin: 0 0 0.5rem; font: 600 0.75rem/1.4 var(--sans); letter-spacing: 0.08em;
          text-transform: uppercase; color: var(--muted);
        }
        .page-contents {
          margin: 1.25rem 0 2rem; padding: 0.9rem 1.2rem; border-left: 3px solid var(--rule);
          background: var(--surface); border-radius: 0 6px 6px 0; font: 0.9375rem/1.5 var(--sans);
        }
        .page-contents ol { margin: 0; padding-left: 1.25rem; }
        .pager {
          display: flex; justify-content: space-between; gap: 1rem; margin-top: 3.5rem;
          padding-top: 1.25rem; border-top: 1px solid var(--rule); font-family: var(--sans);
        }
        .pager a { text-decoration: none; max-width: 48%; }
        .pager a[rel="next"] { margin-left: auto; text-align: right; }
        .pager-label { display: block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
        .site-footer {
          max-width: 74rem; margin: 4rem auto 0; padding: 1.25rem 1.5rem 2.5rem;
          border-top: 1px solid var(--rule); color: var(--muted); font: 0.875rem/1.5 var(--sans);
        }
        .lesson-list { padding-left: 1.5rem; }
        .lesson-list li { margin: 0 0 1.1rem; }
        .lesson-list > li > a { font-weight: 600; font-family: var(--sans); }
        .lesson-list .summary { margin: 0.2rem 0 0; color: var(--muted); }
        .course-description { font-size: 1.125rem; color: var(--muted); }
        @media (max-width: 56rem) {
          .layout { grid-template-columns: minmax(0, 1fr); gap: 0; padding-top: 1rem; }
          .course-nav { border-bottom: 1px solid var(--rule); padding-bottom: 0.75rem; margin-bottom: 1.5rem; }
          .course-nav ol { position: static; display: flex; flex-wrap: wrap; gap: 0.25rem; }
          .course-nav li { margin: 0; }
          .course-nav a { padding: 0.2rem 0.55rem; border: 1px solid var(--rule); }
        }
        @media (max-width: 30rem) {
          body { font-size: 1rem; }
          .layout, .site-header, .site-footer { padding-left: 1rem; padding-right: 1rem; }
        }

        """
}
