/// Estimates the rendered width of a label without a font engine.
///
/// Widths come from Helvetica's advance widths (1000 units per em), which Arial shares and
/// which is close to the system-ui faces charts are shown in. A small safety factor covers the
/// difference, so that layout based on these estimates never lets labels touch.
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
        return units / 1000 * fontSize * 1.06
    }

    /// The height of one line of text in pixels (ascent plus descent).
    public var lineHeight: Double { fontSize * 1.2 }

    static func advance(of scalar: Unicode.Scalar) -> Double {
        let value = Int(scalar.value)
        if value >= 32 && value < 127 { return asciiAdvances[value - 32] }
        switch scalar {
        case "\u{2212}", "×", "±": return 584
        case "\u{2070}"..."\u{209F}", "\u{00B2}", "\u{00B3}", "\u{00B9}": return 360
        case "\u{2009}", "\u{202F}": return 167
        case "–": return 556
        case "—": return 1000
        case "…": return 1000
        default: return 600
        }
    }

    /// Helvetica advance widths for the printable ASCII characters, space (32) to tilde (126).
    static let asciiAdvances: [Double] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ␠ … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556,  // 0 … 9
        278, 278, 584, 584, 584, 556, 1015,  // : ; < = > ? @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,  // A … M
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,  // N … Z
        278, 278, 278, 469, 556, 333,  // [ \ ] ^ _ `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,  // a … m
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,  // n … z
        334, 260, 334, 584,  // { | } ~
    ]
}
