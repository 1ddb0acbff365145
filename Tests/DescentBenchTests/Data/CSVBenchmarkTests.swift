import DescentEngine
import Testing

@testable import DescentBench

@Suite struct CSVBenchmarkTests {
    @Test func benchmarkTextIsAboutTenBytesARowAndParses() throws {
        let text = CSVBenchmark.text(rows: 1_000)
        #expect(text == CSVBenchmark.text(rows: 1_000))
        #expect((9_000...13_000).contains(text.utf8.count))
        let data = try Dataset(csv: text)
        #expect(data.columns == ["x", "y"] && data.rowCount == 1_000)
    }
}
