import Testing

@testable import DescentText

@Suite struct NumeralTests {
    private func numeral(_ text: String) -> Numeral? { Numeral(parsing: text) }

    @Test func readsEveryFormTheCourseWrites() {
        for text in ["-3.15e-4", "−3.15 × 10⁻⁴", "−3.15×10⁻⁴", "−3.15\u{202F}×\u{202F}10⁻⁴"] {
            #expect(numeral(text)?.ascii == "-3.15e-4", "\(text)")
        }
        #expect(numeral("10⁻⁶")?.ascii == "1e-6")
        #expect(numeral("10")?.ascii == "10")
        #expect(numeral("+4")?.ascii == "4")
        #expect(numeral("6.02E23")?.ascii == "6.02e23")
        #expect(numeral(".5")?.ascii == ".5")
        #expect(numeral("inf")?.kind == .infinity)
        #expect(numeral("−∞")?.ascii == "-inf")
        #expect(numeral("NaN")?.kind == .notANumber)
    }

    @Test func rejectsWhatIsNotOneNumber() {
        for text in [
            "", "e5", "1.2.3", "x1", "1e", "--1", ".", "1 ", " 1", "1e-", "3 × 10", "10⁻", "1e1234567", "12 ★",
        ] {
            #expect(numeral(text) == nil, "\(text)")
        }
    }

    @Test func negativeZeroHasNoSign() {
        #expect(numeral("-0")?.text == "0")
        #expect(numeral("-0.000")?.isNegative == false)
        #expect(Numeral(-0.0).ascii == "0")
        #expect(numeral("-nan")?.ascii == "nan")
    }

    @Test func textFormUsesTheMinusSignAndSuperscripts() {
        #expect(numeral("-3.15e-4")?.text == "−3.15\u{202F}×\u{202F}10⁻⁴")
        #expect(numeral("1e-6")?.text == "10⁻⁶")
        #expect(numeral("2.5e20")?.text == "2.5\u{202F}×\u{202F}10²⁰")
        #expect(numeral("-inf")?.text == "−∞")
        #expect(numeral("nan")?.text == "NaN")
        #expect(numeral("-7.28")?.text == "−7.28")
    }

    @Test func htmlFormKeepsTheNumberInOneSpan() {
        #expect(numeral("-3.15e-4")?.html == "<span class=\"num\">−3.15\u{202F}×\u{202F}10<sup>−4</sup></span>")
        #expect(numeral("1e12")?.html == "<span class=\"num\">10<sup>12</sup></span>")
        #expect(numeral("0.5")?.html == "<span class=\"num\">0.5</span>")
        #expect(numeral("-1")?.html.contains("-") == false, "never a hyphen-minus")
    }

    @Test func texFormIsWhatTheMathConverterReads() {
        #expect(numeral("-3.15e-4")?.tex == "-3.15 \\times 10^{-4}")
        #expect(numeral("1e-6")?.tex == "10^{-6}")
        #expect(numeral("42")?.tex == "42")
        #expect(numeral("-inf")?.tex == "-\\infty")
        #expect(numeral("nan")?.tex == "\\mathrm{NaN}")
    }

    @Test func formsReadBackToTheSameDigits() {
        for value in [0, -0.0, 1e-162, -3.45e-162, 9.9999995, .leastNonzeroMagnitude, 123_456.7, -2.5e-310, 1e300] {
            let ascii = NumberText.significant(value)
            let written = Numeral(parsing: ascii)!
            #expect(Numeral(parsing: written.text) == written, "\(ascii)")
            #expect(Numeral(parsing: written.text)?.value == Double(ascii), "\(ascii)")
        }
    }

    @Test func superscriptOfTheSmallestIntDoesNotTrap() {
        #expect(Numeral.superscript(Int.min) == "⁻⁹²²³³⁷²⁰³⁶⁸⁵⁴⁷⁷⁵⁸⁰⁸")
    }
}
