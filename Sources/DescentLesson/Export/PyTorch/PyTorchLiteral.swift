import DescentEngine
import DescentText

/// Python literals for the numbers, flags and lists a script writes, each reading back as
/// exactly the value the engine used.
enum PyTorchLiteral {
    /// `2`, `0.3`, `1e-08`, `-3.5`: ``NumberFormatting``'s shortest round-trip text, which
    /// Python reads back to the same double; `math.inf`, `math.nan` for the rest.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "math.nan" }
        if value.isInfinite { return value < 0 ? "-math.inf" : "math.inf" }
        return NumberFormatting.format(value)
    }

    /// A float literal even for whole numbers (`-3.0`), for tensors that must be float64.
    static func float(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return number(value) }
        return number(value) + ".0"
    }

    /// `[a, b, …]` of ``float(_:)``.
    static func floats(_ values: [Double]) -> String {
        "[" + values.map(float).joined(separator: ", ") + "]"
    }

    /// A Python string literal in double quotes: a JSON string literal (``JSONEscaping``) is
    /// one, with the same value (`\"`, `\\`, `\n`, `\r`, `\t` and `\u00XX` mean the same in both).
    static func string(_ text: String) -> String {
        JSONEscaping.string(text)
    }

    /// An argument of a lesson's call as Python: numbers as written, `True`/`False`, a list for
    /// `(5, 12)`, a string for a word (`"triangular2"`).
    static func argument(_ value: ArgumentValue) -> String {
        switch value {
        case .number(let number): return self.number(number)
        case .bool(let flag): return flag ? "True" : "False"
        case .numbers(let numbers): return "(" + numbers.map(number).joined(separator: ", ") + ")"
        case .word(let word): return string(word)
        }
    }
}
