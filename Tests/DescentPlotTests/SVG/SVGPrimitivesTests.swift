import DescentText
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
        #expect(
            HTMLEscaping.escape("a<b & \"c\" > 'd'", rules: .xml) == "a&lt;b &amp; &quot;c&quot; &gt; &apos;d&apos;")
    }

    @Test func numbersKeepPaddedHundredthsAndLargeIntegers() {
        #expect(SVGNumber.format(-0.05) == "-0.05")
        #expect(SVGNumber.format(10.1) == "10.1")
        #expect(SVGNumber.format(-7) == "-7")
        #expect(SVGNumber.format(.infinity) == "0")
        #expect(SVGNumber.format(-1e17) == "-100000000000000000")
    }

    /// The byte-level escaper gives what escaping scalar by scalar gives, for every ASCII
    /// character and for text outside ASCII.
    @Test func escapingMatchesAScalarByScalarReference() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [ascii, "w² ≤ 0.5 — “ok” & <π> 😀", "", "plain", "&", "tab\there\u{7}"] {
            #expect(HTMLEscaping.escape(text, rules: .xml) == referenceEscape(text), "\(text.debugDescription)")
        }
    }

    @Test func escapingDropsForbiddenControlsAndKeepsLineBreaks() {
        #expect(HTMLEscaping.escape("a\u{1}b\tc\nd\re\u{1F}", rules: .xml) == "ab\tc\nd\re")
    }

    @Test func elementsSerialiseWithEscapedAttributesAndNestedLines() {
        let element = SVGElement.group(
            [("class", "a&b")],
            [SVGElement("text", [("x", "1")], text: "<t>"), SVGElement("path", [("d", "M0,0")])])
        #expect(
            element.serialized() == "<g class=\"a&amp;b\">\n<text x=\"1\">&lt;t&gt;</text>\n<path d=\"M0,0\"/>\n</g>")
    }

    @Test func pathDataJoinsCommandsWithoutSeparators() {
        var path = PathData()
        #expect(path.isEmpty)
        path.addPolyline([Point(0, 1.5), Point(-2.25, 3), Point(4.1, 0)], closed: true)
        #expect(path.commands == "M0,1.5L-2.25,3L4.1,0Z")
        #expect(!path.isEmpty)
    }

    @Test func coloursWriteUpperCaseHex() {
        #expect(Color(hex: 0x0072B2).hexString == "#0072B2")
        #expect(Color(red: 1.2, green: -0.1, blue: 0.5).hexString == "#FF0080")
    }

    /// Escaping as it was first written, one Unicode scalar at a time.
    private func referenceEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
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
