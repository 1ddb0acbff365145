/// The chart's internal CSS: classes for every kind of element, custom properties for colours,
/// a dark-mode variant and a reduced-motion variant.
///
/// Every declaration that uses a custom property is preceded by the same declaration with the
/// light colour, so renderers without custom-property support (librsvg, some image viewers)
/// still draw the light theme. All rules are scoped to the chart's root id.
enum Stylesheet {
    static let fontFamily = "system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif"

    static func css(root: String, palette: SeriesPalette, extraRules: [String]) -> String {
        var rules = [customProperties(root: root, theme: .light, palette: palette.light)]
        rules += elementRules(root: root)
        rules += palette.light.indices.map { index in
            "\(root) .c\(index){\(declaration("color", "c\(index)", palette.light[index]))}"
        }
        rules += extraRules
        rules.append(
            "@media (prefers-color-scheme:dark){\(customProperties(root: root, theme: .dark, palette: palette.dark))}"
        )
        rules.append("@media (prefers-reduced-motion:reduce){\(root) .anim{animation:none}}")
        return "\n" + rules.joined(separator: "\n") + "\n"
    }

    /// `property:fallback;property:var(--token)`.
    static func declaration(_ property: String, _ token: String, _ fallback: Color) -> String {
        "\(property):\(fallback.hexString);\(property):var(--\(token))"
    }

    private static func customProperties(root: String, theme: Theme, palette: [Color]) -> String {
        let tokens = Theme.tokenNames.map { "--\($0):\(theme.color($0).hexString)" }
        let series = palette.indices.map { "--c\($0):\(palette[$0].hexString)" }
        return "\(root){\((tokens + series).joined(separator: ";"))}"
    }

    private static func elementRules(root: String) -> [String] {
        let theme = Theme.light
        func use(_ property: String, _ token: String) -> String {
            declaration(property, token, theme.color(token))
        }
        return [
            "\(root) text{font-family:\(fontFamily);font-size:12px;\(use("fill", "fg"))}",
            "\(root) .grid{fill:none;stroke-width:1;\(use("stroke", "grid"))}",
            "\(root) .domain,\(root) .tick{fill:none;stroke-width:1;\(use("stroke", "frame"))}",
            "\(root) .tick-label{\(use("fill", "muted"))}",
            "\(root) .axis-label{font-size:12.5px;font-weight:500}",
            "\(root) .line{fill:none;stroke:currentColor;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}",
            "\(root) .pt,\(root) .escape{fill:currentColor;stroke-width:1;\(use("stroke", "bg"))}",
            "\(root) .pt-stroke{fill:none;stroke:currentColor;stroke-width:1.75;stroke-linecap:round}",
            "\(root) .arrow{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round}",
            "\(root) .arrowhead{fill:currentColor;stroke:none}",
            "\(root) .area{fill:currentColor;fill-opacity:.18;stroke:none}",
            "\(root) .rule{fill:none;stroke-width:1;stroke-dasharray:4 3;\(use("stroke", "muted"))}",
            "\(root) .contour{fill:none;stroke:currentColor;stroke-width:1.25;stroke-linejoin:round}",
            "\(root) .swatch{fill:currentColor;stroke:none}",
        ]
    }
}
