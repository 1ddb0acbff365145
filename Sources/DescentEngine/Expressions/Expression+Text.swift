/// Binding strength of an expression's outermost operator, for deciding on parentheses.
enum Precedence: Int, Comparable {
    case sum = 1, product, unary, power, atom

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
        switch self {
        case .number(let value): return NumberFormatting.format(value)
        case .parameter(let name), .column(let name): return name
        case .constant(let constant): return constant.rawValue
        case .negate(let a): return "-" + a.text(atLeast: .unary)
        case .add(let a, let b): return a.text(atLeast: .sum) + " + " + b.text(atLeast: .product)
        case .subtract(let a, let b): return a.text(atLeast: .sum) + " - " + b.text(atLeast: .product)
        case .multiply(let a, let b): return a.text(atLeast: .product) + "*" + b.text(atLeast: .unary)
        case .divide(let a, let b): return a.text(atLeast: .product) + "/" + b.text(atLeast: .unary)
        case .power(let a, let b): return a.text(atLeast: .atom) + "^" + b.text(atLeast: .unary)
        case .call(let function, let arguments):
            return function.rawValue + "(" + arguments.map(\.text).joined(separator: ", ") + ")"
        case .aggregate(let kind, let body): return kind.rawValue + "(" + body.text + ")"
        }
    }

    private func text(atLeast minimum: Precedence) -> String {
        precedence < minimum ? "(" + text + ")" : text
    }
}

extension Expression: CustomStringConvertible {
    /// The plain-text form, see ``text``.
    public var description: String { text }
}
