/// The one number formatter: every number the course writes (tables, prose, captions, tick
/// labels, inline references) is chosen here, as plain ASCII for the Markdown a lesson keeps
/// (`-3.15e-4`, readable on a code host), and turned into its typographic form for the page by
/// `Numeral` (`−3.15 × 10⁻⁴`). Fixed rules, so output is identical on every machine and locale.
///
/// Precision by context:
/// - `plain` writes inputs back as an author would (`0.3`, `-3`, `1e-3`): the shortest text
///   that reads back as the value.
/// - `significant` writes measurements to `digits` significant digits (`%.{digits}g`), trailing
///   zeros dropped, exponents without padding (`1.5e-7`), `-0` as `0`, `inf`/`-inf`/`nan`.
/// - Tables use `tableDigits`: the fewest digits from 3 to 6 that tell adjacent rows apart.
/// - Prose (inline references) uses `proseDigits` (4) unless the reference asks for more.
/// - Tables, prose and captions round with `faithful`, which never carries a number into the
///   next power of ten (a loss of 9.99996e-7 is not shown as `1e-6`).
public enum NumberText {
    /// Digits kept by `significant` unless told otherwise, and the most a table shows.
    public static let digits = 6
    /// Digits of a number in prose.
    public static let proseDigits = 4
    /// The fewest digits a table column shows.
    public static let fewestTableDigits = 3

    /// The shortest text that reads back as `value`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return special(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return tidyExponent("\(value)")
    }

    /// `value` to `digits` significant digits (1 to 17).
    public static func significant(_ value: Double, digits: Int = NumberText.digits) -> String {
        guard value.isFinite else { return special(value) }
        if value == 0 { return "0" }
        let digits = min(max(digits, 1), 17)
        return tidyExponent(trimZeros(PrintfNumber.format(value, precision: digits, .general)))
    }

    /// `significant(value, digits:)`, with as many more digits (up to 17) as it takes for the
    /// rounding not to carry into the next power of ten: 9.99996e-7 to 4 digits is `9.99996e-7`,
    /// not `1e-6`, so a number shown beside a threshold is never on the other side of it.
    /// Tables, references and captions use this; `significant` alone may carry (`9.9999995` →
    /// `10` at 6 digits).
    public static func faithful(_ value: Double, digits: Int) -> String {
        guard value.isFinite, value != 0 else { return significant(value, digits: digits) }
        return faithful(value, digits: digits, exponent: shortestExponent(value))
    }

    /// `faithful(value, digits:)` for a finite, non-zero `value` whose `shortestExponent` is
    /// `exact` (worked out once when one value is written at several precisions).
    private static func faithful(_ value: Double, digits: Int, exponent exact: Int) -> String {
        var candidate = min(max(digits, 1), 17)
        while candidate < 17,
            decimalExponent(PrintfNumber.format(value, precision: candidate - 1, .scientific)) != exact
        {
            candidate += 1
        }
        return significant(value, digits: candidate)
    }

    /// The power of ten of the first digit of the shortest decimal that reads back as `value`
    /// (`1e-6` → -6, although the Double is 9.99…e-7).
    private static func shortestExponent(_ value: Double) -> Int {
        let text = Array("\(value.magnitude)".utf8)
        let e = text.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = text[..<(e ?? text.count)]
        let point = mantissa.firstIndex(of: UInt8(ascii: "."))
        let leadingZeros = mantissa.prefix { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }
            .count { $0 == UInt8(ascii: "0") }
        return (e.flatMap { exponent(text[($0 + 1)...]) } ?? 0) + (point ?? mantissa.count) - 1 - leadingZeros
    }

    /// The exponent of `%e` text (`9.99e-07` → -7).
    private static func decimalExponent(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        return bytes.firstIndex(of: UInt8(ascii: "e")).flatMap { exponent(bytes[($0 + 1)...]) } ?? 0
    }

    /// The integer an exponent's text spells (`-07`, `+20`, `5`), or nil when it spells none.
    private static func exponent(_ text: ArraySlice<UInt8>) -> Int? {
        Int(String(decoding: text, as: UTF8.self))
    }

    /// Text for a page or a figure (captions, alt text, labels): `significant(value, digits:)`,
    /// or `plain(value)` when `digits` is nil, in `Numeral`'s typographic form (`−3.15 × 10⁻⁴`).
    public static func typeset(_ value: Double, digits: Int? = proseDigits) -> String {
        let ascii = digits.map { faithful(value, digits: $0) } ?? plain(value)
        return Numeral(parsing: ascii)?.text ?? ascii
    }

    /// The digits a table column of `values` (in row order) is written with: the fewest from
    /// `fewestTableDigits` to `digits` at which every two adjacent rows that differ are written
    /// differently (`digits` when even that is not enough).
    public static func tableDigits(_ values: [Double]) -> Int {
        let exponents = values.map { $0.isFinite && $0 != 0 ? shortestExponent($0) : 0 }
        for candidate in fewestTableDigits..<digits {
            let texts = zip(values, exponents).map { value, exponent in
                value.isFinite && value != 0
                    ? faithful(value, digits: candidate, exponent: exponent)
                    : significant(value, digits: candidate)
            }
            let distinct = zip(zip(values, values.dropFirst()), zip(texts, texts.dropFirst())).allSatisfy {
                values, texts in values.0 == values.1 || (values.0.isNaN && values.1.isNaN) || texts.0 != texts.1
            }
            if distinct { return candidate }
        }
        return digits
    }

    /// `text` with the trailing zeros of its mantissa dropped, and its point when nothing follows
    /// it (`1.500e-05` → `1.5e-05`, `2.000` → `2`); text without a point is left as it is. The
    /// text is ASCII (`printf`'s or the standard library's), so it is worked on as bytes.
    private static func trimZeros(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let e = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.count
        guard bytes[..<e].contains(UInt8(ascii: ".")) else { return text }
        var end = e
        while bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return String(decoding: bytes[..<end] + bytes[e...], as: UTF8.self)
    }

    /// `1e-05` → `1e-5`, `1e+20` → `1e20`.
    private static func tidyExponent(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let e = bytes.firstIndex(of: UInt8(ascii: "e")) else { return text }
        let exponent = bytes[(e + 1)...]
        let negative = exponent.first == UInt8(ascii: "-")
        let digits = exponent.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "0") }
        let tidied =
            bytes[...e] + (negative ? [UInt8(ascii: "-")] : []) + (digits.isEmpty ? [UInt8(ascii: "0")] : digits)
        return String(decoding: tidied, as: UTF8.self)
    }

    private static func special(_ value: Double) -> String {
        value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")
    }
}
