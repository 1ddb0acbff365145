/// A recursive-descent parser for formula bodies.
///
/// Precedence, loosest first: `+ -`, `* /`, unary `- +`, `^` (right-associative). Because `^`
/// binds tighter than unary minus, `-x^2` is `-(x^2)`, while `2^-1` is allowed. Nesting depth
/// is capped at ``ExpressionLimits/maximumDepth`` so deep input produces an error, not a crash.
struct Parser {
    private let tokens: [Token]
    private var position = 0
    private var depth = 0
    let parameters: [String]
    let columns: [String]?
    var insideAggregate = false

    /// - Parameters:
    ///   - parameters: names that are parameters.
    ///   - columns: the data columns available; nil accepts any other identifier inside
    ///     `mean(...)`/`sum(...)` as a column.
    init(tokens: [Token], parameters: [String], columns: [String]?) {
        self.tokens = tokens
        self.parameters = parameters
        self.columns = columns
    }

    /// Parses tokens from the current position to `.end`.
    mutating func parseWhole() throws(ExpressionError) -> Expression {
        let expression = try parseSum()
        let token = current
        if token.kind != .end {
            throw unexpected(token, expected: "an operator or end of formula")
        }
        return expression
    }

    var current: Token { tokens[position] }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    mutating func parseSum() throws(ExpressionError) -> Expression {
        var left = try parseProduct()
        while true {
            switch current.kind {
            case .plus:
                advance()
                left = .add(left, try parseProduct())
            case .minus:
                advance()
                left = .subtract(left, try parseProduct())
            default: return left
            }
        }
    }

    private mutating func parseProduct() throws(ExpressionError) -> Expression {
        var left = try parseUnary()
        while true {
            switch current.kind {
            case .star:
                advance()
                left = .multiply(left, try parseUnary())
            case .slash:
                advance()
                left = .divide(left, try parseUnary())
            default: return left
            }
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> Expression {
        try enter()
        defer { depth -= 1 }
        switch current.kind {
        case .minus:
            advance()
            return .negate(try parseUnary())
        case .plus:
            advance()
            return try parseUnary()
        default:
            return try parsePower()
        }
    }

    private mutating func parsePower() throws(ExpressionError) -> Expression {
        let base = try parsePrimary()
        guard current.kind == .caret else { return base }
        advance()
        return .power(base, try parseUnary())
    }

    private mutating func enter() throws(ExpressionError) {
        depth += 1
        if depth > ExpressionLimits.maximumDepth {
            throw ExpressionError(
                column: current.column,
                message: "formula nested too deeply (more than \(ExpressionLimits.maximumDepth) levels)")
        }
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            try rejectJuxtaposition(after: token)
            return .number(value)
        case .identifier(let name):
            advance()
            return try parseIdentifier(name, token: token)
        case .leftParen:
            advance()
            let inner = try parseSum()
            try expectClosing(openedAt: token)
            try rejectJuxtaposition(after: token)
            return inner
        default:
            throw unexpected(token, expected: "a number, name or '('")
        }
    }

    mutating func expectClosing(openedAt open: Token) throws(ExpressionError) {
        guard current.kind == .rightParen else {
            throw ExpressionError(
                column: current.column,
                message: "expected ')' to close '(' at col \(open.column), found \(current.quoted)")
        }
        advance()
    }

    /// `2w`, `2(`, `(a)(b)`, `(a)w` are most likely a missing `*`.
    private func rejectJuxtaposition(after token: Token) throws(ExpressionError) {
        let next = current
        switch next.kind {
        case .identifier, .leftParen, .number:
            let left = token.kind == .leftParen ? "(...)" : token.text
            let right = next.kind == .leftParen ? "(...)" : next.text
            throw ExpressionError(
                column: next.column, message: "expected an operator before \(next.quoted)",
                suggestion: "write \(left)*\(right)")
        default:
            return
        }
    }

    func unexpected(_ token: Token, expected: String) -> ExpressionError {
        ExpressionError(column: token.column, message: "expected \(expected), found \(token.quoted)")
    }
}
