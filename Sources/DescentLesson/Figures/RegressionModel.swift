import DescentEngine

/// The model inside a least-squares (or least-absolute) objective, recovered from its formula.
///
/// An objective of the form `mean((PREDICTION - y)^2)` or `mean((y - PREDICTION)^2)` — also
/// with `sum`, `abs(…)` instead of the square, or a constant factor such as `0.5*…` or `…/2` —
/// names a target column `y` and a model `PREDICTION` of the parameters and one input column
/// `x`. The model is compiled with `x` as an extra parameter so that it can be evaluated at any
/// x with the parameters of any iteration.
struct RegressionModel {
    /// The column predicted.
    let target: String
    /// The column the prediction reads.
    let input: String
    /// The prediction as parsed, e.g. `w*x + b`.
    let prediction: Expression
    private let evaluator: ObjectiveEvaluator

    /// The model of `objective`, or nil when it is not of a recognised form with one input column.
    init?(_ objective: Objective) {
        guard let (prediction, target) = Self.residual(in: objective.body) else { return nil }
        let inputs = prediction.columnNames
        guard inputs.count == 1, let input = inputs.first, input != target else { return nil }
        var name = input
        while objective.parameters.contains(name) { name += "′" }
        let body = Self.replacingColumn(input, with: name, in: prediction)
        guard let compiled = try? CompiledObjective(Objective(parameters: objective.parameters + [name], body: body))
        else { return nil }
        self.target = target
        self.input = input
        self.prediction = prediction
        self.evaluator = ObjectiveEvaluator(compiled)
    }

    /// The prediction at each of `xs` with `parameters`.
    func predict(_ xs: [Double], parameters: [Double]) -> [Double] {
        xs.map { evaluator.value(at: parameters + [$0]) }
    }

    /// `(PREDICTION, y)` from `aggregate(loss(PREDICTION − y))`, looking through constant factors.
    static func residual(in body: Expression) -> (Expression, String)? {
        switch body {
        case .aggregate(_, let inner): return residualOfLoss(inner)
        case .multiply(.number, let inner), .multiply(let inner, .number), .divide(let inner, .number):
            return residual(in: inner)
        default: return nil
        }
    }

    private static func residualOfLoss(_ loss: Expression) -> (Expression, String)? {
        switch loss {
        case .power(let residual, .number(2)): return split(residual)
        case .call(.abs, let arguments) where arguments.count == 1: return split(arguments[0])
        case .multiply(let a, let b) where a == b: return split(a)
        case .multiply(.number, let inner), .multiply(let inner, .number), .divide(let inner, .number):
            return residualOfLoss(inner)
        default: return nil
        }
    }

    private static func split(_ residual: Expression) -> (Expression, String)? {
        guard case .subtract(let a, let b) = residual else { return nil }
        if case .column(let target) = b, !a.columnNames.contains(target) { return (a, target) }
        if case .column(let target) = a, !b.columnNames.contains(target) { return (b, target) }
        return nil
    }

    /// `expression` with every `.column(column)` read as `.parameter(name)`.
    static func replacingColumn(_ column: String, with name: String, in expression: Expression) -> Expression {
        let recurse = { (e: Expression) in replacingColumn(column, with: name, in: e) }
        switch expression {
        case .column(column): return .parameter(name)
        case .number, .parameter, .column, .constant: return expression
        case .negate(let a): return .negate(recurse(a))
        case .add(let a, let b): return .add(recurse(a), recurse(b))
        case .subtract(let a, let b): return .subtract(recurse(a), recurse(b))
        case .multiply(let a, let b): return .multiply(recurse(a), recurse(b))
        case .divide(let a, let b): return .divide(recurse(a), recurse(b))
        case .power(let a, let b): return .power(recurse(a), recurse(b))
        case .call(let function, let arguments): return .call(function, arguments.map(recurse))
        case .aggregate(let kind, let a): return .aggregate(kind, recurse(a))
        }
    }
}
