import DescentText

extension SpecParser {
    /// The optimizer calls of `optimizer:`, each with its run settings (`lr=`, `schedule=`,
    /// `batch=`) taken out of its arguments into ``RunSettings``, and its text rebuilt without
    /// them, so `adam(lr=0.1)` is labelled and selected as `adam` at rate 0.1.
    mutating func readOptimizers(_ part: ValuePart, _ line: Int) -> [Located<OptimizerCall>] {
        readCalls(part, line).map { located in
            var call = located.value
            let settings = call.arguments.filter { RunSettings.keys.contains($0.key.value) }
            guard !settings.isEmpty else { return located }
            call.arguments.removeAll { RunSettings.keys.contains($0.key.value) }
            for (key, value) in settings {
                guard !call.runSettings.sets(key.value) else {
                    fail(line, key.column, "'\(key.value)' is given twice in '\(call.name)(…)'")
                    continue
                }
                readRunSetting(key.value, ValuePart(value.value, column: value.column), into: &call.runSettings, line)
            }
            call.text =
                call.arguments.isEmpty
                ? call.name
                : "\(call.name)(" + call.arguments.map { "\($0.key.value)=\($0.value.value)" }.joined(separator: ", ")
                    + ")"
            return Located(call, line: located.line, column: located.column)
        }
    }

    /// Reads one run setting's value: a single value or a tuple of them (`(0.01, 0.1)`).
    private mutating func readRunSetting(
        _ key: String, _ value: ValuePart, into settings: inout RunSettings, _ line: Int
    ) {
        let items = Self.tupleItems(value)
        switch key {
        case "lr": settings.learningRates = readNumbers(items, line, positive: true)
        case "schedule": settings.schedules = readCalls(items, line)
        default: settings.batches = readBatches(items, line)
        }
    }

    /// `(a, b)` read as the list `a, b` (its columns kept); any other value as itself. A
    /// schedule call such as `cosine(T_max=20)` starts with its name, so it is never a tuple.
    private static func tupleItems(_ value: ValuePart) -> ValuePart {
        guard value.text.hasPrefix("("), value.text.hasSuffix(")") else { return value }
        return ValuePart(String(value.text.dropFirst().dropLast()), column: value.column + 1)
    }

    /// A block-level `lr:`, `schedule:` or `batch:` that no run can use, because every optimizer
    /// sets its own, contradicts the calls: an error at the block-level key.
    mutating func checkRunSettings() {
        guard !spec.optimizers.isEmpty else { return }
        let blockLevel: [(BlockKey, Bool)] = [
            (.lr, !spec.learningRates.isEmpty), (.schedule, !spec.schedules.isEmpty), (.batch, !spec.batches.isEmpty),
        ]
        for (key, given) in blockLevel where given {
            guard spec.optimizers.allSatisfy({ $0.value.runSettings.sets(key.rawValue) }),
                let entry = block.entries.first(where: { BlockKey.named($0.key) == key })
            else { continue }
            fail(
                entry.line, entry.keyColumn,
                "'\(entry.key):' is never used: every optimizer gives its own '\(key.rawValue)='; "
                    + "remove this line or the '\(key.rawValue)=' of the optimizers that should use it")
        }
    }
}
