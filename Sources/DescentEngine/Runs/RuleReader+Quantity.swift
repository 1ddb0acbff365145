import DescentText

extension RuleReader {
    private static let stepWords = ["Δθ", "dθ", "Δtheta", "dtheta", "step", "Δ", "delta"]
    private static let gradientWords = ["grad", "gradient", "∇f", "g", "∇"]

    /// Reads `|…|`, `loss` or `Δloss`.
    mutating func parseQuantity() throws(ExpressionError) -> StoppingQuantity {
        skipSpaces()
        let column = index + 1
        if consume("|") {
            let inner = readUntilBar()
            guard consume("|") else {
                throw ExpressionError(column: index + 1, message: "expected '|' to close '|' at col \(column)")
            }
            return try normQuantity(inner, column: column + 1)
        }
        guard let word = peekWord() else {
            throw ExpressionError(
                column: column,
                message: "expected a quantity such as |Δw|, |grad|, loss or Δloss, found \(describeHere())")
        }
        index += word.text.count
        switch word.text {
        case "loss": return .loss
        case "Δloss", "dloss", "deltaloss": return .lossChange
        case "delta":
            skipSpaces()
            if peekWord()?.text == "loss" {
                index += 4
                return .lossChange
            }
        default: break
        }
        throw ExpressionError(
            column: column, message: "unknown quantity '\(word.text)'",
            suggestion: Suggestion.didYouMean(word.text, in: ["loss", "Δloss", "dloss"])
                ?? "write |Δw|, |grad|, loss or Δloss")
    }

    private mutating func readUntilBar() -> String {
        let start = index
        while index < characters.count, characters[index] != "|" { index += 1 }
        return String(characters[start..<index]).trimmingWhitespace()
    }

    private func normQuantity(_ inner: String, column: Int) throws(ExpressionError) -> StoppingQuantity {
        let compact = inner.replacingAll(" ", with: "")
        if let position = parameters.firstIndex(of: compact) { return .parameterValue(position) }
        if Self.stepWords.contains(compact) { return .stepNorm }
        if Self.gradientWords.contains(compact) { return .gradientNorm }
        for prefix in ["Δ", "delta", "d"] where compact.hasPrefix(prefix) {
            let name = String(compact.dropFirst(prefix.count))
            if name == "θ" || name == "theta" { return .stepNorm }
            if let position = parameters.firstIndex(of: name) {
                return parameters.count == 1 ? .stepNorm : .parameterStep(position)
            }
        }
        let known = parameters + parameters.map { "Δ" + $0 } + ["Δθ", "step", "grad"]
        throw ExpressionError(
            column: column, message: "unknown quantity '|\(inner)|'",
            suggestion: Suggestion.didYouMean(compact, in: known)
                ?? "write |Δθ|, |step|, |grad| or |Δ| with a parameter name")
    }
}
