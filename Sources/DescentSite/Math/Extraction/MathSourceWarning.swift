/// A `MathWarning` placed in the Markdown source the formula came from.
public struct MathSourceWarning: Sendable, Hashable, CustomStringConvertible {
    /// Where in the Markdown source the problem is.
    public let position: MathSourcePosition
    /// The lowercase message of the underlying `MathWarning`.
    public let message: String

    /// Creates a positioned warning.
    public init(position: MathSourcePosition, message: String) {
        self.position = position
        self.message = message
    }

    /// `line:column: warning: message`.
    public var description: String { "\(position): warning: \(message)" }

    /// `path:line:column: warning: message`, the form the command line prints.
    public func formatted(path: String) -> String {
        "\(path):\(description)"
    }
}
