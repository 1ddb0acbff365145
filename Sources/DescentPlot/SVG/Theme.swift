/// The colours of chart furniture (text, axes, grid) for light and dark pages.
///
/// A chart draws no background: it takes the page's. `bg` is the colour it expects beneath it,
/// used only for the thin halo that separates a point from the line under it; `fg` and `muted`
/// are text colours chosen to keep WCAG AA contrast (4.5:1) on light and dark pages alike.
///
/// Each token becomes a CSS custom property on the chart's root element, so a host page can
/// override it, and a `prefers-color-scheme: dark` media query swaps in the dark values.
public struct Theme: Sendable, Hashable {
    /// Token names and their colours. A dictionary has no order: output follows `tokenNames`,
    /// and a token missing here is drawn black.
    public var tokens: [String: Color]

    /// Creates a theme from token colours.
    public init(tokens: [String: Color]) {
        self.tokens = tokens
    }

    /// The names every theme defines, in output order.
    public static let tokenNames = ["bg", "fg", "muted", "grid", "frame"]

    /// Near-black text and quiet grey furniture on white.
    public static let light = Theme(tokens: [
        "bg": Color(hex: 0xFFFFFF), "fg": Color(hex: 0x1F2328), "muted": Color(hex: 0x57606A),
        "grid": Color(hex: 0xE8EBEE), "frame": Color(hex: 0x8C959F),
    ])

    /// Light text and furniture on a dark grey background.
    public static let dark = Theme(tokens: [
        "bg": Color(hex: 0x17191E), "fg": Color(hex: 0xE6E8EB), "muted": Color(hex: 0xA4ADB8),
        "grid": Color(hex: 0x2C3139), "frame": Color(hex: 0x6E7781),
    ])

    /// The colour of `token`.
    public func color(_ token: String) -> Color {
        tokens[token] ?? .black
    }
}
