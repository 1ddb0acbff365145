import DescentEngine
import DescentText

extension ExperimentCompiler {
    /// A resolved optimizer or schedule: a fresh engine value plus the text it came from.
    struct Resolved<Value> {
        var make: Value
        var name: String
        var text: String
    }

    mutating func compileObjective(_ definition: Located<String>, dataset: Dataset?) -> CompiledObjective? {
        do throws(ExpressionError) {
            let objective = try Objective.parse(definition.value, columns: dataset?.columns ?? [])
            return try CompiledObjective(objective, dataset: dataset)
        } catch {
            fail(definition.line, definition.column + max(error.column, 1) - 1, error.messageWithHint)
            return nil
        }
    }

    /// The parameters of an objective that cannot be compiled (its data is missing), reporting
    /// the definition's syntax errors; names outside the signature are taken as data columns.
    mutating func parseParameters(_ definition: Located<String>) -> [String]? {
        do throws(ExpressionError) {
            return try Objective.parse(definition.value, columns: nil).parameters
        } catch {
            fail(definition.line, definition.column + max(error.column, 1) - 1, error.messageWithHint)
            return nil
        }
    }

    /// Each point of `minimum:` may name only the objective's parameters, each at most once.
    mutating func checkMinimum(_ parameters: [String]) {
        for minimum in spec.minima { checkMinimumPoint(minimum, parameters) }
    }

    private mutating func checkMinimumPoint(
        _ minimum: Located<[(name: String, value: Double)]>, _ parameters: [String]
    ) {
        var seen: Set<String> = []
        for (name, _) in minimum.value {
            if !parameters.contains(name) {
                var message =
                    "'minimum:' names '\(name)', which is not a parameter of the objective (parameters: "
                    + parameters.joined(separator: ", ") + ")"
                if let hint = Suggestion.didYouMean(name, in: parameters) { message += "; \(hint)" }
                fail(minimum.line, minimum.column, message)
            } else if !seen.insert(name).inserted {
                fail(minimum.line, minimum.column, "'minimum:' gives '\(name)' twice")
            }
        }
    }

    mutating func resolveStarts(_ parameters: [String]) -> [(values: [Double], text: String)] {
        guard !spec.starts.isEmpty else {
            return [
                (
                    Array(repeating: 0, count: parameters.count),
                    parameters.map { "\($0) = 0" }.joined(separator: ", ")
                )
            ]
        }
        return spec.starts.compactMap { start in
            var values = [Double?](repeating: nil, count: parameters.count)
            for (name, value) in start.value {
                guard let index = parameters.firstIndex(of: name) else {
                    var message =
                        "'\(name)' is not a parameter of the objective (parameters: \(parameters.joined(separator: ", ")))"
                    if let hint = Suggestion.didYouMean(name, in: parameters) { message += "; \(hint)" }
                    fail(start.line, start.column, message)
                    return nil
                }
                values[index] = value
            }
            let missing = parameters.indices.filter { values[$0] == nil }.map { parameters[$0] }
            guard missing.isEmpty else {
                fail(
                    start.line, start.column,
                    "start point gives no value for \(missing.map { "'\($0)'" }.joined(separator: ", "))")
                return nil
            }
            let given = values.compactMap { $0 }
            let text = zip(parameters, given).map { "\($0) = \(NumberText.plain($1))" }.joined(separator: ", ")
            return (given, text)
        }
    }

    mutating func resolveOptimizers() -> [Resolved<any Optimizer>] {
        resolve(spec.optimizers, default: "gd") { name, arguments, column throws(ConfigurationError) in
            try OptimizerRegistry.make(name, arguments: arguments, column: column)
        }
    }

    mutating func resolveSchedules() -> [Resolved<any RateController>] {
        resolve(spec.schedules, default: "constant") { name, arguments, column throws(ConfigurationError) in
            try RateRuleRegistry.make(name, arguments: arguments, column: column)
        }
    }

    /// Makes an engine value for each call through `make` (a registry), or the default when the
    /// block names none; registry errors become diagnostics at the call or argument (for the
    /// default, which takes no arguments and so cannot fail today, at the block).
    private mutating func resolve<Value>(
        _ calls: [Located<OptimizerCall>], default name: String,
        make: (String, [Argument], Int?) throws(ConfigurationError) -> Value
    ) -> [Resolved<Value>] {
        guard !calls.isEmpty else {
            do throws(ConfigurationError) {
                return [Resolved(make: try make(name, [], nil), name: name, text: name)]
            } catch {
                fail(spec.location.line, spec.location.column, error.description)
                return []
            }
        }
        return calls.compactMap { call in
            do throws(ConfigurationError) {
                let value = try make(call.value.name, ArgumentText.arguments(call.value), call.column)
                return Resolved(make: value, name: call.value.name, text: call.value.text)
            } catch {
                fail(call.line, error.column ?? call.column, error.description)
                return nil
            }
        }
    }

    mutating func resolveStop(_ parameters: [String]) -> StoppingRule? {
        guard let stop = spec.stop else { return nil }
        do throws(ExpressionError) {
            return try StoppingRuleParser.parse(stop.value, parameters: parameters)
        } catch {
            fail(stop.line, stop.column + max(error.column, 1) - 1, error.messageWithHint)
            return nil
        }
    }

    /// The batch sizes (nil = all rows); sizes need a `data:` line (whether or not its data
    /// could be read), and so does `epochs:`, which counts passes over the data (without data it
    /// was once read as a step count, silently).
    mutating func resolveBatches() -> [Int?] {
        if spec.data == nil, let epochs = spec.epochs {
            fail(
                epochs.line, epochs.column,
                "'epochs' counts passes over a data set; add 'data: FILE.csv' or 'data: generate(…)', or budget the run with 'steps:'"
            )
        }
        guard !spec.batches.isEmpty else { return [nil] }
        if spec.data == nil, let sized = spec.batches.first(where: { $0.value != nil }) {
            fail(sized.line, sized.column, "a batch size needs a data set; add 'data: FILE.csv' or 'data: generate(…)'")
        }
        return spec.batches.map(\.value)
    }
}

extension ExpressionError {
    /// The message and its suggestion, without the column (the diagnostic carries it).
    var messageWithHint: String { message + (suggestion.map { "; \($0)" } ?? "") }
}
