import Testing

@testable import DescentText

@Suite struct NumberTextTests {
    @Test func plainWritesInputsBackAsWritten() {
        #expect(NumberText.plain(0.3) == "0.3")
        #expect(NumberText.plain(-3) == "-3")
        #expect(NumberText.plain(0.001) == "0.001")
        #expect(NumberText.plain(1e-5) == "1e-5")
        #expect(NumberText.plain(-0.0) == "0")
        #expect(Double(NumberText.plain(0.1 + 0.2)) == 0.1 + 0.2)
    }

    @Test func significantDropsTrailingZerosAndPadding() {
        #expect(NumberText.significant(0) == "0")
        #expect(NumberText.significant(-0.0) == "0")
        #expect(NumberText.significant(1.5e-7) == "1.5e-7")
        #expect(NumberText.significant(2.5e20) == "2.5e20")
        #expect(NumberText.significant(-3.14159265, digits: 3) == "-3.14")
        #expect(NumberText.significant(-3.45e-162, digits: 3) == "-3.45e-162")
        #expect(NumberText.significant(1e-162) == "1e-162")
    }

    @Test func specialValuesAreSpelledOut() {
        #expect(NumberText.significant(.infinity) == "inf")
        #expect(NumberText.significant(-.infinity) == "-inf")
        #expect(NumberText.significant(.nan) == "nan")
        #expect(NumberText.plain(-.infinity) == "-inf")
    }

    @Test func denormalsKeepTheirExponent() {
        #expect(NumberText.significant(.leastNonzeroMagnitude, digits: 3) == "4.94e-324")
        #expect(NumberText.significant(-2.5e-310, digits: 2) == "-2.5e-310")
    }

    @Test func roundingCarriesIntoTheNextDigit() {
        #expect(NumberText.significant(9.9999995) == "10")
        #expect(NumberText.significant(-9.9999995) == "-10")
        #expect(NumberText.significant(9.999994) == "9.99999")
        #expect(NumberText.significant(0.000099999995) == "0.0001")
        #expect(NumberText.significant(999_999.5) == "1e6")
    }

    @Test func faithfulRoundingNeverCarriesIntoTheNextPowerOfTen() {
        #expect(NumberText.faithful(9.99996e-7, digits: 4) == "9.99996e-7")
        #expect(NumberText.faithful(-0.099996, digits: 3) == "-0.099996")
        #expect(NumberText.faithful(9.9999995, digits: 6) == "9.999999", "the Double is just below 9.9999995")
        #expect(NumberText.faithful(0.001, digits: 3) == "0.001")
        #expect(NumberText.faithful(123.5, digits: 3) == "124")
        #expect(NumberText.faithful(1e-6, digits: 3) == "1e-6")
        #expect(NumberText.faithful(0.00123456, digits: 3) == "0.00123", "no carry, no extra digits")
        #expect(NumberText.faithful(0, digits: 3) == "0")
        #expect(NumberText.faithful(.nan, digits: 3) == "nan")
        let nextBelowOne = 1.0.nextDown
        #expect(Double(NumberText.faithful(nextBelowOne, digits: 3))! < 1, "at most 17 digits, still below 1")
        #expect(NumberText.tableDigits([9.99996e-7, 5e-7]) == 3)
        #expect(NumberText.typeset(9.99996e-7, digits: 4) == "9.99996\u{202F}×\u{202F}10⁻⁷")
    }

    @Test func exponentBoundariesFollowPercentG() {
        #expect(NumberText.significant(0.0001) == "0.0001")
        #expect(NumberText.significant(0.00001) == "1e-5")
        #expect(NumberText.significant(123_456) == "123456")
        #expect(NumberText.significant(1_234_567) == "1.23457e6")
        #expect(NumberText.significant(1234, digits: 3) == "1.23e3")
    }

    @Test func digitsAreClampedToWhatADoubleHolds() {
        #expect(NumberText.significant(0.1, digits: 40) == NumberText.significant(0.1, digits: 17))
        #expect(NumberText.significant(0.25, digits: 0) == "0.2")
    }

    @Test func tableDigitsAreTheFewestThatTellAdjacentRowsApart() {
        #expect(NumberText.tableDigits([8.4, 6.57984, 5.208]) == 3)
        #expect(NumberText.tableDigits([1.00001, 1.00002]) == 6)
        #expect(NumberText.tableDigits([1.0001, 1.0002, 1.0003]) == 5)
        #expect(NumberText.tableDigits([2, 2, 2]) == 3, "equal rows need no extra digits")
        #expect(NumberText.tableDigits([.nan, .nan, .infinity]) == 3)
        #expect(NumberText.tableDigits([1, 1 + 1e-12]) == 6, "never more than six")
        #expect(NumberText.tableDigits([]) == 3)
    }

    @Test func typesetIsTheTextForm() {
        #expect(NumberText.typeset(-0.000314159, digits: 3) == "−0.000314")
        #expect(NumberText.typeset(-3.14159e-5, digits: 3) == "−3.14\u{202F}×\u{202F}10⁻⁵")
        #expect(NumberText.typeset(1e-3, digits: nil) == "0.001")
        #expect(NumberText.typeset(1e-6, digits: nil) == "10⁻⁶")
    }
}
