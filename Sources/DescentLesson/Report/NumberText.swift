import Foundation

/// How numbers are written in generated Markdown. Fixed rules, so output is identical on every
/// machine:
///
/// - `plain` writes inputs back as an author would (`0.3`, `-3`, `1e-3`);
/// - `significant` writes measurements with 6 significant digits (`%.6g`), trailing zeros
///   dropped, exponents without padding (`1.5e-7`), `-0` as `0`, and `inf`/`-inf`/`nan` spelled out.
public enum NumberText {
    /// Digits kept by `significant`.
    public static let digits = 6

    /// The shortest text that reads back as `value`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return special(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return tidyExponent("\(value)")
    }

    /// `value` to `digits` significant digits.
    public static func significant(_ value: Double, digits: Int = NumberText.digits) -> String {
        guard value.isFinite else { return special(value) }
        if value == 0 { return "0" }
        var text = String(format: "%.\(digits)g", value)
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text = trimZeros(String(text[..<e])) + String(text[e...])
        } else {
            text = trimZeros(text)
        }
        return tidyExponent(text)
    }

    private static func trimZeros(_ mantissa: String) -> String {
        guard mantissa.contains(".") else { return mantissa }
        var text = mantissa
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `1e-05` → `1e-5`, `1e+20` → `1e20`.
    private static func tidyExponent(_ text: String) -> String {
        guard let e = text.firstIndex(of: "e") else { return text }
        var exponent = String(text[text.index(after: e)...])
        let negative = exponent.hasPrefix("-")
        exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
        return String(text[..<e]) + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
    }

    private static func special(_ value: Double) -> String {
        value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")
    }
}
