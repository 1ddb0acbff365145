import DescentEngine

/// An objective's formula as Python over torch tensors: `(1 - x)**2 + 100*(y - x**2)**2`,
/// `torch.mean((w*x + b - y)**2)`, `torch.exp(w / 2)`.
///
/// Parameters and data columns are tensors, so every operation on them is torch's (autograd
/// derives the gradient); a part that mentions neither is a plain number and uses `math`.
/// Parentheses are written only where Python's precedence needs them; `^` becomes `**`, which
/// in Python, as in a lesson, binds tighter than unary minus and groups to the right.
enum PyTorchExpression {
    /// Python's binding strength of each form, loosest first.
    private enum Level: Int, Comparable {
        case sum = 1
        case product
        case unary
        case power
        case atom

        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The Python text of `expression`; `names` renames parameters and columns that would
    /// clash with Python (``PyTorchNames``).
    static func code(_ expression: Expression, names: PyTorchNames) -> String {
        write(expression, names).text
    }

    private static func write(_ expression: Expression, _ names: PyTorchNames) -> (text: String, level: Level) {
        switch expression {
        case .number(let value):
            let text = PyTorchLiteral.number(value)
            return (text, value < 0 ? .unary : .atom)
        case .parameter(let name), .column(let name): return (names[name], .atom)
        case .constant(let constant): return ("math.\(constant.rawValue)", .atom)
        case .negate(let inner): return ("-" + operand(inner, at: .unary, names), .unary)
        case .add(let a, let b): return (operand(a, at: .sum, names) + " + " + operand(b, above: .sum, names), .sum)
        case .subtract(let a, let b):
            return (operand(a, at: .sum, names) + " - " + operand(b, above: .sum, names), .sum)
        case .multiply(let a, let b):
            return (operand(a, at: .product, names) + "*" + operand(b, above: .product, names), .product)
        case .divide(let a, let b):
            return (operand(a, at: .product, names) + " / " + operand(b, above: .product, names), .product)
        case .power(let base, let exponent):
            return (operand(base, above: .power, names) + "**" + operand(exponent, at: .unary, names), .power)
        case .call(let function, let arguments): return (call(function, arguments, names), .atom)
        case .aggregate(let aggregate, let body):
            return ("torch.\(aggregate.rawValue)(\(code(body, names: names)))", .atom)
        }
    }

    /// `expression`, parenthesised unless it binds at least as tightly as `level`.
    private static func operand(_ expression: Expression, at level: Level, _ names: PyTorchNames) -> String {
        let (text, own) = write(expression, names)
        return own >= level ? text : "(" + text + ")"
    }

    /// `expression`, parenthesised unless it binds more tightly than `level` (the right side of
    /// `-` and `/`, the base of `**`).
    private static func operand(_ expression: Expression, above level: Level, _ names: PyTorchNames) -> String {
        let (text, own) = write(expression, names)
        return own > level ? text : "(" + text + ")"
    }

    private static func call(_ function: BuiltinFunction, _ arguments: [Expression], _ names: PyTorchNames) -> String {
        let texts = arguments.map { code($0, names: names) }
        let onTensors = arguments.contains(where: isTensor)
        switch function {
        case .min, .max:
            // torch.minimum/maximum take tensors on both sides and split the gradient at a tie,
            // as the engine's step(0) = 1/2 does.
            guard onTensors else { return "\(function.rawValue)(\(texts.joined(separator: ", ")))" }
            let tensors = zip(arguments, texts).map { isTensor($0) ? $1 : constantTensor($0, $1) }
            return "torch.\(function == .min ? "minimum" : "maximum")(\(tensors.joined(separator: ", ")))"
        case .sigmoid:
            return onTensors ? "torch.sigmoid(\(texts[0]))" : "1 / (1 + math.exp(-(\(texts[0]))))"
        case .abs: return onTensors ? "torch.abs(\(texts[0]))" : "abs(\(texts[0]))"
        case .sign: return onTensors ? "torch.sign(\(texts[0]))" : "float((\(texts[0]) > 0) - (\(texts[0]) < 0))"
        case .step: return onTensors ? "torch.heaviside(\(texts[0]), torch.tensor(0.5))" : "float(\(texts[0]) > 0)"
        default: return (onTensors ? "torch." : "math.") + function.rawValue + "(" + texts[0] + ")"
        }
    }

    /// A float64 tensor holding a constant side of `torch.minimum`/`torch.maximum`.
    private static func constantTensor(_ expression: Expression, _ text: String) -> String {
        if case .number(let value) = expression { return "torch.tensor(\(PyTorchLiteral.float(value)))" }
        return "torch.tensor(float(\(text)))"
    }

    /// Whether `expression` is a tensor: it mentions a parameter or a data column.
    private static func isTensor(_ expression: Expression) -> Bool {
        var found = false
        expression.visit {
            switch $0 {
            case .parameter, .column: found = true
            default: break
            }
        }
        return found
    }
}
