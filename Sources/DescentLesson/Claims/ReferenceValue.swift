import DescentEngine
import DescentText

/// Looks up the value of one inline reference (`id.field`, `id[selector].field`, `id.best.field`).
enum ReferenceValue {
    typealias Problem = ReferenceProblem

    /// The experiment id a reference body names (`lr-sweep` in `lr-sweep[lr=1.1].outcome`).
    static func experimentID(of body: String) -> String {
        String(body[..<(body.firstIndex(ofASCII: fieldMarks) ?? body.endIndex)])
    }

    /// What ends a reference's experiment id: `.` before a field, `[` before a selector.
    static let fieldMarks: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "[")]

    /// The value of `body` read from `results`; `otherIDs` are ids of the course known without
    /// their results (for the "did you mean" of an unknown id).
    /// Measured numbers are written with `NumberText.proseDigits` significant digits, or with
    /// the digits a `:N` suffix asks for (`{{walk-loop.final.w:6}}`, 1 to 17).
    static func lookup(_ written: String, in results: [String: ExperimentResult], otherIDs: [String] = [])
        -> Result<String, Problem>
    {
        let (body, digits) = digitsSuffix(written)
        guard let digits else {
            return .failure(Problem(message: "digits in '{{\(written)}}' must be a whole number from 1 to 17"))
        }
        let idEnd = body.firstIndex { $0 == "." || $0 == "[" } ?? body.endIndex
        let id = String(body[..<idEnd])
        guard let result = results[id] else {
            var message = "unknown experiment '\(id)' in reference '{{\(body)}}'"
            if let hint = Suggestion.didYouMean(id, in: (Array(results.keys) + otherIDs).sorted()) {
                message += "; \(hint)"
            }
            return .failure(Problem(message: message))
        }
        var path = body[idEnd...]
        var pairs = result.pairs
        if path.hasPrefix("["), let close = path.firstIndex(of: "]") {
            let selector = RunSelector(String(path[path.index(after: path.startIndex)..<close]))
            pairs = pairs.filter { selector.matches($0.run.facets) }
            guard !pairs.isEmpty else {
                return .failure(Problem(message: "no run of '\(id)' matches '\(selector.description)'"))
            }
            path = path[path.index(after: close)...]
        }
        guard path.hasPrefix(".") else {
            return .failure(Problem(message: "expected '{{\(id).FIELD}}', found '{{\(body)}}'"))
        }
        var field = String(path.dropFirst())
        if field.hasPrefix("best.") {
            // Among the runs the selector kept, when there is one: `sweep[adam].best.lr`.
            guard let best = ExperimentResult.fastest(pairs) else {
                return .failure(Problem(message: "no run of '\(id)' converged, so '{{\(body)}}' has no value"))
            }
            pairs = [best]
            field = String(field.dropFirst(5))
        }
        if let value = experimentField(field, result) { return .success(value) }
        if let problem = pairs.first.flatMap({ fieldProblem(field, $0, result, body: body) }) {
            return .failure(problem)
        }
        guard let pair = pairs.first, let value = runField(field, pair, result, digits: digits) else {
            return .failure(
                Problem(message: "unknown field '\(field)' in '{{\(body)}}'; fields: " + fields.joined(separator: ", "))
            )
        }
        return .success(value)
    }

    static let fields = [
        "iterations", "outcome", "status", "loss", "lr", "label", "final.PARAM", "runs", "converged",
        "diverged", "derivative", "derivative.tex", "theory.r", "theory.regime", "theory.iterations", "best.FIELD",
    ]

    /// Why a field that is spelled right has no value for `pair`: a parameter the objective does
    /// not have (`final.z`), or a theory field of a run the closed form does not describe.
    private static func fieldProblem(
        _ field: String, _ pair: (run: PlannedRun, result: RunResult), _ result: ExperimentResult, body: String
    ) -> Problem? {
        if field.hasPrefix("final.") {
            let name = String(field.dropFirst(6))
            guard !result.parameters.contains(name) else { return nil }
            var message =
                "'\(name)' is not a parameter of '\(result.id)' in '{{\(body)}}'; its parameters: "
                + result.parameters.joined(separator: ", ")
            if let hint = Suggestion.didYouMean(name, in: result.parameters) { message += "; \(hint)" }
            return Problem(message: message)
        }
        if theoryFields.contains(field), let reason = TheoryApplicability.obstacle(result.experiment, pair.run) {
            return Problem(message: "theory does not apply to \(reason), so '{{\(body)}}' has no value")
        }
        return nil
    }

    static let theoryFields = ["theory.r", "theory.regime", "theory.iterations", "theory.budget"]

    private static func experimentField(_ field: String, _ result: ExperimentResult) -> String? {
        switch field {
        case "runs": String(result.results.count)
        case "converged": String(result.results.filter(\.converged).count)
        case "diverged": String(result.results.filter { if case .diverged = $0.outcome { true } else { false } }.count)
        case "derivative": result.experiment.objective.gradientExpressions.map(\.text).joined(separator: ", ")
        case "derivative.tex": result.experiment.objective.gradientExpressions.map(\.tex).joined(separator: ", ")
        default: nil
        }
    }

    /// `body` without a trailing `:N`, and the digits it asks for (`proseDigits` without one,
    /// nil when it is not a number from 1 to 17).
    private static func digitsSuffix(_ body: String) -> (String, Int?) {
        guard let colon = body.lastIndex(of: ":"), !body[body.index(after: colon)...].contains("]") else {
            return (body, NumberText.proseDigits)
        }
        let digits = Int(body[body.index(after: colon)...].trimmingWhitespace()).flatMap {
            (1...17).contains($0) ? $0 : nil
        }
        return (String(body[..<colon]).trimmingWhitespace(), digits)
    }

    private static func runField(
        _ field: String, _ pair: (run: PlannedRun, result: RunResult), _ result: ExperimentResult, digits: Int
    ) -> String? {
        let outcome = pair.result.outcome
        switch field {
        case "iterations": return String(outcome.iteration)
        case "outcome": return result.sentence(outcome)
        case "status": return outcome.status
        case "loss": return NumberText.faithful(pair.result.finalLoss, digits: digits)
        case "lr": return NumberText.plain(pair.run.facets.learningRate)
        case "label": return pair.run.label
        default: break
        }
        if field.hasPrefix("final."), let index = result.parameters.firstIndex(of: String(field.dropFirst(6))) {
            return NumberText.faithful(pair.result.finalParameters[index], digits: digits)
        }
        guard field.hasPrefix("theory."), let column = TheoryColumn(result), column.applies(to: pair.run) else {
            return nil
        }
        let lr = pair.run.configuration.effectiveLearningRate
        switch field {
        case "theory.r": return NumberText.faithful(column.theory.contraction(learningRate: lr), digits: digits)
        case "theory.regime": return TheoryColumn.describe(column.theory.regime(learningRate: lr))
        case "theory.iterations": return column.text(column.prediction(pair.run))
        case "theory.budget": return String(column.budget)
        default: return nil
        }
    }
}

/// Why a reference has no value: an unknown experiment, selector or field (the message is the
/// error the build reports at the reference).
public struct ReferenceProblem: Error, Sendable, Equatable {
    public var message: String

    public init(message: String) { self.message = message }
}
