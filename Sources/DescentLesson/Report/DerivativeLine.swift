import DescentEngine
import DescentText

/// The exact gradient as math: `$f'(w) = 2 w$`, or one partial derivative per parameter.
struct DerivativeLine {
    let objective: CompiledObjective

    var markdown: String {
        let name = objective.objective.name
        let parameters = objective.objective.parameters
        let parts = zip(parameters, objective.gradientExpressions).map { parameter, expression in
            let left =
                parameters.count == 1
                ? "\(name)'(\(parameter))"
                : "\\frac{\\partial \(name)}{\\partial \(parameter)}"
            return "$\(left) = \(expression.tex)$"
        }
        let noun = parameters.count == 1 ? "Derivative" : "Gradient"
        return "\(noun), derived exactly: " + parts.joined(separator: ", ") + "\n"
    }
}

/// The exact gradient beside a central-difference estimate at the first run's start point.
struct GradientCheckTable {
    let objective: CompiledObjective
    let point: [Double]

    var markdown: String {
        let evaluator = ObjectiveEvaluator(objective)
        var exact = [Double](repeating: 0, count: point.count)
        _ = evaluator.evaluate(at: point, gradient: &exact)
        let numerical = evaluator.numericalGradient(at: point)
        let names = objective.objective.parameters
        var table = MarkdownTable(
            [
                ("at", .left), ("exact (symbolic)", .right), ("central difference", .right), ("difference", .right),
            ], label: "Exact gradient against a central difference")
        for index in names.indices {
            let at = zip(names, point).map { "\($0) = \(NumberText.typeset($1, digits: nil))" }.joined(separator: ", ")
            let label = names.count == 1 ? "f′ at \(at)" : "∂f/∂\(names[index]) at \(at)"
            table.append([
                label, NumberText.significant(exact[index], digits: 10),
                NumberText.significant(numerical[index], digits: 10),
                NumberText.significant(abs(exact[index] - numerical[index]), digits: 2),
            ])
        }
        return table.markdown
    }
}
