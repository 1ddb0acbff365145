/// Splits formula text into tokens.
///
/// Accepts `·` and `×` as `*`, `−` (U+2212) as `-`, and the superscripts `²` `³` as `^2` `^3`.
/// Columns count characters (extended grapheme clusters) from 1.
struct Lexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    /// All tokens, ending with `.end`.
    static func tokenize(_ text: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let produced = try lexer.next()
            tokens.append(contentsOf: produced)
            if produced.last?.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(ExpressionError) -> [Token] {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let column = index + 1
        guard index < characters.count else { return [Token(kind: .end, column: column, text: "")] }
        let character = characters[index]
        if character.isNumber && character.isASCII || character == "." {
            return [try number(startingAt: column)]
        }
        if character.isLetter || character == "_" {
            return [identifier(startingAt: column)]
        }
        index += 1
        if let superscript = Self.superscripts[character] {
            return [
                Token(kind: .caret, column: column, text: String(character)),
                Token(kind: .number(superscript), column: column, text: String(character)),
            ]
        }
        guard let kind = Self.symbols[character] else {
            throw ExpressionError(column: column, message: "unexpected character '\(character)'")
        }
        return [Token(kind: kind, column: column, text: String(character))]
    }

    private static let symbols: [Character: Token.Kind] = [
        "+": .plus, "-": .minus, "\u{2212}": .minus, "*": .star, "·": .star, "×": .star,
        "/": .slash, "^": .caret, "(": .leftParen, ")": .rightParen, ",": .comma, "=": .equals,
    ]

    private static let superscripts: [Character: Double] = ["²": 2, "³": 3]

    private mutating func identifier(startingAt column: Int) -> Token {
        let start = index
        while index < characters.count,
            characters[index].isLetter || characters[index].isASCII && characters[index].isNumber
                || characters[index] == "_"
        {
            index += 1
        }
        let name = String(characters[start..<index])
        return Token(kind: .identifier(name), column: column, text: name)
    }

    private mutating func number(startingAt column: Int) throws(ExpressionError) -> Token {
        let start = index
        skipDigits()
        if index < characters.count, characters[index] == "." {
            index += 1
            skipDigits()
        }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var probe = index + 1
            if probe < characters.count, characters[probe] == "+" || characters[probe] == "-" { probe += 1 }
            if probe < characters.count, characters[probe].isASCII, characters[probe].isNumber {
                index = probe
                skipDigits()
            }
        }
        let text = String(characters[start..<index])
        guard let value = Double(text) else {
            throw ExpressionError(column: column, message: "malformed number '\(text)'")
        }
        // `1e999` reads as infinity, which no formula means and which prints as `inf`.
        guard value.isFinite else {
            throw ExpressionError(column: column, message: "number '\(text)' is too large (at most about 1.8e308)")
        }
        return Token(kind: .number(value), column: column, text: text)
    }

    private mutating func skipDigits() {
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
            index += 1
        }
    }
}
