/// A number as written, read back from text in any of the forms the course writes (ASCII
/// `-3.15e-4`, typographic `−3.15 × 10⁻⁴` or `10⁻⁶`, `inf`, `nan`), so that it can be set
/// again in another form without being rounded again: the digits stay the digits.
///
/// `NumberText` decides the digits; `Numeral` only changes how they look (`Numeral+Forms`).
public struct Numeral: Sendable, Hashable {
    /// What kind of number this is.
    public enum Kind: Sendable, Hashable {
        case finite, infinity, notANumber
    }

    /// Finite, infinite or not a number.
    public let kind: Kind
    /// Whether a minus sign is written (never for zero or NaN).
    public let isNegative: Bool
    /// The digits before the exponent, ASCII, with at most one `.` (`3.15`); empty unless finite.
    public let mantissa: String
    /// The power of ten the mantissa is multiplied by, nil when written without one.
    public let exponent: Int?

    /// The numeral of `text`, nil when `text` is not a single number. Surrounding spaces are
    /// not allowed; `+`, `-` and `−` signs are, and `e`/`E`, `×10`/`× 10` with superscript
    /// exponents for scientific notation.
    public init?(parsing text: some StringProtocol) {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, "+-−".contains(sign) {
            negative = sign != "+"
            body = body.dropFirst()
        }
        if let special = Self.special(body) {
            kind = special
            isNegative = special == .infinity && negative
            mantissa = ""
            exponent = nil
            return
        }
        guard let (mantissa, exponent) = Self.scientific(body) ?? Self.powerOfTen(body) else { return nil }
        self.kind = .finite
        self.mantissa = mantissa
        self.exponent = exponent
        isNegative = negative && mantissa.contains(where: { $0 != "0" && $0 != "." })
    }

    /// The numeral `NumberText.significant(value, digits:)` writes.
    public init(_ value: Double, digits: Int = NumberText.digits) {
        self = Numeral(parsing: NumberText.significant(value, digits: digits))!
    }

    /// The value the numeral denotes (rounded to the nearest Double).
    public var value: Double { Double(ascii) ?? .nan }

    private static func special(_ body: Substring) -> Kind? {
        switch body.lowercased() {
        case "inf", "infinity", "∞": .infinity
        case "nan": .notANumber
        default: nil
        }
    }

    /// `3.15`, `3.15e-4`, `3.15 × 10⁻⁴`, `3.15×10⁻⁴`.
    private static func scientific(_ body: Substring) -> (String, Int?)? {
        let digitsEnd = body.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? body.endIndex
        let mantissa = body[..<digitsEnd]
        guard isMantissa(mantissa) else { return nil }
        var rest = body[digitsEnd...]
        if rest.isEmpty { return (String(mantissa), nil) }
        if let first = rest.first, first == "e" || first == "E" {
            rest = rest.dropFirst()
            var negative = false
            if let sign = rest.first, sign == "-" || sign == "+" {
                negative = sign == "-"
                rest = rest.dropFirst()
            }
            guard !rest.isEmpty, rest.count <= 6, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let power = Int(rest)
            else { return nil }
            return (String(mantissa), negative ? -power : power)
        }
        rest = rest.drop(while: Self.isSpace)
        guard rest.first == "×" else { return nil }
        rest = rest.dropFirst().drop(while: Self.isSpace)
        guard rest.hasPrefix("10"), let power = superscript(rest.dropFirst(2)) else { return nil }
        return (String(mantissa), power)
    }

    /// `10⁻⁶`: a power of ten written without a mantissa.
    private static func powerOfTen(_ body: Substring) -> (String, Int?)? {
        guard body.hasPrefix("10"), let power = superscript(body.dropFirst(2)) else { return nil }
        return ("1", power)
    }

    private static func isMantissa(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.contains { !$0.isEmpty } && parts.allSatisfy { $0.allSatisfy { $0 != "." } }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{202F}" || character == "\u{A0}" || character == "\u{2009}"
    }

    /// `⁻⁶` → -6; nil unless `text` is superscript digits with an optional superscript sign.
    static func superscript(_ text: Substring) -> Int? {
        var body = text
        var negative = false
        if let sign = body.first, sign == "⁻" || sign == "⁺" {
            negative = sign == "⁻"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.count <= 6 else { return nil }
        var power = 0
        for character in body {
            guard let digit = superscriptDigits.firstIndex(of: character) else { return nil }
            power = power * 10 + digit
        }
        return negative ? -power : power
    }

    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
}
