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

    /// One group per optimizer call (plain `gd` when the block names none), each with the
    /// schedules, rates and batch sizes its runs sweep: the call's own (`adam(lr=0.1)`) or the
    /// block's. A call that cannot be made is reported and left out.
    mutating func resolveRunGroups() -> [RunGroup] {
        let schedules = resolveSchedules(spec.schedules)
        let rates = spec.learningRates.isEmpty ? nil : spec.learningRates.map(\.value)
        let batches = resolveBatches(spec.batches)
        let calls = spec.optimizers.isEmpty ? [nil] : spec.optimizers.map(Optional.some)
        return calls.compactMap { call in
            let settings = call?.value.runSettings ?? RunSettings()
            let ownSchedules = settings.schedules.isEmpty ? schedules : resolveSchedules(settings.schedules)
            let ownBatches = settings.batches.isEmpty ? batches : resolveBatches(settings.batches)
            let optimizer = resolve(call.map { [$0] } ?? [], default: "gd") {
                name, arguments, column throws(ConfigurationError) in
                do throws(ConfigurationError) {
                    return try OptimizerRegistry.make(name, arguments: arguments, column: column)
                } catch {
                    throw error.mentioningRunSettings(optimizer: name)
                }
            }
            guard let optimizer = optimizer.first, !ownSchedules.isEmpty else { return nil }
            return RunGroup(
                optimizer: optimizer, schedules: ownSchedules,
                learningRates: settings.learningRates.isEmpty ? rates : settings.learningRates.map(\.value),
                batches: ownBatches)
        }
    }

    private mutating func resolveSchedules(_ calls: [Located<OptimizerCall>]) -> [Resolved<any RateController>] {
        resolve(calls, default: "constant") { name, arguments, column throws(ConfigurationError) in
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

    /// `epochs:` needs a `data:` line (whether or not its data could be read): it counts passes
    /// over the data (without data it was once read as a step count, silently).
    mutating func checkEpochs() {
        if spec.data == nil, let epochs = spec.epochs {
            fail(
                epochs.line, epochs.column,
                "'epochs' counts passes over a data set; add 'data: FILE.csv' or 'data: generate(…)', or budget the run with 'steps:'"
            )
        }
    }

    /// The batch sizes of `batches` (the block's or an optimizer's `batch=`), nil entry for
    /// all rows; sizes need a `data:` line.
    private mutating func resolveBatches(_ batches: [Located<Int?>]) -> [Int?] {
        guard !batches.isEmpty else { return [nil] }
        if spec.data == nil, let sized = batches.first(where: { $0.value != nil }) {
            fail(sized.line, sized.column, "a batch size needs a data set; add 'data: FILE.csv' or 'data: generate(…)'")
        }
        return batches.map(\.value)
    }
}

extension ExpressionError {
    /// The message and its suggestion, without the column (the diagnostic carries it).
    var messageWithHint: String { message + (suggestion.map { "; \($0)" } ?? "") }
}
