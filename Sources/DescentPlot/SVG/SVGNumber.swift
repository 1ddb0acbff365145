/// Formats coordinates for SVG output: at most two decimals, no trailing zeros, never `-0`.
///
/// Formatting is done with integer arithmetic so that the output is identical on every
/// platform and locale.
public enum SVGNumber {
    /// Formats `value` rounded to two decimals: `1.5`, `-3`, `0.25`, `12.07`.
    ///
    /// Non-finite values are written as `0`; marks never emit them on purpose.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard abs(hundredths) < 9e15 else { return String(Int64(value.rounded())) }
        let scaled = Int64(hundredths)
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        let padded = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return "\(sign)\(whole).\(padded)"
    }
}
