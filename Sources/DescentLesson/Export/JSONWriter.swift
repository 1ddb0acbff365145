import DescentText

/// Writes JSON by hand so numbers come out in shortest round-trip form, keys in a fixed order,
/// and non-finite numbers (which JSON cannot hold) as `null`.
struct JSONWriter {
    private(set) var text = ""

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func string(_ value: String) -> String { JSONEscaping.string(value) }

    static func numbers(_ values: [Double]) -> String {
        "[" + values.map(number).joined(separator: ",") + "]"
    }

    /// An object from already-encoded values, in the given key order.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A hyperparameter written as a lesson would (`0.9`, `true`, `(0.9, 0.999)`) as a JSON value.
    static func loose(_ text: String) -> String {
        if text == "true" || text == "false" { return text }
        if let value = Double(text) { return number(value) }
        if text.hasPrefix("("), text.hasSuffix(")") {
            let items = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingWhitespace() }
            let values = items.compactMap { Double($0) }
            if values.count == items.count { return numbers(values) }
        }
        return string(text)
    }
}
