/// Formats numbers the way a person writes them in a formula: `2` not `2.0`, shortest
/// round-trip digits otherwise (`0.001`, `1e-09`). The same everywhere, so output is
/// deterministic across machines.
public enum NumberFormatting {
    /// The shortest text that reads back as `value`.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
