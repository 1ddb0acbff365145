import DescentEngine
import DescentText

/// The model inside a logistic (yes/no) objective, recovered from its formula.
///
/// Two forms are recognised, each with a *score* `S` of the parameters and one input column x:
/// - a cross-entropy through `sigmoid(S)`, such as
///   `-mean(y*log(sigmoid(S)) + (1 - y)*log(1 - sigmoid(S)))`, for labels 0 and 1: the curve
///   drawn is the probability σ(S) that y = 1;
/// - the logistic loss `mean(log(1 + exp(-y*(S))))` for labels −1 and 1: the curve drawn is
///   the expected label 2σ(S) − 1, on the same scale as the data.
/// Either way the decision boundary is where S = 0.
struct ClassifierModel {
    /// How the labels are coded.
    enum Labels {
        case zeroOne, plusMinusOne
    }

    /// The label column.
    let target: String
    /// The column the score reads.
    let input: String
    /// The score, e.g. `w*x + b`.
    let score: DescentEngine.Expression
    let labels: Labels
    private let evaluator: ObjectiveEvaluator

    /// The model of `objective`, or nil when it is not of a recognised form.
    init?(_ objective: Objective) {
        guard
            let (score, target, labels) = Self.sigmoidScore(in: objective.body)
                ?? Self.logisticScore(in: objective.body)
        else { return nil }
        let inputs = score.columnNames
        guard inputs.count == 1, let input = inputs.first, input != target,
            Set(objective.body.columnNames) == [input, target]
        else { return nil }
        var name = input
        while objective.parameters.contains(name) { name += "′" }
        let body = RegressionModel.replacingColumn(input, with: name, in: score)
        guard let compiled = try? CompiledObjective(Objective(parameters: objective.parameters + [name], body: body))
        else { return nil }
        (self.target, self.input, self.score, self.labels) = (target, input, score, labels)
        self.evaluator = ObjectiveEvaluator(compiled)
    }

    /// The score S at each of `xs` with `parameters`.
    func scores(_ xs: [Double], parameters: [Double]) -> [Double] {
        xs.map { evaluator.value(at: parameters + [$0]) }
    }

    /// The curve drawn through the data: σ(S) for 0/1 labels, 2σ(S) − 1 for ±1 labels.
    func curve(_ xs: [Double], parameters: [Double]) -> [Double] {
        scores(xs, parameters: parameters).map { score in
            let probability = 1 / (1 + exp(-score))
            return labels == .zeroOne ? probability : 2 * probability - 1
        }
    }

    /// Where the score changes sign between neighbouring `xs` (linearly interpolated): the
    /// decision boundary, or nil when the model says the same class over the whole range.
    func boundary(over xs: [Double], parameters: [Double]) -> Double? {
        let values = scores(xs, parameters: parameters)
        for index in values.indices.dropLast() {
            let (a, b) = (values[index], values[index + 1])
            guard a.isFinite, b.isFinite else { continue }
            if a == 0 { return xs[index] }
            if (a < 0) != (b < 0) { return xs[index] + (xs[index + 1] - xs[index]) * a / (a - b) }
        }
        return nil
    }

    /// The y window: the two labels with a margin, so that points on them stand clear of the axis.
    var labelRange: ClosedRange<Double> { labels == .zeroOne ? -0.1...1.1 : -1.2...1.2 }

    /// The curve's name in captions: `P(y = 1)` or `expected y`.
    var curveName: String { labels == .zeroOne ? "P(\(target) = 1)" : "expected \(target)" }

    /// The label column and score of a body that passes a score through `sigmoid(…)`.
    static func sigmoidScore(in body: DescentEngine.Expression) -> (DescentEngine.Expression, String, Labels)? {
        var score: DescentEngine.Expression?
        body.visit {
            if score == nil, case .call(.sigmoid, let arguments) = $0, arguments.count == 1 { score = arguments[0] }
        }
        guard let score else { return nil }
        let others = body.columnNames.filter { !score.columnNames.contains($0) }
        guard others.count == 1 else { return nil }
        return (score, others[0], .zeroOne)
    }

    /// The label column and score of `… log(1 + exp(-y*(S))) …`.
    static func logisticScore(in body: DescentEngine.Expression) -> (DescentEngine.Expression, String, Labels)? {
        var found: (DescentEngine.Expression, String)?
        body.visit { node in
            guard found == nil, case .call(.exp, let arguments) = node, arguments.count == 1 else { return }
            found = labelTimesScore(arguments[0], negated: false)
        }
        return found.map { ($0.0, $0.1, .plusMinusOne) }
    }

    /// `(S, y)` from `-(y*S)`, `-y*S`, `(-y)*S` or `S*(-y)`; nil for anything else.
    private static func labelTimesScore(_ e: DescentEngine.Expression, negated: Bool) -> (
        DescentEngine.Expression, String
    )? {
        switch e {
        case .negate(let inner): return labelTimesScore(inner, negated: !negated)
        case .multiply(.negate(.column(let y)), let s), .multiply(let s, .negate(.column(let y))):
            return negated ? nil : (s, y)
        case .multiply(.column(let y), let s), .multiply(let s, .column(let y)):
            return negated && !s.columnNames.contains(y) ? (s, y) : nil
        default: return nil
        }
    }
}
