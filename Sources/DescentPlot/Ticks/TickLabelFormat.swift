import DescentText

/// Chooses the digits of tick labels: the fewest that tell the ticks apart. How a number looks
/// (minus sign, `× 10⁻⁶`) is `Numeral`'s text form, as everywhere else in the course.
///
/// Rules, chosen for charts read on a page:
/// - Linear labels share one number of decimals, the smallest that writes every tick exactly
///   (`0`, `0.5`, `1` → `0.0`, `0.5`, `1.0`; `0`, `0.25` → `0.00`, `0.25`).
/// - Values whose largest magnitude is below 0.001 or at least 10⁶ use scientific notation
///   with the shortest exact mantissa: `10⁻⁶`, `2.5 × 10⁻⁷`.
/// - Negative numbers use the typographic minus sign U+2212, and `−0` is never written.
/// - Powers of ten on log axes are written out for exponents 0, 1 and 2 (`1`, `10`, `100`) and
///   as `10` with a Unicode superscript exponent otherwise (`10³`, `10⁻⁶`).
public enum TickLabelFormat {
    /// The minus sign used in labels.
    public static let minus = Numeral.minus

    /// Labels for `values`, all in the same style.
    public static func labels(for values: [Double]) -> [String] {
        let finite = values.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        let tolerance = spacingTolerance(finite)
        if largest >= 1e6 || (largest > 0 && largest < 1e-3) {
            return values.map { scientific($0, tolerance: tolerance) }
        }
        for decimals in 0...12 {
            let labels = values.map { fixed($0, decimals: decimals) }
            let exact = zip(values, labels).allSatisfy { abs(parse($1) - $0) <= tolerance }
            if exact && Set(labels).count == Set(values).count { return labels }
        }
        return values.map { fixed($0, decimals: 12) }
    }

    /// The label of a single value, as if it were the only tick.
    public static func label(for value: Double) -> String {
        labels(for: [value])[0]
    }

    /// The label of the power of ten `10^exponent`.
    public static func powerOfTen(_ exponent: Int) -> String {
        switch exponent {
        case 0: return "1"
        case 1: return "10"
        case 2: return "100"
        default: return "10" + Numeral.superscript(exponent)
        }
    }

    static func fixed(_ value: Double, decimals: Int) -> String {
        typeset(PrintfNumber.format(value, precision: decimals, .fixed))
    }

    static func scientific(_ value: Double, tolerance: Double) -> String {
        if value == 0 { return "0" }
        let exponent = Int(floor(log10(abs(value)) + 1e-9))
        let mantissa = value / pow(10, Double(exponent))
        let scale = pow(10, Double(exponent))
        var digits = 0
        while digits < 12
            && abs((mantissa * pow(10, Double(digits))).rounded() / pow(10, Double(digits)) * scale - value) > tolerance
        {
            digits += 1
        }
        return typeset(PrintfNumber.format(mantissa, precision: digits, .fixed) + "e\(exponent)")
    }

    /// The typographic text of an ASCII number.
    private static func typeset(_ ascii: String) -> String {
        Numeral(parsing: ascii)?.text ?? ascii
    }

    static func parse(_ label: String) -> Double {
        Numeral(parsing: label)?.value ?? .nan
    }

    private static func spacingTolerance(_ values: [Double]) -> Double {
        let sorted = Array(Set(values)).sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        let reference = gaps.min() ?? max(abs(sorted.first ?? 1), 1e-300)
        return reference * 1e-6
    }
}
