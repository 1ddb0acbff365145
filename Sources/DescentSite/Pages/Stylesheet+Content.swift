extension Stylesheet {
    static let content = """
        h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -0.005em; }
        h1 { font-size: 2.1rem; margin: 0 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-top: 0.25rem; }
        h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
        h2[id], h3[id] { scroll-margin-top: 1rem; }
        p, ul, ol, blockquote { margin: 0 0 1.1rem; }
        li + li { margin-top: 0.25rem; }
        blockquote { margin-left: 0; padding: 0.1rem 1.1rem; border-left: 3px solid var(--rule); color: var(--muted); }
        hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5rem 0; }
        code, pre, kbd { font-family: var(--mono); font-size: 0.875em; }
        pre code { font-size: 1em; }
        :not(pre) > code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; }
        pre {
          background: var(--surface); padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px;
          line-height: 1.5; tab-size: 4;
        }
        math[display="block"] { margin: 1.1rem 0; overflow-x: auto; overflow-y: hidden; padding: 0.15rem 0; }
        /* Tables and numbers (PipeTable+HTML, Numeral.html). A table wider than the column scrolls
           sideways; shadows at its edges say there is more, and cover-gradients that scroll with
           the content hide each shadow once its edge is reached. No script. */
        .table-scroll { overflow-x: auto; margin: 0 0 1.4rem; max-width: 100%; }
        /* Whatever scrolls sideways (a wide table, a long formula) shows a shadow at the edge
           where more lies hidden; the content's own background covers it at either end. */
        .table-scroll, math[display="block"] {
          background:
            linear-gradient(to right, var(--background) 40%, transparent) left center / 2rem 100% no-repeat local,
            linear-gradient(to left, var(--background) 40%, transparent) right center / 2rem 100% no-repeat local,
            linear-gradient(to right, color-mix(in srgb, var(--text) 22%, transparent), transparent)
              left center / 0.8rem 100% no-repeat scroll,
            linear-gradient(to left, color-mix(in srgb, var(--text) 22%, transparent), transparent)
              right center / 0.8rem 100% no-repeat scroll;
        }
        .table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        /* A table keeps its natural width (text cells wrap only past 14rem) and scrolls, rather
           than squeezing its columns to one word per line on a phone. 14rem lets a run table
           (label, outcome and three numbers) fit beside the sidebar on a 1280 px screen, so the
           number the prose quotes is never scrolled out of sight there. */
        table {
          border-collapse: collapse; font: 0.9375rem/1.45 var(--sans); font-variant-numeric: tabular-nums;
          width: max-content;
        }
        th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: baseline; }
        th { text-align: left; border-bottom: 2px solid var(--muted); font-weight: 600; white-space: nowrap; }
        td.num, th.num, td.right, th.right { text-align: right; }
        td.center, th.center { text-align: center; }
        td.num { white-space: nowrap; }
        td:not(.num) { max-width: 14rem; }
        .num { white-space: nowrap; font-variant-numeric: tabular-nums lining-nums; }
        .num sup { font-size: 0.75em; line-height: 0; vertical-align: 0.5em; }
        tbody tr:nth-child(even) { background: color-mix(in srgb, var(--text) 4%, transparent); }
        img { max-width: 100%; height: auto; }
        figure { margin: 1.75rem 0; break-inside: avoid; }
        figure picture { display: contents; }
        figure img { display: block; margin: 0 auto; }
        figcaption {
          max-width: var(--measure); margin: 0.6rem auto 0; color: var(--muted); font: 0.9rem/1.5 var(--sans);
          text-align: center;
        }

        """

    static let print = """
        @media print {
          :root {
            color-scheme: light; --text: #000; --muted: #333; --background: #fff; --surface: #fff;
            --rule: #999; --accent: #000; --accent-soft: #fff;
            --hl-key: #000; --hl-number: #000; --hl-comment: #333; --hl-objective: #000;
          }
          body { font-size: 11pt; background: #fff; color: #000; }
          .site-header, .course-nav, .page-contents, .pager, .skip-link, .site-footer { display: none; }
          .layout, .lesson { display: block; max-width: none; padding: 0; }
          .sidebar { display: none; }
          a { color: #000; text-decoration: none; }
          pre, figure, table, math[display="block"] { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          pre { white-space: pre-wrap; overflow: visible; }
          .table-scroll, math[display="block"] { overflow: visible; }
          tbody tr:nth-child(even) { background: none; }
        }

        """
}
