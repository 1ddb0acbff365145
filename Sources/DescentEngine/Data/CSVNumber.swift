import DescentText

/// Reads a decimal number from a CSV field's bytes exactly as `Double(String)` would, without
/// allocating in the common case.
///
/// Plain decimals (`-12.5`, `3e-4`) with at most 15 significant digits and a power of ten
/// within ±22 are converted with one correctly rounded multiplication or division (Clinger's
/// fast path), which gives the same `Double` as `strtod`; anything else (longer numbers, hex,
/// `inf`, other spaces) goes through `Double(String)`.
enum CSVNumber {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number `bytes` spell, or nil when they are not one.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        fastPath(bytes) ?? Double(String(decoding: bytes, as: UTF8.self).trimmingWhitespace())
    }

    private static func fastPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = bytes.count
        var negative = false
        if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while index < count, let digit = digit(bytes[index]) {
            sawDigit = true
            if mantissa != 0 || digit != 0 {
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + digit
                digits += 1
            }
            index += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, let digit = digit(bytes[index]) {
                sawDigit = true
                if mantissa != 0 || digit != 0 {
                    guard digits < 15 else { return nil }
                    mantissa = mantissa * 10 + digit
                    digits += 1
                }
                exponent -= 1
                index += 1
            }
        }
        guard sawDigit else { return nil }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            var sawExponentDigit = false
            while index < count, let digit = digit(bytes[index]) {
                sawExponentDigit = true
                guard written < 1_000 else { return nil }
                written = written * 10 + Int(digit)
                index += 1
            }
            guard sawExponentDigit else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == count else { return nil }
        let magnitude: Double
        if mantissa == 0 {
            magnitude = 0
        } else if exponent >= 0, exponent <= 22 {
            magnitude = Double(mantissa) * powersOfTen[exponent]
        } else if exponent < 0, exponent >= -22 {
            magnitude = Double(mantissa) / powersOfTen[-exponent]
        } else {
            return nil
        }
        return negative ? -magnitude : magnitude
    }

    private static func digit(_ byte: UInt8) -> UInt64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? UInt64(byte - UInt8(ascii: "0")) : nil
    }
}
