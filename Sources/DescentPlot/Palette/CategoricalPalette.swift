/// Colour-blind-safe series colours: the hues of the Okabe–Ito palette (Okabe & Ito 2008) with
/// their lightness adjusted per theme.
///
/// Every colour keeps a WCAG contrast of at least 3:1 (WCAG 1.4.11, non-text contrast) against
/// the page it is drawn on: on the light page orange, sky blue, yellow and pink are darkened
/// (yellow becomes olive); on the dark page every colour is lightened or darkened to one of two
/// luminance levels, and the order alternates them, so neighbouring series differ by at least
/// 1.5:1 in luminance as well as in hue. Black becomes light grey on the dark page.
/// `PaletteContrastTests` checks both rules.
public enum CategoricalPalette {
    /// Series colours for the light page, in series order: blue, orange, bluish green, sky blue,
    /// vermillion, yellow (olive), reddish purple, black.
    public static let light: [Color] = [
        0x0072B2, 0xBD8200, 0x009E73, 0x4795C1, 0xD55E00, 0x97902A, 0xC474A0, 0x000000,
    ].map { Color(hex: $0) }

    /// Series colours for the dark page, in the same hue order, alternating darker and lighter.
    public static let dark: [Color] = [
        0x2989BE, 0xEAAC24, 0x00936B, 0x6FBFEC, 0xD55E00, 0xC2B935, 0xB46A93, 0xB7B7B7,
    ].map { Color(hex: $0) }

    /// The series index of the neutral colour (black on light pages, grey on dark ones), for
    /// keys that explain a marker rather than a series.
    public static let neutralIndex = 7

    /// The light colour of series `index`, cycling through the palette.
    public static func color(_ index: Int) -> Color {
        light[index.positiveModulo(light.count)]
    }
}

extension Int {
    func positiveModulo(_ divisor: Int) -> Int {
        ((self % divisor) + divisor) % divisor
    }
}
