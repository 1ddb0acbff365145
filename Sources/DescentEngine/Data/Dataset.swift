/// A table of numbers with named columns, the data behind `mean(...)`/`sum(...)`.
///
/// Values are stored row-major. At most ``maximumRows`` rows.
public struct Dataset: Hashable, Sendable {
    /// The most rows a dataset may hold.
    public static let maximumRows = 1_000_000

    /// Column names, in order.
    public let columns: [String]
    /// Row-major values: row `i`, column `j` is `values[i * columns.count + j]`.
    public let values: [Double]

    /// A dataset from names and row-major values.
    public init(columns: [String], values: [Double]) throws(DataError) {
        guard !columns.isEmpty else { throw DataError(message: "a dataset needs at least one column") }
        guard values.count % columns.count == 0 else {
            throw DataError(message: "\(values.count) values do not fill rows of \(columns.count) columns")
        }
        guard values.count / columns.count <= Self.maximumRows else {
            throw DataError(message: "more than \(Self.maximumRows) rows")
        }
        self.columns = columns
        self.values = values
    }

    /// The number of rows.
    public var rowCount: Int { values.count / columns.count }

    /// The values of one column, top to bottom.
    public func column(_ name: String) -> [Double]? {
        guard let index = columns.firstIndex(of: name) else { return nil }
        return stride(from: index, to: values.count, by: columns.count).map { values[$0] }
    }
}
