import Testing

@testable import DescentEngine

@Suite struct PrintingTests {
    /// The printers as first written: each subterm's string concatenated into its parent's, so
    /// a formula n levels deep was copied n times over.
    private static func referenceText(_ e: Expression) -> String {
        func wrapped(_ e: Expression, _ minimum: Precedence) -> String {
            e.precedence < minimum ? "(" + referenceText(e) + ")" : referenceText(e)
        }
        switch e {
        case .number(let value): return NumberFormatting.format(value)
        case .parameter(let name), .column(let name): return name
        case .constant(let constant): return constant.rawValue
        case .negate(let a): return "-" + wrapped(a, .unary)
        case .add(let a, let b): return wrapped(a, .sum) + " + " + wrapped(b, .product)
        case .subtract(let a, let b): return wrapped(a, .sum) + " - " + wrapped(b, .product)
        case .multiply(let a, let b): return wrapped(a, .product) + "*" + wrapped(b, .unary)
        case .divide(let a, let b): return wrapped(a, .product) + "/" + wrapped(b, .unary)
        case .power(let a, let b): return wrapped(a, .atom) + "^" + wrapped(b, .unary)
        case .call(let function, let arguments):
            return function.rawValue + "(" + arguments.map(referenceText).joined(separator: ", ") + ")"
        case .aggregate(let kind, let body): return kind.rawValue + "(" + referenceText(body) + ")"
        }
    }

    private static func referenceTeX(_ e: Expression) -> String {
        func wrapped(_ e: Expression, _ minimum: Precedence) -> String {
            if case .call = e { return referenceTeX(e) }
            if case .power(let base, _) = e, minimum == .atom, base != .constant(.e) {
                return "\\left(" + referenceTeX(e) + "\\right)"
            }
            return e.precedence < minimum ? "\\left(" + referenceTeX(e) + "\\right)" : referenceTeX(e)
        }
        switch e {
        case .number(let value): return Expression.texNumber(value)
        case .parameter(let name), .column(let name): return Expression.texSymbol(name)
        case .constant(let constant): return constant == .pi ? "\\pi" : "e"
        case .negate(let a): return "-" + wrapped(a, .unary)
        case .add(let a, let b): return wrapped(a, .sum) + " + " + wrapped(b, .product)
        case .subtract(let a, let b): return wrapped(a, .sum) + " - " + wrapped(b, .product)
        case .multiply(let a, let b):
            let left = wrapped(a, .product)
            let right = wrapped(b, .unary)
            let leftIsShort: Bool
            switch a {
            case .number(let value): leftIsShort = value >= 0
            case .parameter, .column, .constant: leftIsShort = true
            default: leftIsShort = false
            }
            let rightStartsWithDigit = right.first.map { $0.isNumber || $0 == "-" } ?? true
            return leftIsShort && !rightStartsWithDigit ? left + right : left + " \\cdot " + right
        case .divide(let a, let b): return "\\frac{" + referenceTeX(a) + "}{" + referenceTeX(b) + "}"
        case .power(let a, let b):
            if a == .constant(.e) { return "e^{" + referenceTeX(b) + "}" }
            return wrapped(a, .atom) + "^{" + referenceTeX(b) + "}"
        case .call(let function, let arguments):
            let inner = arguments.map(referenceTeX).joined(separator: ", ")
            switch function {
            case .sqrt: return "\\sqrt{" + inner + "}"
            case .exp: return "e^{" + inner + "}"
            case .abs: return "\\left|" + inner + "\\right|"
            case .sin, .cos, .tan, .tanh, .log, .min, .max:
                return "\\" + function.rawValue + "\\left(" + inner + "\\right)"
            case .sigmoid: return "\\sigma\\left(" + inner + "\\right)"
            case .sign, .step: return "\\operatorname{" + function.rawValue + "}\\left(" + inner + "\\right)"
            }
        case .aggregate(let kind, let body):
            return (kind == .mean ? "\\operatorname{mean}" : "\\sum") + "\\left(" + referenceTeX(body) + "\\right)"
        }
    }

    @Test func oneBufferPrintsWhatConcatenationPrinted() {
        var generator = RandomFormulas(seed: 7)
        for _ in 0..<5_000 {
            let formula = generator.formula(depth: 6)
            for e in [formula, Differentiation.derivative(of: formula, withRespectTo: "w")] {
                #expect(e.text == Self.referenceText(e))
                #expect(e.tex == Self.referenceTeX(e))
                #expect(e.texFirstCharacter(atLeast: .sum) == Self.referenceTeX(e).first)
            }
        }
    }
}
