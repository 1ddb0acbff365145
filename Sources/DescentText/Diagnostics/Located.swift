/// A value together with where it was written, so later checks can point at it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    /// 1-based line in the lesson.
    public var line: Int
    /// 1-based column in that line.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// The value, then its line and column.
extension Located: BinaryRecord where Value: BinaryRecord {
    public func write(to writer: inout BinaryWriter) {
        writer.write(value)
        writer.write(line)
        writer.write(column)
    }

    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(try reader.read(), line: try reader.read(), column: try reader.read())
    }
}
