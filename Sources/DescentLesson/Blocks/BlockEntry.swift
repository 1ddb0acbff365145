/// One `key: value` line of an experiment block, with where each part sits in the lesson.
public struct BlockEntry: Sendable, Equatable {
    /// The key as written (`lr`, `η`, `optimizer`); `objective` for a bare `f(w) = …` line.
    public var key: String
    /// The value with the comment and surrounding spaces removed.
    public var value: String
    /// 1-based line in the lesson file.
    public var line: Int
    /// 1-based column of the key.
    public var keyColumn: Int
    /// 1-based column where the value starts.
    public var valueColumn: Int
}
