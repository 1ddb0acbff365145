/// TeX rendering of formulas: `2w`, `4w^{3} - 16w`, `\frac{a}{b}`, `\sqrt{w}`, `e^{w}`, `\sin\left(w\right)`.
extension Expression {
    /// The formula as TeX math (without surrounding `$`).
    public var tex: String {
        switch self {
        case .number(let value): return Self.texNumber(value)
        case .parameter(let name), .column(let name): return Self.texSymbol(name)
        case .constant(let constant): return constant == .pi ? "\\pi" : "e"
        case .negate(let a): return "-" + a.tex(atLeast: .unary)
        case .add(let a, let b): return a.tex(atLeast: .sum) + " + " + b.tex(atLeast: .product)
        case .subtract(let a, let b): return a.tex(atLeast: .sum) + " - " + b.tex(atLeast: .product)
        case .multiply(let a, let b): return Self.texProduct(a, b)
        case .divide(let a, let b): return "\\frac{" + a.tex + "}{" + b.tex + "}"
        case .power(let a, let b):
            if a == .constant(.e) { return "e^{" + b.tex + "}" }
            return a.tex(atLeast: .atom) + "^{" + b.tex + "}"
        case .call(let function, let arguments): return Self.texCall(function, arguments)
        case .aggregate(let kind, let body):
            let name = kind == .mean ? "\\operatorname{mean}" : "\\sum"
            return name + "\\left(" + body.tex + "\\right)"
        }
    }

    private func tex(atLeast minimum: Precedence) -> String {
        if case .call = self { return tex }
        if case .power(let base, _) = self, minimum == .atom, base != .constant(.e) {
            return "\\left(" + tex + "\\right)"
        }
        return precedence < minimum ? "\\left(" + tex + "\\right)" : tex
    }

    private static func texProduct(_ a: Expression, _ b: Expression) -> String {
        let left = a.tex(atLeast: .product)
        let right = b.tex(atLeast: .unary)
        let leftIsShort: Bool
        switch a {
        case .number(let value): leftIsShort = value >= 0
        case .parameter, .column, .constant: leftIsShort = true
        default: leftIsShort = false
        }
        let rightStartsWithDigit = right.first.map { $0.isNumber || $0 == "-" } ?? true
        return leftIsShort && !rightStartsWithDigit ? left + right : left + " \\cdot " + right
    }

    private static func texCall(_ function: BuiltinFunction, _ arguments: [Expression]) -> String {
        let inner = arguments.map(\.tex).joined(separator: ", ")
        switch function {
        case .sqrt: return "\\sqrt{" + inner + "}"
        case .exp: return "e^{" + inner + "}"
        case .abs: return "\\left|" + inner + "\\right|"
        case .sin, .cos, .tan, .tanh, .log, .min, .max:
            return "\\" + function.rawValue + "\\left(" + inner + "\\right)"
        case .sigmoid: return "\\sigma\\left(" + inner + "\\right)"
        case .sign, .step: return "\\operatorname{" + function.rawValue + "}\\left(" + inner + "\\right)"
        }
    }

    private static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
    ]

    static func texSymbol(_ name: String) -> String {
        if greek.contains(name) { return "\\" + name }
        if name.count == 1 { return name }
        let letters = name.prefix { $0.isLetter }
        let rest = name.dropFirst(letters.count).drop { $0 == "_" }
        if !rest.isEmpty, letters.count >= 1, rest.allSatisfy({ $0.isLetter || $0.isNumber }) {
            return texSymbol(String(letters)) + "_{" + rest + "}"
        }
        return "\\mathrm{" + name.replacingOccurrences(of: "_", with: "\\_") + "}"
    }

    static func texNumber(_ value: Double) -> String {
        let plain = NumberFormatting.format(value)
        guard let marker = plain.firstIndex(of: "e") else { return plain }
        let mantissa = plain[..<marker]
        let exponent = Int(plain[plain.index(after: marker)...]) ?? 0
        let power = "10^{\(exponent)}"
        return mantissa == "1" ? power : mantissa + " \\times " + power
    }
}

import Foundation
