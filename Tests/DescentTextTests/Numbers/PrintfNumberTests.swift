import Foundation
import Testing

@testable import DescentText

@Suite struct PrintfNumberTests {
    static let values: [Double] = [
        0, -0.0, 1, -3, 0.3, 0.1 + 0.2, 1e-7, 9.99996e-7, 123_456.789, -2.5e-300, 1.7976931348623157e308,
        5e-324, .pi, -.pi * 1e10, 0.5, 2.5, 1e15, 1e16 + 2, .infinity, -.infinity, .nan,
    ]

    @Test(arguments: [PrintfNumber.Conversion.general, .scientific, .fixed])
    func matchesFoundationsFormatting(_ conversion: PrintfNumber.Conversion) {
        let letter = Character(UnicodeScalar(conversion.rawValue))
        for value in Self.values {
            for precision in [0, 1, 3, 6, 12, 16, 17, 25] {
                let expected = String(format: "%.\(precision)\(letter)", value)
                #expect(
                    PrintfNumber.format(value, precision: precision, conversion) == expected, "\(value) \(precision)")
            }
        }
    }

    @Test func fixedNotationOfAHugeValueIsNotCut() {
        let text = PrintfNumber.format(1.7976931348623157e308, precision: 12, .fixed)
        #expect(text.count == 309 + 13)
        #expect(text.hasPrefix("179769313486231570"))
    }
}
