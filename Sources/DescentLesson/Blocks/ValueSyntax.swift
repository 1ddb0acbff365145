/// A piece of an entry's value with the column it starts at, for precise errors.
public struct ValuePart: Sendable, Equatable {
    public var text: String
    /// 1-based column in the lesson line.
    public var column: Int

    init(_ text: String, column: Int) {
        self.text = text
        self.column = column
    }
}

/// The small grammar shared by block values: lists split on top-level separators and calls
/// such as `adam(betas=(0.9, 0.999), eps=1e-8)`.
enum ValueSyntax {
    /// Splits `part` on `separator` outside parentheses, trimming each item and keeping columns.
    static func split(_ part: ValuePart, on separator: Character = ",") -> [ValuePart] {
        var items: [ValuePart] = []
        var depth = 0
        var current = ""
        var start = part.column
        for (offset, character) in part.text.enumerated() {
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth -= 1 }
            if character == separator, depth == 0 {
                items.append(trimmed(current, column: start))
                current = ""
                start = part.column + offset + 1
            } else {
                current.append(character)
            }
        }
        items.append(trimmed(current, column: start))
        return items
    }

    private static func trimmed(_ text: String, column: Int) -> ValuePart {
        let leading = text.prefix { $0 == " " || $0 == "\t" }.count
        return ValuePart(text.trimmingWhitespace(), column: column + leading)
    }

    /// A call `name(key=value, …)` or a bare `name`.
    struct Call: Equatable {
        var name: ValuePart
        var arguments: [(key: ValuePart, value: ValuePart)]

        static func == (a: Call, b: Call) -> Bool {
            a.name == b.name && a.arguments.map(\.key) == b.arguments.map(\.key)
                && a.arguments.map(\.value) == b.arguments.map(\.value)
        }
    }

    /// Parses `name` or `name(key=value, …)`; the error message says what was expected.
    static func call(_ part: ValuePart) throws(ValueSyntaxError) -> Call {
        guard let open = part.text.firstIndex(of: "(") else {
            return Call(name: part, arguments: [])
        }
        let name = ValuePart(String(part.text[..<open]).trimmingWhitespace(), column: part.column)
        guard part.text.hasSuffix(")") else {
            throw ValueSyntaxError("expected ')' to close '(' of '\(name.text)'", column: part.column + part.text.count)
        }
        let openOffset = part.text.distance(from: part.text.startIndex, to: open)
        let inner = String(part.text.dropFirst(openOffset + 1).dropLast())
        guard !inner.trimmingWhitespace().isEmpty else { return Call(name: name, arguments: []) }
        var arguments: [(key: ValuePart, value: ValuePart)] = []
        for item in split(ValuePart(inner, column: part.column + openOffset + 1)) {
            guard let equals = item.text.firstIndex(of: "=") else {
                throw ValueSyntaxError("expected 'name=value' for an argument of '\(name.text)'", column: item.column)
            }
            let offset = item.text.distance(from: item.text.startIndex, to: equals)
            let key = ValuePart(String(item.text[..<equals]).trimmingWhitespace(), column: item.column)
            let rawValue = String(item.text[item.text.index(after: equals)...])
            let leading = rawValue.prefix { $0 == " " }.count
            arguments.append(
                (key, ValuePart(rawValue.trimmingWhitespace(), column: item.column + offset + 1 + leading)))
        }
        return Call(name: name, arguments: arguments)
    }
}

/// A syntax error inside a value, at a column of the lesson line.
struct ValueSyntaxError: Error {
    var message: String
    var column: Int

    init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }
}
