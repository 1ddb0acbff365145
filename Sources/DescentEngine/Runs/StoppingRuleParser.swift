/// Parses stopping-rule text such as `|Δw| < 0.001 and |grad| < 0.001`.
///
/// Quantities: `|Δθ|`, `|dθ|`, `|delta θ|`, `|step|` (step norm; with the name of a parameter
/// instead of θ, that parameter's change: `|Δx|`, `|dx|`); `|grad|`, `|gradient|`, `|∇f|`, `|g|`;
/// `|x|` for a parameter's value; `loss`; `Δloss`, `dloss`, `delta loss`. Relations `<`, `<=`, `≤`.
/// `and` binds tighter than `or`; parentheses group. Errors are ``ExpressionError``s with
/// columns within the rule text.
public enum StoppingRuleParser {
    /// Parses `text` for an objective with the given parameters.
    public static func parse(_ text: String, parameters: [String]) throws(ExpressionError) -> StoppingRule {
        guard text.count <= 1_000 else {
            throw ExpressionError(column: 1, message: "stopping rule longer than 1000 characters")
        }
        var reader = RuleReader(text: text, parameters: parameters)
        let rule = try reader.parseOr(depth: 0)
        if let extra = reader.peekWord() {
            throw ExpressionError(
                column: extra.column, message: "expected 'and', 'or' or end of rule, found '\(extra.text)'")
        }
        return rule
    }
}

/// The scanner and recursive-descent parser behind ``StoppingRuleParser``.
struct RuleReader {
    let characters: [Character]
    let parameters: [String]
    var index = 0

    init(text: String, parameters: [String]) {
        characters = Array(text)
        self.parameters = parameters
    }

    mutating func parseOr(depth: Int) throws(ExpressionError) -> StoppingRule {
        guard depth < 50 else { throw ExpressionError(column: index + 1, message: "stopping rule nested too deeply") }
        var rules = [try parseAnd(depth: depth)]
        while consumeKeyword("or") { rules.append(try parseAnd(depth: depth)) }
        return rules.count == 1 ? rules[0] : .any(rules)
    }

    private mutating func parseAnd(depth: Int) throws(ExpressionError) -> StoppingRule {
        var rules = [try parseAtom(depth: depth)]
        while consumeKeyword("and") { rules.append(try parseAtom(depth: depth)) }
        return rules.count == 1 ? rules[0] : .all(rules)
    }

    private mutating func parseAtom(depth: Int) throws(ExpressionError) -> StoppingRule {
        skipSpaces()
        if consume("(") {
            let open = index
            let inner = try parseOr(depth: depth + 1)
            skipSpaces()
            guard consume(")") else {
                throw ExpressionError(column: index + 1, message: "expected ')' to close '(' at col \(open)")
            }
            return inner
        }
        let quantity = try parseQuantity()
        skipSpaces()
        let inclusive: Bool
        if consume("<=") || consume("≤") {
            inclusive = true
        } else if consume("<") {
            inclusive = false
        } else {
            throw ExpressionError(
                column: index + 1, message: "expected '<' or '<=' after the quantity, found \(describeHere())")
        }
        return .compare(quantity, threshold: try parseNumber(), inclusive: inclusive)
    }

    private mutating func parseNumber() throws(ExpressionError) -> Double {
        skipSpaces()
        let start = index
        while index < characters.count, characters[index].isNumber || ".eE+-".contains(characters[index]) { index += 1 }
        let text = String(characters[start..<index])
        guard let value = Double(text), value.isFinite else {
            index = start
            throw ExpressionError(column: start + 1, message: "expected a number, found \(describeHere())")
        }
        return value
    }

    mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    mutating func consume(_ literal: String) -> Bool {
        let literalCharacters = Array(literal)
        guard index + literalCharacters.count <= characters.count,
            Array(characters[index..<index + literalCharacters.count]) == literalCharacters
        else { return false }
        index += literalCharacters.count
        return true
    }

    private mutating func consumeKeyword(_ keyword: String) -> Bool {
        skipSpaces()
        guard let word = peekWord(), word.text == keyword else { return false }
        index += keyword.count
        return true
    }

    /// The word starting at the current position (after spaces), if any.
    mutating func peekWord() -> (text: String, column: Int)? {
        skipSpaces()
        var end = index
        while end < characters.count, Self.isWordCharacter(characters[end]) { end += 1 }
        return end > index ? (String(characters[index..<end]), index + 1) : nil
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "∇"
    }

    func describeHere() -> String {
        index < characters.count ? "'\(characters[index])'" : "end of rule"
    }
}
