import DescentEngine
import FuzzSupport

/// CSV data files: parse; a dataset has named columns and whole rows, and errors point at a line
/// and column of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    do {
        let dataset = try Dataset(csv: text)
        invariant(!dataset.columns.isEmpty, "a dataset without columns")
        invariant(dataset.values.count == dataset.rowCount * dataset.columns.count, "a ragged dataset")
        invariant(dataset.rowCount >= 1 && dataset.rowCount <= Dataset.maximumRows, "\(dataset.rowCount) rows")
        for name in dataset.columns { invariant(dataset.column(name)?.count == dataset.rowCount, "column \(name)") }
    } catch {
        // Only the row cap is reported for the file as a whole.
        let located = error.line >= 1 && error.column >= 1
        invariant(located || error.message.hasPrefix("more than"), "error at \(error.line):\(error.column)")
    }
    return 0
}
