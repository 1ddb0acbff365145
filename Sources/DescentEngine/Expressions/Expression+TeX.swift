import DescentText

/// TeX rendering of formulas: `2w`, `4w^{3} - 16w`, `\frac{a}{b}`, `\sqrt{w}`, `e^{w}`, `\sin\left(w\right)`.
extension Expression {
    /// The formula as TeX math (without surrounding `$`).
    public var tex: String {
        var output = ""
        writeTeX(to: &output)
        return output
    }

    /// Appends ``tex`` to `output`: one buffer for the whole formula, so deep formulas print in
    /// time linear in their length.
    func writeTeX(to output: inout String) {
        switch self {
        case .number(let value): output += Self.texNumber(value)
        case .parameter(let name), .column(let name): output += Self.texSymbol(name)
        case .constant(let constant): output += constant == .pi ? "\\pi" : "e"
        case .negate(let a):
            output += "-"
            a.writeTeX(atLeast: .unary, to: &output)
        case .add(let a, let b):
            a.writeTeX(atLeast: .sum, to: &output)
            output += " + "
            b.writeTeX(atLeast: .product, to: &output)
        case .subtract(let a, let b):
            a.writeTeX(atLeast: .sum, to: &output)
            output += " - "
            b.writeTeX(atLeast: .product, to: &output)
        case .multiply(let a, let b): Self.writeTeXProduct(a, b, to: &output)
        case .divide(let a, let b):
            output += "\\frac{"
            a.writeTeX(to: &output)
            output += "}{"
            b.writeTeX(to: &output)
            output += "}"
        case .power(let a, let b):
            if a == .constant(.e) {
                output += "e^{"
            } else {
                a.writeTeX(atLeast: .atom, to: &output)
                output += "^{"
            }
            b.writeTeX(to: &output)
            output += "}"
        case .call(let function, let arguments): Self.writeTeXCall(function, arguments, to: &output)
        case .aggregate(let kind, let body):
            output += kind == .mean ? "\\operatorname{mean}" : "\\sum"
            output += "\\left("
            body.writeTeX(to: &output)
            output += "\\right)"
        }
    }

    /// Whether `writeTeX(atLeast: minimum, …)` wraps the formula in `\left( … \right)`.
    private func texIsWrapped(atLeast minimum: Precedence) -> Bool {
        if case .call = self { return false }
        if case .power(let base, _) = self, minimum == .atom, base != .constant(.e) { return true }
        return precedence < minimum
    }

    private func writeTeX(atLeast minimum: Precedence, to output: inout String) {
        guard texIsWrapped(atLeast: minimum) else { return writeTeX(to: &output) }
        output += "\\left("
        writeTeX(to: &output)
        output += "\\right)"
    }

    /// The first character `writeTeX(atLeast: minimum, …)` writes, found without writing it.
    /// From `.unary` up (the right side of a product) this looks at most two nodes deep, since
    /// anything that binds more loosely is wrapped in `\left(`.
    func texFirstCharacter(atLeast minimum: Precedence) -> Character? {
        if texIsWrapped(atLeast: minimum) { return "\\" }
        switch self {
        case .number(let value): return Self.texNumber(value).first
        case .parameter(let name), .column(let name): return Self.texSymbol(name).first
        case .constant(let constant): return constant == .pi ? "\\" : "e"
        case .negate: return "-"
        case .add(let a, _), .subtract(let a, _): return a.texFirstCharacter(atLeast: .sum)
        case .multiply(let a, _): return a.texFirstCharacter(atLeast: .product)
        case .divide, .aggregate: return "\\"
        case .power(let a, _): return a == .constant(.e) ? "e" : a.texFirstCharacter(atLeast: .atom)
        case .call(let function, _): return function == .exp ? "e" : "\\"
        }
    }

    /// `a·b`: juxtaposed (`2w`, `x\sin\left(w\right)`) when `a` is a short atom and `b` does not
    /// start with a digit or minus sign, else with `\cdot`.
    private static func writeTeXProduct(_ a: Expression, _ b: Expression, to output: inout String) {
        a.writeTeX(atLeast: .product, to: &output)
        let leftIsShort: Bool
        switch a {
        case .number(let value): leftIsShort = value >= 0
        case .parameter, .column, .constant: leftIsShort = true
        default: leftIsShort = false
        }
        let rightStartsWithDigit = b.texFirstCharacter(atLeast: .unary).map { $0.isNumber || $0 == "-" } ?? true
        if !leftIsShort || rightStartsWithDigit { output += " \\cdot " }
        b.writeTeX(atLeast: .unary, to: &output)
    }

    private static func writeTeXCall(_ function: BuiltinFunction, _ arguments: [Expression], to output: inout String) {
        let (opening, closing): (String, String)
        switch function {
        case .sqrt: (opening, closing) = ("\\sqrt{", "}")
        case .exp: (opening, closing) = ("e^{", "}")
        case .abs: (opening, closing) = ("\\left|", "\\right|")
        case .sin, .cos, .tan, .tanh, .log, .min, .max:
            (opening, closing) = ("\\" + function.rawValue + "\\left(", "\\right)")
        case .sigmoid: (opening, closing) = ("\\sigma\\left(", "\\right)")
        case .sign, .step: (opening, closing) = ("\\operatorname{" + function.rawValue + "}\\left(", "\\right)")
        }
        output += opening
        for (index, argument) in arguments.enumerated() {
            if index > 0 { output += ", " }
            argument.writeTeX(to: &output)
        }
        output += closing
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
        return "\\mathrm{" + name.replacingAll("_", with: "\\_") + "}"
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
