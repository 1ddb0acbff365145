import Testing

@testable import DescentPlot

@Suite struct SVGPrimitivesTests {
    @Test func numbersHaveTwoDecimalsAndNoNegativeZero() {
        #expect(SVGNumber.format(1.006) == "1.01")
        #expect(SVGNumber.format(2.50) == "2.5")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(-3.14159) == "-3.14")
        #expect(SVGNumber.format(120) == "120")
        #expect(SVGNumber.format(0.07) == "0.07")
    }

    @Test func escapingCoversMarkupCharacters() {
        #expect(XMLEscaping.escape("a<b & \"c\" > 'd'") == "a&lt;b &amp; &quot;c&quot; &gt; &apos;d&apos;")
    }

    @Test func idPrefixesAreValidIdentifiers() {
        #expect(IDPrefix.sanitized("fig 1/a") == "fig-1-a")
        #expect(IDPrefix.sanitized("3d") == "c3d")
        #expect(IDPrefix.sanitized("") == "chart")
    }

    @Test func textWidthGrowsWithGlyphs() {
        let metrics = TextMetrics(fontSize: 12)
        #expect(metrics.width(of: "WWW") > metrics.width(of: "iii") * 3)
        #expect(abs(metrics.width(of: "0") - 0.636 * 12 * TextMetrics.safetyFactor) < 1e-9)
    }

    /// Chromium on Linux falls back to DejaVu Sans; estimates below its widths let legends
    /// run off the figure ("lr = 0.055" was cut to "lr = 0.05").
    @Test func textWidthIsNoLessThanDejaVuSans() {
        let metrics = TextMetrics(fontSize: 12)
        // DejaVu Sans advances at 12 px, measured with FreeType.
        let dejaVu: [(String, Double)] = [
            ("lr = 0.055", 60.31), ("lr = 1.1 (diverged)", 110.99), ("momentum(momentum=0.5)", 177.93),
            ("bold_driver, lr = 0.001", 135.15), ("10\u{207B}\u{2076}", 26.42),
        ]
        for (text, width) in dejaVu {
            #expect(metrics.width(of: text) >= width, "\(text)")
        }
    }
}
