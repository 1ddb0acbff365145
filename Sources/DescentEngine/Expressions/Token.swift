/// One lexical unit of a formula, with the 1-based column where it starts.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Double)
        case identifier(String)
        case plus, minus, star, slash, caret
        case leftParen, rightParen, comma, equals
        case end
    }

    var kind: Kind
    var column: Int
    /// The characters the token was read from (for error messages).
    var text: String

    /// How the token reads in an error message.
    var quoted: String {
        kind == .end ? "end of formula" : "'\(text)'"
    }
}
