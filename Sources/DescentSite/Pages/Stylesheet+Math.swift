extension Stylesheet {
    /// The rules for formulas: the site's own math font (`MathFont`), script-style glyphs in
    /// scripts, and formulas kept on one line with the punctuation after them.
    ///
    /// Chromium does not pick a math font's script-style glyphs ('ssty') for sub- and
    /// superscripts as Firefox does; without them a prime in `<msup>` is the pre-raised text
    /// prime raised and shrunk a second time, a detached tick. Latin Modern's x-height is small
    /// beside the text faces, so formulas are set a little larger. `\vec` is a text arrow,
    /// too wide for an accent over one letter: `.math-vec` scales it down.
    static let math = """
        @font-face {
          font-family: "\(MathFont.family)"; src: url("\(MathFont.fileName)") format("woff2");
          font-style: normal; font-weight: 400; font-display: swap;
        }
        math { font-family: "\(MathFont.family)", "Latin Modern Math", "STIX Two Math", "Cambria Math", math; font-size: 1.1em; }
        msub > :nth-child(2), msup > :nth-child(2), msubsup > :nth-child(n+2),
        munder > :nth-child(2), munderover > :nth-child(n+2), mover:not([accent]) > :nth-child(2) {
          font-feature-settings: "ssty" 1;
        }
        .math-vec { transform: scale(0.6, 0.75); }
        .math-nowrap { white-space: nowrap; }

        """
}
