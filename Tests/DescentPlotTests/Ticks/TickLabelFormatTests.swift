import Testing

@testable import DescentPlot

@Suite struct TickLabelFormatTests {
    @Test func fewestSharedDecimals() {
        #expect(TickLabelFormat.labels(for: [0, 0.25, 0.5, 0.75, 1]) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(TickLabelFormat.labels(for: [8, 10, 12, 14]) == ["8", "10", "12", "14"])
        #expect(TickLabelFormat.labels(for: [0, 0.001, 0.002]) == ["0.000", "0.001", "0.002"])
    }

    @Test func tinyAndHugeValuesUseExponents() {
        let times = "\u{202F}×\u{202F}"
        #expect(TickLabelFormat.labels(for: [0, 1e-6, 2e-6]) == ["0", "10⁻⁶", "2\(times)10⁻⁶"])
        #expect(TickLabelFormat.labels(for: [0.0001, 0.000125]) == ["10⁻⁴", "1.25\(times)10⁻⁴"])
        #expect(TickLabelFormat.labels(for: [2e6, 4e6]) == ["2\(times)10⁶", "4\(times)10⁶"])
        #expect(TickLabelFormat.labels(for: [-2e-6, 0]) == ["−2\(times)10⁻⁶", "0"])
    }

    @Test func negativeZeroIsNeverWritten() {
        #expect(TickLabelFormat.labels(for: [-0.0, -1]) == ["0", "−1"])
        #expect(TickLabelFormat.fixed(-0.0001, decimals: 2) == "0.00")
    }

    @Test func powersOfTen() {
        #expect(TickLabelFormat.powerOfTen(0) == "1")
        #expect(TickLabelFormat.powerOfTen(2) == "100")
        #expect(TickLabelFormat.powerOfTen(3) == "10³")
        #expect(TickLabelFormat.powerOfTen(-6) == "10⁻⁶")
        #expect(TickLabelFormat.powerOfTen(12) == "10¹²")
    }
}
