/// Binding strength of an expression's outermost operator, for deciding on parentheses.
enum Precedence: Int, Comparable {
    case sum = 1
    case product, unary, power, atom

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Expression {
    /// How tightly the outermost operator binds.
    var precedence: Precedence {
        switch self {
        case .add, .subtract: return .sum
        case .multiply, .divide: return .product
        case .negate: return .unary
        case .number(let value): return value < 0 ? .unary : .atom
        case .power: return .power
        case .parameter, .column, .constant, .call, .aggregate: return .atom
        }
    }

    /// The formula as plain text that parses back to the same tree: `4*w^3 - 16*w`.
    public var text: String {
        var output = ""
        writeText(to: &output)
        return output
    }

    /// Appends ``text`` to `output`. One buffer for the whole formula, so deep formulas print
    /// in time linear in their length (concatenating each subterm's string copied it once per
    /// level of nesting).
    func writeText(to output: inout String) {
        switch self {
        case .number(let value): output += NumberFormatting.format(value)
        case .parameter(let name), .column(let name): output += name
        case .constant(let constant): output += constant.rawValue
        case .negate(let a):
            output += "-"
            a.writeText(atLeast: .unary, to: &output)
        case .add(let a, let b): writeText(a, .sum, " + ", b, .product, to: &output)
        case .subtract(let a, let b): writeText(a, .sum, " - ", b, .product, to: &output)
        case .multiply(let a, let b): writeText(a, .product, "*", b, .unary, to: &output)
        case .divide(let a, let b): writeText(a, .product, "/", b, .unary, to: &output)
        case .power(let a, let b): writeText(a, .atom, "^", b, .unary, to: &output)
        case .call(let function, let arguments):
            output += function.rawValue
            output += "("
            for (index, argument) in arguments.enumerated() {
                if index > 0 { output += ", " }
                argument.writeText(to: &output)
            }
            output += ")"
        case .aggregate(let kind, let body):
            output += kind.rawValue
            output += "("
            body.writeText(to: &output)
            output += ")"
        }
    }

    private func writeText(
        _ a: Expression, _ left: Precedence, _ symbol: String, _ b: Expression, _ right: Precedence,
        to output: inout String
    ) {
        a.writeText(atLeast: left, to: &output)
        output += symbol
        b.writeText(atLeast: right, to: &output)
    }

    private func writeText(atLeast minimum: Precedence, to output: inout String) {
        guard precedence < minimum else { return writeText(to: &output) }
        output += "("
        writeText(to: &output)
        output += ")"
    }
}

extension Expression: CustomStringConvertible {
    /// The plain-text form, see ``text``.
    public var description: String { text }
}
