import DescentText

/// Reads validated hyperparameters out of a list of ``Argument``s for one registry entry.
///
/// Unknown or repeated names are rejected up front (with a "did you mean"); each accessor
/// checks the type and range and falls back to the default when the argument is absent.
struct ArgumentReader {
    private let owner: String
    private var values: [String: Argument] = [:]

    init(_ arguments: [Argument], allowed: [String], owner: String) throws(ConfigurationError) {
        self.owner = owner
        for argument in arguments {
            guard allowed.contains(argument.name) else {
                let known = allowed.isEmpty ? "it takes no arguments" : "it takes " + allowed.joined(separator: ", ")
                throw ConfigurationError(
                    message: "unknown argument '\(argument.name)' for \(owner); \(known)",
                    argument: argument.name, column: argument.column,
                    suggestion: Suggestion.didYouMean(argument.name, in: allowed))
            }
            guard values[argument.name] == nil else {
                throw ConfigurationError(
                    message: "argument '\(argument.name)' given twice",
                    argument: argument.name, column: argument.column)
            }
            values[argument.name] = argument
        }
    }

    func has(_ name: String) -> Bool { values[name] != nil }

    func number(
        _ name: String, default fallback: Double, where valid: (Double) -> Bool = { _ in true },
        _ requirement: String = ""
    ) throws(ConfigurationError) -> Double {
        guard let argument = values[name] else { return fallback }
        guard case .number(let value) = argument.value else { throw mismatch(argument, "a number") }
        guard value.isFinite, valid(value) else {
            throw invalid(argument, "must be \(requirement.isEmpty ? "finite" : requirement), got \(argument.value)")
        }
        return value
    }

    func optionalNumber(_ name: String, where valid: (Double) -> Bool, _ requirement: String) throws(ConfigurationError)
        -> Double?
    {
        guard has(name) else { return nil }
        return try number(name, default: 0, where: valid, requirement)
    }

    func integer(_ name: String, default fallback: Int, minimum: Int) throws(ConfigurationError) -> Int {
        let value = try number(
            name, default: Double(fallback),
            where: { $0 == $0.rounded() && $0 >= Double(minimum) && $0 <= 1e9 },
            "a whole number ≥ \(minimum)")
        return Int(value)
    }

    func flag(_ name: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        guard let argument = values[name] else { return fallback }
        guard case .bool(let value) = argument.value else { throw mismatch(argument, "true or false") }
        return value
    }

    func numbers(
        _ name: String, default fallback: [Double], count: Int? = nil,
        where valid: (Double) -> Bool, _ requirement: String
    ) throws(ConfigurationError) -> [Double] {
        guard let argument = values[name] else { return fallback }
        guard case .numbers(let list) = argument.value else { throw mismatch(argument, "a list of numbers") }
        if let count, list.count != count {
            throw invalid(argument, "needs \(count) numbers, got \(list.count)")
        }
        guard list.allSatisfy({ $0.isFinite && valid($0) }) else {
            throw invalid(argument, "values must be \(requirement), got \(argument.value)")
        }
        return list
    }

    func word(_ name: String, default fallback: String, choices: [String]) throws(ConfigurationError) -> String {
        guard let argument = values[name] else { return fallback }
        guard case .word(let word) = argument.value else {
            throw mismatch(argument, "one of " + choices.joined(separator: ", "))
        }
        guard choices.contains(word) else {
            throw ConfigurationError(
                message: "\(owner) argument '\(name)' must be one of \(choices.joined(separator: ", ")), got '\(word)'",
                argument: name, column: argument.column, suggestion: Suggestion.didYouMean(word, in: choices))
        }
        return word
    }

    func invalid(_ argument: Argument, _ detail: String) -> ConfigurationError {
        ConfigurationError(
            message: "\(owner) argument '\(argument.name)' \(detail)",
            argument: argument.name, column: argument.column)
    }

    func fail(_ name: String, _ detail: String) -> ConfigurationError {
        let argument = values[name]
        return ConfigurationError(
            message: "\(owner) argument '\(name)' \(detail)",
            argument: name, column: argument?.column)
    }

    private func mismatch(_ argument: Argument, _ expected: String) -> ConfigurationError {
        invalid(argument, "must be \(expected), got \(argument.value.kindName)")
    }
}
