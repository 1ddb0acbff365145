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
        #expect(abs(metrics.width(of: "0") - 0.556 * 12 * 1.06) < 1e-9)
    }
}
