/// A function to minimise, parsed from a definition such as `f(x, y) = (1 - x)^2 + 100*(y - x^2)^2`.
///
/// The signature names the parameters (any number, at least one); other names in the body
/// are the constants `pi` and `e`, or data columns inside `mean(...)`/`sum(...)`.
public struct Objective: Hashable, Sendable {
    /// The function's name in the definition (`f`, `J`, …).
    public var name: String
    /// The parameters, in signature order; points and gradients use this order.
    public var parameters: [String]
    /// The body of the definition.
    public var body: Expression

    /// Creates an objective from parts already in hand.
    public init(name: String = "f", parameters: [String], body: Expression) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }

    /// The data columns the body reads.
    public var columns: [String] { body.columnNames }

    /// Parses `name(p1, p2, …) = body`.
    ///
    /// - Parameter columns: the data columns available, when known; names outside this list
    ///   are then reported as unknown. With nil, any other name inside `mean`/`sum` is a column.
    public static func parse(_ definition: String, columns: [String]? = nil) throws(ExpressionError) -> Objective {
        guard definition.count <= ExpressionLimits.maximumLength else {
            throw ExpressionError(
                column: ExpressionLimits.maximumLength + 1,
                message: "formula longer than \(ExpressionLimits.maximumLength) characters")
        }
        let tokens = try Lexer.tokenize(definition)
        var signature = SignatureReader(tokens: tokens)
        let (name, parameters) = try signature.read()
        var parser = Parser(tokens: Array(tokens[signature.position...]), parameters: parameters, columns: columns)
        let body = try parser.parseWhole()
        return Objective(name: name, parameters: parameters, body: body)
    }

    /// Parses a bare formula (no signature) over the given parameter names, e.g. `2*x + 1`.
    public static func parseFormula(_ text: String, parameters: [String], columns: [String]? = nil)
        throws(ExpressionError) -> Expression
    {
        guard text.count <= ExpressionLimits.maximumLength else {
            throw ExpressionError(
                column: ExpressionLimits.maximumLength + 1,
                message: "formula longer than \(ExpressionLimits.maximumLength) characters")
        }
        var parser = Parser(tokens: try Lexer.tokenize(text), parameters: parameters, columns: columns)
        return try parser.parseWhole()
    }
}

/// Reads the `name(p1, …) =` prefix of a definition.
private struct SignatureReader {
    let tokens: [Token]
    var position = 0

    mutating func read() throws(ExpressionError) -> (String, [String]) {
        guard case .identifier(let name) = tokens[0].kind else {
            throw expected("a definition such as 'f(w) = w^2'", at: tokens[0])
        }
        position = 1
        guard tokens[position].kind == .leftParen else {
            throw expected("'(' after '\(name)' to list the parameters, as in '\(name)(w) = ...'", at: tokens[position])
        }
        let open = tokens[position]
        position += 1
        let parameters = try readParameters()
        guard tokens[position].kind == .rightParen else {
            throw ExpressionError(
                column: tokens[position].column,
                message: "expected ')' to close '(' at col \(open.column), found \(tokens[position].quoted)")
        }
        position += 1
        guard tokens[position].kind == .equals else { throw expected("'=' after the signature", at: tokens[position]) }
        position += 1
        return (name, parameters)
    }

    private mutating func readParameters() throws(ExpressionError) -> [String] {
        var parameters: [String] = []
        while true {
            let token = tokens[position]
            guard case .identifier(let parameter) = token.kind else { throw expected("a parameter name", at: token) }
            try validate(parameter, token: token, existing: parameters)
            parameters.append(parameter)
            position += 1
            guard tokens[position].kind == .comma else { return parameters }
            position += 1
        }
    }

    private func validate(_ parameter: String, token: Token, existing: [String]) throws(ExpressionError) {
        if existing.contains(parameter) {
            throw ExpressionError(column: token.column, message: "parameter '\(parameter)' is listed twice")
        }
        if BuiltinFunction(rawValue: parameter) != nil || Aggregate(rawValue: parameter) != nil {
            throw ExpressionError(
                column: token.column, message: "'\(parameter)' is a function name, not a parameter name")
        }
    }

    private func expected(_ what: String, at token: Token) -> ExpressionError {
        ExpressionError(column: token.column, message: "expected \(what), found \(token.quoted)")
    }
}
