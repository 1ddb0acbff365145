extension Numeral {
    /// The minus sign of the typographic forms (U+2212).
    public static let minus = "\u{2212}"
    /// The space either side of `×` in text: narrow and no-break, so a number never wraps.
    public static let timesSpace = "\u{202F}"

    /// Plain ASCII, as the lesson's Markdown keeps it: `-3.15e-4`, `inf`, `nan`.
    public var ascii: String {
        switch kind {
        case .infinity: return isNegative ? "-inf" : "inf"
        case .notANumber: return "nan"
        case .finite: return (isNegative ? "-" : "") + mantissa + (exponent.map { "e\($0)" } ?? "")
        }
    }

    /// Unicode text for prose and SVG labels: `−3.15 × 10⁻⁴` (narrow no-break spaces around
    /// `×`), `10⁻⁶` for a mantissa of 1, `∞`, `NaN`.
    public var text: String {
        sign + body(times: Self.timesSpace + "×" + Self.timesSpace) { "10" + Self.superscript($0) }
    }

    /// HTML for a page: the text form with the exponent in `<sup>`, inside
    /// `<span class="num">` (no wrapping, tabular figures, in the stylesheet).
    public var html: String {
        "<span class=\"num\">" + sign
            + body(times: Self.timesSpace + "×" + Self.timesSpace) {
                "10<sup>" + ($0 < 0 ? Self.minus : "") + String($0.magnitude) + "</sup>"
            } + "</span>"
    }

    /// TeX for a formula: `-3.15 \times 10^{-4}`, `10^{-6}`, `\infty`, `\mathrm{NaN}`.
    public var tex: String {
        switch kind {
        case .infinity: return (isNegative ? "-" : "") + "\\infty"
        case .notANumber: return "\\mathrm{NaN}"
        case .finite: return (isNegative ? "-" : "") + body(times: " \\times ") { "10^{\($0)}" }
        }
    }

    /// `value` in Unicode superscript digits and minus (`⁻⁶`), as tick labels write powers.
    public static func superscript(_ value: Int) -> String {
        let body = String(String(value.magnitude).compactMap { $0.wholeNumberValue.map { superscriptDigits[$0] } })
        return value < 0 ? "⁻" + body : body
    }

    private var sign: String { isNegative ? Self.minus : "" }

    /// Everything after the sign, with `times` between mantissa and power, the power by `power`.
    private func body(times: String, power: (Int) -> String) -> String {
        switch kind {
        case .infinity: return "∞"
        case .notANumber: return "NaN"
        case .finite:
            guard let exponent else { return mantissa }
            return mantissa == "1" ? power(exponent) : mantissa + times + power(exponent)
        }
    }
}
