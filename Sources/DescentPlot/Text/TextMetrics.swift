/// Estimates the rendered width of a label without a font engine.
///
/// Widths come from DejaVu Sans (in units of 1/1000 em), the widest of the faces the figures'
/// `system-ui, …, sans-serif` stack resolves to: it is Chromium's fallback on Linux and runs
/// about 20 % wider than Helvetica or Arial. A further `safetyFactor` covers hinting and
/// rounding, so a label laid out from these estimates never ends beyond its box in any browser.
public struct TextMetrics: Sendable {
    /// Font size in pixels.
    public var fontSize: Double

    /// Creates metrics for `fontSize` pixels.
    public init(fontSize: Double) {
        self.fontSize = fontSize
    }

    /// Estimated width of `text` in pixels.
    public func width(of text: String) -> Double {
        let units = text.unicodeScalars.reduce(0.0) { $0 + Self.advance(of: $1) }
        return units / 1000 * fontSize * Self.safetyFactor
    }

    /// Multiplies every estimate, so that it errs on the wide side.
    public static let safetyFactor = 1.04

    /// The height of one line of text in pixels (ascent plus descent).
    public var lineHeight: Double { fontSize * 1.2 }

    static func advance(of scalar: Unicode.Scalar) -> Double {
        let value = Int(scalar.value)
        if value >= 32 && value < 127 { return asciiAdvances[value - 32] }
        switch scalar {
        case "\u{2212}", "×", "±": return 838
        case "\u{207B}": return 528
        case "\u{2070}"..."\u{209F}", "\u{00B2}", "\u{00B3}", "\u{00B9}": return 401
        case "\u{2009}", "\u{202F}": return 200
        case "·": return 318
        case "–": return 500
        case "—": return 1000
        case "…": return 1000
        default: return 700
        }
    }

    /// DejaVu Sans advance widths for the printable ASCII characters, space (32) to tilde (126).
    static let asciiAdvances: [Double] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // ␠ … /
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636,  // 0 … 9
        337, 337, 838, 838, 838, 531, 1000,  // : ; < = > ? @
        684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,  // A … M
        748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685,  // N … Z
        390, 337, 390, 838, 500, 500,  // [ \ ] ^ _ `
        613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974,  // a … m
        634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525,  // n … z
        636, 337, 636, 838,  // { | } ~
    ]
}
