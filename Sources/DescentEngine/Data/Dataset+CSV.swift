import DescentText

extension Dataset {
    /// Parses CSV text: a header row naming the columns, then one row of numbers per line.
    ///
    /// Commas separate fields; RFC 4180 quoting is accepted (`"x","y"`, `"1.5"`, `""` for a
    /// quote inside quotes); spaces and tabs around a field are ignored; blank lines and lines
    /// starting with `#` are skipped; a leading byte order mark is ignored. At most
    /// ``maximumRows`` data rows: the first row past it is an error at its line. Errors carry the
    /// 1-based line and column (in characters) of the offending field.
    ///
    /// The text is read once, byte by byte, straight into the row-major values; nothing is
    /// allocated per row.
    public init(csv text: String) throws(DataError) {
        var text = text
        let parsed = text.withUTF8 { bytes in Result { () throws(DataError) in try Self.parse(bytes) } }
        let (columns, values) = try parsed.get()
        try self.init(columns: columns, values: values)
    }

    /// The columns and row-major values of CSV `bytes`, at most `maximumRows` data rows.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, maximumRows: Int = Dataset.maximumRows
    ) throws(DataError) -> ([String], [Double]) {
        var scanner = CSVScanner(bytes)
        guard scanner.skipIgnoredLines() else {
            throw DataError(line: 1, column: 1, message: "expected a header row naming the columns")
        }
        let columns = try header(&scanner)
        var values: [Double] = []
        var rows = 0
        while scanner.skipIgnoredLines() {
            guard rows < maximumRows else {
                throw DataError(
                    line: scanner.line, column: 1,
                    message: "a data file may hold at most \(grouped(maximumRows)) data rows; "
                        + "this is row \(grouped(maximumRows + 1))")
            }
            try appendRow(&scanner, expected: columns.count, to: &values)
            rows += 1
        }
        guard rows > 0 else {
            throw DataError(line: 2, column: 1, message: "expected at least one data row after the header")
        }
        return (columns, values)
    }

    /// `1000000` as `1,000,000`, the same on every machine.
    private static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    private static func header(_ scanner: inout CSVScanner) throws(DataError) -> [String] {
        var names: [String] = []
        while true {
            let field = try scanner.nextField()
            let name = scanner.text.trimmingWhitespace()
            let valid =
                name.first.map { $0.isLetter || $0 == "_" } ?? false
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            guard valid else { throw scanner.error(at: field, "expected a column name, found '\(name)'") }
            guard !names.contains(name) else { throw scanner.error(at: field, "column '\(name)' is named twice") }
            names.append(name)
            if field.ending == .lineEnd { return names }
        }
    }

    /// Reads one row into `values`. As the fields are counted first, a row with the wrong
    /// number of fields is reported as such even when one of its fields is not a number.
    private static func appendRow(
        _ scanner: inout CSVScanner, expected: Int, to values: inout [Double]
    ) throws(DataError) {
        var count = 0
        var extra: CSVScanner.Field?
        var last: CSVScanner.Field?
        var firstBad: DataError?
        while true {
            let field = try scanner.nextField()
            if count < expected, firstBad == nil {
                let value = try scanner.withContent { bytes throws(DataError) in CSVNumber.parse(bytes) }
                if let value, value.isFinite {
                    values.append(value)
                } else {
                    let text = scanner.text.trimmingWhitespace()
                    firstBad = scanner.error(at: field, "expected a number, found '\(text)'")
                }
            } else if count == expected {
                extra = field
            }
            count += 1
            last = field
            if field.ending == .lineEnd { break }
        }
        guard count == expected else {
            let at = (count > expected ? extra : last)!
            throw scanner.error(at: at, "expected \(expected) fields, found \(count)")
        }
        if let firstBad { throw firstBad }
    }
}
