/// The value of a named argument in a lesson, e.g. `momentum=0.9`, `nesterov=true`,
/// `betas=(0.9, 0.999)`, `mode=triangular2`.
public enum ArgumentValue: Hashable, Sendable, CustomStringConvertible {
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// A parenthesised or bracketed list of numbers.
    case numbers([Double])
    /// A bare word, for options such as `mode=triangular2`.
    case word(String)

    /// The value as a lesson would write it.
    public var description: String {
        switch self {
        case .number(let value): return NumberFormatting.format(value)
        case .bool(let value): return value ? "true" : "false"
        case .numbers(let values): return "(" + values.map(NumberFormatting.format).joined(separator: ", ") + ")"
        case .word(let word): return word
        }
    }

    var kindName: String {
        switch self {
        case .number: return "a number"
        case .bool: return "true or false"
        case .numbers: return "a list of numbers"
        case .word: return "a word"
        }
    }
}

/// A named argument as written in a lesson, with the column of its name (if the lesson layer
/// tracks it) so errors can point at it.
public struct Argument: Hashable, Sendable {
    /// The argument's name, e.g. `momentum`.
    public var name: String
    /// Its value.
    public var value: ArgumentValue
    /// 1-based column of the name in the lesson line, if known; echoed in errors.
    public var column: Int?

    /// Creates an argument.
    public init(_ name: String, _ value: ArgumentValue, column: Int? = nil) {
        self.name = name
        self.value = value
        self.column = column
    }
}

/// A problem with an optimizer or rate-rule specification: unknown name, unknown argument,
/// wrong type or out-of-range value. Lowercase message; `argument` and `column` say where.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, lowercase.
    public var message: String
    /// The offending argument's name, if the problem is in an argument.
    public var argument: String?
    /// The column carried by the offending ``Argument`` (or given for the name), if known.
    public var column: Int?
    /// A likely fix ("did you mean 'adam'?"), when one is known.
    public var suggestion: String?

    /// Creates an error.
    public init(message: String, argument: String? = nil, column: Int? = nil, suggestion: String? = nil) {
        self.message = message
        self.argument = argument
        self.column = column
        self.suggestion = suggestion
    }

    /// `message; suggestion`.
    public var description: String {
        message + (suggestion.map { "; \($0)" } ?? "")
    }
}
