/// Formats coordinates for SVG output: at most two decimals, no trailing zeros, never `-0`.
///
/// Formatting is done with integer arithmetic so that the output is identical on every
/// platform and locale.
public enum SVGNumber {
    /// Formats `value` rounded to two decimals: `1.5`, `-3`, `0.25`, `12.07`.
    ///
    /// Non-finite values are written as `0`; marks never emit them on purpose.
    public static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as `format(_:)` writes it to UTF-8 `bytes`, with no string in between.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard abs(hundredths) < 9e15 else { return appendInteger(Int64(value.rounded()), to: &bytes) }
        let scaled = Int64(hundredths)
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        appendDigits(magnitude / 100, to: &bytes)
        let fraction = magnitude % 100
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(digit(fraction / 10))
        if fraction % 10 != 0 { bytes.append(digit(fraction % 10)) }
    }

    /// Appends `value` in decimal, with a minus sign when negative.
    private static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, to: &bytes)
    }

    /// Appends the decimal digits of `value`, most significant first.
    private static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(digit(value % 10))
    }

    /// The ASCII digit for `value`, which is below 10.
    private static func digit(_ value: UInt64) -> UInt8 {
        UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
    }
}
