import Foundation

extension Dataset {
    /// Parses CSV text: a header row naming the columns, then one row of numbers per line.
    ///
    /// Commas separate fields; surrounding spaces are ignored; blank lines and lines starting
    /// with `#` are skipped. Errors carry the 1-based line and column of the offending field.
    public init(csv text: String) throws(DataError) {
        var header: [String]?
        var values: [Double] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = Self.fields(of: Substring(content))
            guard let names = header else {
                header = try Self.header(fields, line: offset + 1)
                continue
            }
            try Self.appendRow(fields, expected: names.count, line: offset + 1, to: &values)
        }
        guard let columns = header else {
            throw DataError(line: 1, column: 1, message: "expected a header row naming the columns")
        }
        guard !values.isEmpty else {
            throw DataError(line: 2, column: 1, message: "expected at least one data row after the header")
        }
        try self.init(columns: columns, values: values)
    }

    private static func fields(of line: Substring) -> [(text: String, column: Int)] {
        var result: [(String, Int)] = []
        var column = 1
        for field in line.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = field.prefix { $0 == " " || $0 == "\t" }.count
            result.append((field.trimmingCharacters(in: .whitespaces), column + leading))
            column += field.count + 1
        }
        return result
    }

    private static func header(_ fields: [(text: String, column: Int)], line: Int) throws(DataError) -> [String] {
        var names: [String] = []
        for field in fields {
            let valid =
                field.text.first.map { $0.isLetter || $0 == "_" } ?? false
                && field.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            guard valid else {
                throw DataError(
                    line: line, column: field.column, message: "expected a column name, found '\(field.text)'")
            }
            guard !names.contains(field.text) else {
                throw DataError(line: line, column: field.column, message: "column '\(field.text)' is named twice")
            }
            names.append(field.text)
        }
        return names
    }

    private static func appendRow(
        _ fields: [(text: String, column: Int)], expected: Int, line: Int,
        to values: inout [Double]
    ) throws(DataError) {
        guard fields.count == expected else {
            let column = fields.count > expected ? fields[expected].column : (fields.last?.column ?? 1)
            throw DataError(line: line, column: column, message: "expected \(expected) fields, found \(fields.count)")
        }
        for field in fields {
            guard let value = Double(field.text), value.isFinite else {
                throw DataError(line: line, column: field.column, message: "expected a number, found '\(field.text)'")
            }
            values.append(value)
        }
    }
}
