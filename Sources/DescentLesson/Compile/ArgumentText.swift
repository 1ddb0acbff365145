import DescentEngine

/// Reads the text of a call argument (`0.5`, `true`, `(0.9, 0.999)`, `triangular2`) into the
/// engine's `ArgumentValue`.
enum ArgumentText {
    static func value(_ text: String) -> ArgumentValue {
        if text == "true" || text == "True" { return .bool(true) }
        if text == "false" || text == "False" { return .bool(false) }
        if let number = SpecParser.number(text) { return .number(number) }
        if let list = numbers(text) { return .numbers(list) }
        return .word(text)
    }

    /// `(a, b, …)` or `[a, b, …]` of numbers.
    private static func numbers(_ text: String) -> [Double]? {
        guard let first = text.first, let last = text.last,
            (first == "(" && last == ")") || (first == "[" && last == "]")
        else { return nil }
        let items = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingWhitespace() }
        let values = items.compactMap(SpecParser.number)
        return values.count == items.count ? values : nil
    }

    /// The engine arguments of a call, with the column of each name.
    static func arguments(_ call: OptimizerCall) -> [Argument] {
        call.arguments.map { Argument($0.key.value, value($0.value.value), column: $0.key.column) }
    }
}
