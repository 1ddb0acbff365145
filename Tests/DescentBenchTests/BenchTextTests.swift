import DescentBench
import Testing

@Suite struct BenchTextTests {
    @Test func numbersAreFixedOrSignificantAsPrintfWritesThem() {
        #expect(BenchText.fixed(3.14159, 2) == "3.14")
        #expect(BenchText.fixed(42.5, 1, width: 7) == "   42.5")
        #expect(BenchText.fixed(1234.5, 0) == "1234")
        #expect(BenchText.significant(0.000123456789, 6) == "0.000123457")
    }

    @Test func columnsArePaddedOrCut() {
        #expect(BenchText.padded("ab", to: 4) == "ab  ")
        #expect(BenchText.padded("abcdef", to: 4) == "abcd")
        #expect(BenchText.aligned("7", width: 3) == "  7")
        #expect(BenchText.aligned("1234", width: 3) == "1234")
        #expect(BenchText.zeroPadded(7, width: 3) == "007" && BenchText.zeroPadded(42, width: 2) == "42")
        #expect(BenchText.zeroPadded(UInt64(1234), width: 3) == "1234")
    }
}
