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

extension Located: Codable where Value: Codable {}
