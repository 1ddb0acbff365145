import DescentText

extension Parser {
    /// Resolves a name to a parameter, constant, column, function call or aggregate.
    mutating func parseIdentifier(_ name: String, token: Token) throws(ExpressionError) -> Expression {
        if current.kind == .leftParen {
            return try parseCall(name, token: token)
        }
        if BuiltinFunction(rawValue: name) != nil || Aggregate(rawValue: name) != nil {
            throw ExpressionError(
                column: current.column,
                message: "expected '(' after function '\(name)'")
        }
        let resolved = try resolve(name, token: token)
        if case .identifier = current.kind {
            throw ExpressionError(
                column: current.column,
                message: "expected an operator before \(current.quoted)",
                suggestion: "write \(name)*\(current.text)")
        }
        return resolved
    }

    private func resolve(_ name: String, token: Token) throws(ExpressionError) -> Expression {
        if parameters.contains(name) { return .parameter(name) }
        if let constant = NamedConstant(rawValue: name) { return .constant(constant) }
        let known = parameters + (columns ?? []) + NamedConstant.allCases.map(\.rawValue)
        if let columns, !columns.contains(name) {
            throw ExpressionError(
                column: token.column,
                message: "unknown name '\(name)': not a parameter, data column or constant",
                suggestion: Suggestion.didYouMean(name, in: known))
        }
        guard insideAggregate else {
            throw ExpressionError(
                column: token.column,
                message: "unknown name '\(name)': not a parameter (data columns belong inside mean(...) or sum(...))",
                suggestion: Suggestion.didYouMean(name, in: known))
        }
        return .column(name)
    }

    private mutating func parseCall(_ name: String, token: Token) throws(ExpressionError) -> Expression {
        let open = current
        advance()
        if let aggregate = Aggregate(rawValue: name) {
            return try parseAggregate(aggregate, token: token, open: open)
        }
        guard let function = BuiltinFunction(rawValue: name) else {
            let names = BuiltinFunction.allCases.map(\.rawValue) + Aggregate.allCases.map(\.rawValue)
            throw ExpressionError(
                column: token.column, message: "unknown function '\(name)'",
                suggestion: Suggestion.didYouMean(name, in: names))
        }
        var arguments = [try parseSum()]
        while current.kind == .comma {
            advance()
            arguments.append(try parseSum())
        }
        try expectClosing(openedAt: open)
        guard arguments.count == function.arity else {
            throw ExpressionError(
                column: token.column,
                message:
                    "'\(name)' takes \(function.arity) argument\(function.arity == 1 ? "" : "s"), found \(arguments.count)"
            )
        }
        return .call(function, arguments)
    }

    private mutating func parseAggregate(_ aggregate: Aggregate, token: Token, open: Token) throws(ExpressionError)
        -> Expression
    {
        guard !insideAggregate else {
            throw ExpressionError(
                column: token.column,
                message: "'\(aggregate.rawValue)' cannot be nested inside another mean(...) or sum(...)")
        }
        insideAggregate = true
        let body = try parseSum()
        insideAggregate = false
        try expectClosing(openedAt: open)
        return .aggregate(aggregate, body)
    }
}
