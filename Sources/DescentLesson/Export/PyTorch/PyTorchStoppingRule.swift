import DescentEngine

/// A block's `stop:` rule as a Python condition over the iteration's numbers, read as the
/// lesson writes it: `|Δw| < 0.001 and |grad| < 0.001` becomes
/// `abs(step[0]) < 0.001 and norm(grad) < 0.001`. `theta`, `step` (the proposed θᵢ₊₁ − θᵢ) and
/// `grad` are lists of floats, so norms are summed in the engine's order.
enum PyTorchStoppingRule {
    /// The condition; `and` binds tighter than `or` in Python as in a lesson.
    static func condition(_ rule: StoppingRule) -> String {
        switch rule {
        case .compare(let quantity, let threshold, let inclusive):
            return measure(quantity) + (inclusive ? " <= " : " < ") + PyTorchLiteral.number(threshold)
        case .all(let rules): return rules.map { part($0, inside: true) }.joined(separator: " and ")
        case .any(let rules): return rules.map { part($0, inside: false) }.joined(separator: " or ")
        }
    }

    /// A part of an `and` (`inside`) or `or`, parenthesised where Python would read it otherwise.
    private static func part(_ rule: StoppingRule, inside conjunction: Bool) -> String {
        if conjunction, case .any = rule { return "(" + condition(rule) + ")" }
        return condition(rule)
    }

    private static func measure(_ quantity: StoppingQuantity) -> String {
        switch quantity {
        case .stepNorm: return "norm(step)"
        case .parameterStep(let index): return "abs(step[\(index)])"
        case .parameterValue(let index): return "abs(theta[\(index)])"
        case .gradientNorm: return "norm(grad)"
        case .loss: return "loss"
        case .lossChange: return "(math.inf if math.isnan(previous_loss) else abs(loss - previous_loss))"
        }
    }
}
